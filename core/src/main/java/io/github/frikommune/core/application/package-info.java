/**
 * Applications (<i>ansøgninger</i>) for free-municipality trials: lead applicant
 * (<i>ansøger</i>) and co-applicants (<i>medansøgere</i>), requested exemptions
 * (<i>fritagelser</i>), and the local process: described (<i>færdigbeskrevet</i>), consultation
 * (<i>høring</i>) and political approval (<i>politisk godkendelse</i>).
 */
@DomainStyle
package io.github.frikommune.core.application;

import io.github.frikommune.core.internal.DomainStyle;
