package io.github.frikommune.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer is a yes with grants or a no with reasons, never both and never neither. */
class ExemptionAnswerTest {
  private static final ExemptionAnswer YES =
      ExemptionIndex.of(SeedCase.portfolio())
          .answer(SeedCase.AALBORG, SeedCase.IN_FORCE, Provision.parse("aktivloven § 65"), TargetGroup.JOB_READY);
  private static final Reason NO_TRIAL = NoTrialCovers.of(Provision.parse("sundhedsloven § 1"));

  @Test
  void noWithoutReasons_isRejected() {
    assertThatThrownBy(() -> ExemptionAnswer.no(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exemption answer must have grants or reasons, not both or neither, was 0 grants and 0 reasons");
  }

  @Test
  void yesWithoutGrants_isRejected() {
    assertThatThrownBy(() -> ExemptionAnswer.yes(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exemption answer must have grants or reasons, not both or neither, was 0 grants and 0 reasons");
  }

  @Test
  void grantsAndReasonsTogether_areRejected() {
    assertThatThrownBy(() -> ImmutableExemptionAnswer.of(YES.grants(), ImmutableList.of(NO_TRIAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exemption answer must have grants or reasons, not both or neither, was 1 grants and 1 reasons");
  }

  @Test
  void yesAndNo_tellThemselvesApart() {
    assertThat(YES.isYes()).isTrue();
    ExemptionAnswer no = ExemptionAnswer.no(List.of(NO_TRIAL));
    assertThat(no.isYes()).isFalse();
    assertThat(no.reasonsOf(NoTrialCovers.class)).containsExactly((NoTrialCovers) NO_TRIAL);
    assertThat(no.reasonsOf(Expired.class)).isEmpty();
    assertThat(no).hasToString("no: no trial covers sundhedsloven § 1");
  }
}
