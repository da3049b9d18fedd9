/**
 * Law (<i>lov</i>, <i>lovbekendtgørelse</i>, <i>bekendtgørelse</i>) and citations of its
 * provisions (<i>§, stk., nr., litra</i>).
 *
 * <p>An exemption (<i>fritagelse</i>) is requested from provisions, and a trial gets force from
 * provisions of a law or executive order. Citations are written in their canonical Danish form,
 * e.g. {@code aktivloven § 65, stk. 1}, and a provision contains its subdivisions.
 */
@DomainStyle
package io.github.frikommune.core.law;

import io.github.frikommune.core.internal.DomainStyle;
