package io.github.frikommune.benchmarks.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.benchmarks.input.GeneratedPortfolio;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.ExemptionIndex;
import io.github.frikommune.core.portfolio.Portfolio;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linear scan answers the questions as the index does, so both do the same job. */
class ExemptionBaselinesTest {
  private static final Portfolio PORTFOLIO = GeneratedPortfolio.withTrials(1000);
  private static final List<Question> QUESTIONS =
      Questions.about(PORTFOLIO, 1024, GeneratedPortfolio.provisionPool(1000));

  @Test
  void linearScan_answersYesExactlyWhereTheIndexDoes() {
    ExemptionIndex index = ExemptionIndex.of(PORTFOLIO);
    LinearScan scan = new LinearScan(PORTFOLIO);
    int yes = 0;
    for (Question q : QUESTIONS) {
      ExemptionAnswer answer = index.answer(q.municipality(), q.on(), q.provision(), q.targetGroup());
      assertThat(scan.answer(q).isPresent()).as("%s: %s", q, answer).isEqualTo(answer.isYes());
      yes += answer.isYes() ? 1 : 0;
    }
    assertThat(yes).as("questions answered yes").isBetween(100, 600);
  }

  @Test
  void grantTable_findsOnlyTrialsThatTheScanAlsoConsiders() {
    GrantTable table = new GrantTable(PORTFOLIO);

    assertThat(table.size()).isGreaterThan(1000);
    assertThat(QUESTIONS.stream().filter(q -> table.lookup(q) != null).count()).isPositive();
  }
}
