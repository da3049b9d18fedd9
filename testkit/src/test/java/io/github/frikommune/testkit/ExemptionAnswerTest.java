package io.github.frikommune.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.exemption.Reason;
import io.github.frikommune.core.exemption.ReasonKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/**
 * Generated exemption answers say yes as well as no, and their noes give more than the one
 * reason a question about nothing gets ("no trial covers it").
 */
class ExemptionAnswerTest {

  @Example
  void answers_areYesAndNoWithManyReasons() {
    List<ExemptionAnswer> answers = Samples.of(Frikommune.exemptionAnswers(), 150);
    Set<ReasonKind> kinds = EnumSet.noneOf(ReasonKind.class);
    answers.forEach(a -> a.reasons().stream().map(Reason::kind).forEach(kinds::add));

    assertThat(answers).filteredOn(ExemptionAnswer::isYes).hasSizeGreaterThan(15);
    assertThat(answers).filteredOn(a -> !a.isYes()).hasSizeGreaterThan(15);
    assertThat(kinds).contains(ReasonKind.NO_TRIAL_COVERS).hasSizeGreaterThanOrEqualTo(5);
  }
}
