package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.seed.SeedCase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleDiagramsTest {
  static Stream<TransitionTable<?, ?, ?>> tables() {
    return Stream.of(
        ApplicationLifecycle.table(), TrialLifecycle.table(), ParticipationLifecycle.table(), ConditionLifecycle.table());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void mermaid_matchesGoldenFile(TransitionTable<?, ?, ?> table) {
    Golden.assertMatches(Golden.DIRECTORY.resolve(table.name() + ".mmd"), LifecycleDiagrams.mermaid(table));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void dot_matchesGoldenFile(TransitionTable<?, ?, ?> table) {
    Golden.assertMatches(Golden.DIRECTORY.resolve(table.name() + ".dot"), LifecycleDiagrams.dot(table));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void markdownTable_matchesGoldenFile(TransitionTable<?, ?, ?> table) {
    Golden.assertMatches(Golden.DIRECTORY.resolve(table.name() + ".md"), LifecycleDiagrams.markdownTable(table));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void documentInDocs_isTheGeneratedOne(TransitionTable<?, ?, ?> table) {
    Golden.assertMatches(Golden.DOCS.resolve(table.name() + ".md"), LifecycleDiagrams.markdownDocument(table));
  }

  @Test
  void mikrolaansApplicationPath_isHighlighted() {
    List<Transition<ApplicationState>> path =
        SeedHistories.application(SeedCase.round1Applications().get(0), SeedCase.round1Decisions().get(0)).path();

    Golden.assertMatches(
        Golden.DIRECTORY.resolve("application-mikrolaan.mmd"), LifecycleDiagrams.mermaid(ApplicationLifecycle.table(), path));
    Golden.assertMatches(
        Golden.DIRECTORY.resolve("application-mikrolaan.dot"), LifecycleDiagrams.dot(ApplicationLifecycle.table(), path));
  }

  @Test
  void mikrolaansTrialPath_isHighlighted() {
    List<Transition<TrialState>> path = SeedHistories.trial(SeedCase.round1Trials().get(0)).path();

    Golden.assertMatches(Golden.DIRECTORY.resolve("trial-mikrolaan.mmd"), LifecycleDiagrams.mermaid(TrialLifecycle.table(), path));
    Golden.assertMatches(Golden.DIRECTORY.resolve("trial-mikrolaan.dot"), LifecycleDiagrams.dot(TrialLifecycle.table(), path));
  }

  @Test
  void markdownTable_hasOneRowPerTransition_withGuardsInWords() {
    String table = LifecycleDiagrams.markdownTable(ApplicationLifecycle.table());

    assertThat(table.lines()).hasSize(2 + ApplicationLifecycle.table().rules().size());
    assertThat(table.lines().skip(2))
        .contains(
            "| `approved` (politisk godkendt) | `submitted` (indsendt) | submitted on or before the"
                + " round's deadline (`on-or-before-deadline`) | `submitted` (indsendt) |"
                + " `decision-awaited` (afgørelse afventes) |");
  }

  @Test
  void highlightedPath_marksTakenEdgesWithTheirDays() {
    List<Transition<TrialState>> path = SeedHistories.trial(SeedCase.round1Trials().get(0)).path();

    String dot = LifecycleDiagrams.dot(TrialLifecycle.table(), path);

    assertThat(dot)
        .contains(
            "  \"legal-basis-in-force\" -> \"running\" [label=\"started\\n[legal-basis-in-force, within-programme]"
                + "\\n2017-07-01\", color=\"#1d4ed8\", fontcolor=\"#1d4ed8\", penwidth=2];")
        .contains("  \"running\" [label=\"running\\nigangsat\", style=\"rounded,filled\"");
    assertThat(LifecycleDiagrams.mermaid(TrialLifecycle.table(), path))
        .endsWith(
            "    class awaiting_legal_basis,legal_basis_adopted,legal_basis_in_force taken\n"
                + "    class running current\n");
  }
}
