/**
 * The portfolio (<i>forsøgsportefølje</i>): the whole record of a programme that a network
 * secretariat or a ministry keeps: programme, networks, rounds, applications, decisions and
 * trials.
 */
@DomainStyle
package io.github.frikommune.core.portfolio;

import io.github.frikommune.core.internal.DomainStyle;
