/**
 * Programmes (<i>frikommuneforsøg</i> as a scheme, e.g. Frikommuneforsøg II), networks
 * (<i>frikommunenetværk</i>) and application rounds (<i>ansøgningsrunder</i>).
 */
@DomainStyle
package io.github.frikommune.core.programme;

import io.github.frikommune.core.internal.DomainStyle;
