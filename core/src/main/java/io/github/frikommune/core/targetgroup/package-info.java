/**
 * Target groups (<i>målgrupper</i>): the citizens an exemption concerns, e.g. job-ready
 * recipients of cash benefit or new graduates (<i>dimittender</i>).
 */
@DomainStyle
package io.github.frikommune.core.targetgroup;

import io.github.frikommune.core.internal.DomainStyle;
