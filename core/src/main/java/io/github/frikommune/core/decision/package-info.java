/**
 * Decisions (<i>tilbagemeldinger, afgørelser</i>) on applications: granted
 * (<i>imødekommet</i>), partially granted (<i>delvist imødekommet</i>) or rejected
 * (<i>ikke imødekommet</i>), with conditions (<i>vilkår</i>) and reasons.
 */
@DomainStyle
package io.github.frikommune.core.decision;

import io.github.frikommune.core.internal.DomainStyle;
