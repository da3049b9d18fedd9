/**
 * Exemption scopes (<i>fritagelsens omfang</i>) and the exemption question: may municipality M,
 * on date D, deviate from provision P (<i>fritagelsesbestemmelse</i>) for a citizen in target
 * group G?
 *
 * <p>An {@link io.github.frikommune.core.exemption.ExemptionScope} is what a decision grants:
 * provisions × target groups × municipalities × period, derived from the application and
 * narrowed by the decision's conditions. An
 * {@link io.github.frikommune.core.exemption.ExemptionIndex}, built once from a portfolio,
 * answers the question with the grants behind a yes (trial, decision, legal basis
 * (<i>hjemmel</i>), conditions in force) or every reason behind a no.
 */
@DomainStyle
package io.github.frikommune.core.exemption;

import io.github.frikommune.core.internal.DomainStyle;
