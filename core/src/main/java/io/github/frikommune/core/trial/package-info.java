/**
 * Trials (<i>forsøg</i>): what a granted application becomes, with its legal basis
 * (<i>hjemmel</i>), participating municipalities (<i>deltagelse</i>), period and extensions,
 * evaluation design (<i>evalueringsdesign</i>) and outcome (<i>udbredelse</i>).
 */
@DomainStyle
package io.github.frikommune.core.trial;

import io.github.frikommune.core.internal.DomainStyle;
