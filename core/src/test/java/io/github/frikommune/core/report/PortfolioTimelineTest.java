package io.github.frikommune.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.seed.SeedCase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PortfolioTimelineTest {
  private final PortfolioTimeline timeline = PortfolioTimeline.of(SeedCase.portfolio());

  @Test
  void seed_hasDeadlinesDecisionsWorkshopExtensionAndInForceDate_inOrder() {
    assertThat(timeline.events()).extracting(e -> e.date() + " " + e.kind().code())
        .containsExactly(
            "2016-12-01 deadline",
            "2017-02-01 decision", "2017-02-01 decision", "2017-02-01 decision", "2017-02-01 decision",
            "2017-02-01 decision", "2017-02-01 decision", "2017-02-01 decision",
            "2017-03-02 evaluation-workshop",
            "2017-05-01 deadline",
            "2017-06-08 extension",
            "2017-07-01 in-force",
            "2017-11-01 deadline");
  }

  @Test
  void evaluationKickOff_namesItsHostAndEveryOrganisationTakingPart() {
    assertThat(timeline.events()).filteredOn(e -> e.kind() == TimelineEventKind.EVALUATION_WORKSHOP)
        .extracting(TimelineEvent::description)
        .containsExactly("Opstartende workshop med fokus på evaluering, with KORA; taking part: KORA, STAR, KL,"
            + " Arbejdsmarkedskontor Midt-Nord, Rambøll");
  }

  @Test
  void seed_hasTheProgrammeAndFiveTrialPeriods() {
    assertThat(timeline.spans()).hasSize(6);
    assertThat(timeline.spans().get(0).programme()).isTrue();
    assertThat(timeline.spans().get(0).period()).isEqualTo(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2021, 12, 31)));
    assertThat(timeline.spans().get(1).label()).isEqualTo("NJ-1-01 Mikrolån");
  }

  @Test
  void gantt_barsEndOnTheDayAfterTheLastDay() {
    assertThat(timeline.toMermaidGantt()).contains("NJ-1-01 Mikrolån :trial1, 2017-07-01, 2022-01-01\n");
  }

  @Test
  void seed_asPlainText_matchesTheGoldenFile() {
    Golden.assertMatches("timeline.txt", timeline.toPlainText());
  }

  @Test
  void seed_asMarkdown_matchesTheGoldenFile() {
    Golden.assertMatches("timeline.md", timeline.toMarkdown());
  }

  @Test
  void seed_asMermaidGantt_matchesTheGoldenFile() {
    Golden.assertMatches("timeline.mmd", timeline.toMermaidGantt());
  }

  @Test
  void portfolioWithoutTrials_hasNoTrialsSectionInTheGantt() {
    String gantt = PortfolioTimeline.of(io.github.frikommune.core.portfolio.ImmutablePortfolio.copyOf(SeedCase.portfolio()).withTrials())
        .toMermaidGantt();

    assertThat(gantt).contains("section Deadlines").doesNotContain("section Trials").doesNotContain("trial1");
    assertThat(timeline.toMermaidGantt()).contains("    section Trials\n");
  }

  @Test
  void eventKinds_haveDanishLabels() {
    assertThat(TimelineEventKind.DEADLINE.danishLabel()).isEqualTo("ansøgningsfrist");
    assertThat(TimelineEventKind.IN_FORCE.danishLabel()).isEqualTo("ikrafttræden");
  }
}
