/**
 * Reports (<i>opgørelser</i>) of a portfolio: the round summary a network secretariat writes
 * ("7 sendt, 5 helt eller delvist imødekommet, 2 ikke imødekommet") and the timeline of
 * deadlines, decisions, in-force dates and trial periods.
 *
 * <p>Each report is data first, then rendered deterministically as plain text and Markdown;
 * the timeline also as a Mermaid {@code gantt} chart that GitHub and GitLab draw.
 */
@DomainStyle
package io.github.frikommune.core.report;

import io.github.frikommune.core.internal.DomainStyle;
