package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withDecision;
import static io.github.frikommune.core.validation.SeedVariants.withTrial;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.decision.ImmutableParticipantsRestricted;
import io.github.frikommune.core.decision.ParticipantsRestricted;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule 10: participation is confirmed; others must apply separately where the decision says. */
class ParticipationIsConfirmedTest {
  /** Hjørring is the last of the network's members, ordered by code. */
  private static final int HJOERRING = 10;

  private static Portfolio mikrolaanWithHjoerring(ParticipationStatus status) {
    return withTrial(0, t -> t.withParticipants(replaceHjoerring(t, status)));
  }

  private static ImmutableList<Participation> replaceHjoerring(Trial t, ParticipationStatus status) {
    ImmutableList.Builder<Participation> participants = ImmutableList.builder();
    for (Participation p : t.participants()) {
      participants.add(p.municipality().equals(SeedCase.HJOERRING) ? Participation.of(SeedCase.HJOERRING, status) : p);
    }
    return participants.build();
  }

  @ParameterizedTest
  @EnumSource(value = ParticipationStatus.class, names = {"MUST_APPLY_SEPARATELY", "JOIN_REQUESTED", "CONFIRMED", "REFUSED"})
  void municipalityThatAppliedSeparately_isValid(ParticipationStatus status) {
    assertThat(SeedVariants.trial(0).participants().get(HJOERRING).municipality()).isEqualTo(SeedCase.HJOERRING);
    assertThat(found(mikrolaanWithHjoerring(status))).isEmpty();
  }

  @Test
  void municipalityThatMustApplySeparately_awaitingConfirmationAsIfItNeedNot_isViolation() {
    assertThat(found(mikrolaanWithHjoerring(ParticipationStatus.PENDING_CONFIRMATION)))
        .containsExactly("participation-without-separate-application at trials[0].participants[10].status");
  }

  @Test
  void municipalityConfirmed_whereTheDecisionLetsNoOthersJoin_isViolation() {
    Portfolio closed =
        withDecision(0, d -> d.withConditions(
            d.conditions().get(0),
            ImmutableParticipantsRestricted.copyOf((ParticipantsRestricted) d.conditions().get(1))
                .withOthersMustApplySeparately(false)));

    assertThat(found(SeedVariants.withTrial(closed, 0, t -> t.withParticipants(replaceHjoerring(t, ParticipationStatus.CONFIRMED)))))
        .containsExactly("participation-outside-restriction at trials[0].participants[10].status");
  }

  @Test
  void participantOutsideTheNetwork_isViolation() {
    assertThat(found(withTrial(2, t -> t.withParticipants(ImmutableListOf.plus(
            t.participants(), Participation.of(Municipality.of(630), ParticipationStatus.PENDING_CONFIRMATION))))))
        .containsExactly("participant-outside-network at trials[2].participants[11].municipality");
  }

  @Test
  void restrictionThatWasWaived_letsEveryMunicipalityAwaitConfirmation() {
    Portfolio waived =
        withDecision(0, d -> d.withConditions(
            d.conditions().get(0),
            d.conditions().get(1).withStatus(io.github.frikommune.core.decision.ConditionStatus.WAIVED, SeedCase.IN_FORCE)));

    assertThat(found(SeedVariants.withTrial(waived, 0, t -> t.withParticipants(replaceHjoerring(t, ParticipationStatus.PENDING_CONFIRMATION)))))
        .isEmpty();
  }
}
