package io.github.frikommune.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of reason behind a no, in English and in Danish, with the facts it names. */
class ReasonTest {
  private static final TrialId MIKROLAAN = TrialId.of("NJ-1-01");
  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  static Stream<Arguments> everyKind() {
    return Stream.of(
        arguments(NoTrialCovers.of(Provision.parse("sundhedsloven § 1")), ReasonKind.NO_TRIAL_COVERS,
            "no trial covers sundhedsloven § 1",
            "intet forsøg omfatter sundhedsloven § 1"),
        arguments(AwaitingLegalBasis.of(MIKROLAAN), ReasonKind.AWAITING_LEGAL_BASIS,
            "trial NJ-1-01 has no legal basis yet",
            "forsøg NJ-1-01 har endnu ingen hjemmel"),
        arguments(NotYetInForce.of(MIKROLAAN, SeedCase.IN_FORCE), ReasonKind.NOT_YET_IN_FORCE,
            "trial NJ-1-01 is not yet in force; it is in force from 2017-07-01",
            "forsøg NJ-1-01 er endnu ikke i kraft; det gælder fra 2017-07-01"),
        arguments(Expired.of(MIKROLAAN, LocalDate.of(2021, 12, 31)), ReasonKind.EXPIRED,
            "trial NJ-1-01 expired; its last day was 2021-12-31",
            "forsøg NJ-1-01 er udløbet; sidste dag var 2021-12-31"),
        arguments(NotConfirmedParticipant.of(MIKROLAAN, SeedCase.HJOERRING, Optional.empty()),
            ReasonKind.NOT_CONFIRMED_PARTICIPANT,
            "Hjørring is not a confirmed participant of trial NJ-1-01 (status: none)",
            "Hjørring er ikke bekræftet deltager i forsøg NJ-1-01 (status: none)"),
        arguments(NotConfirmedParticipant.of(MIKROLAAN, SeedCase.HJOERRING, Optional.of(ParticipationStatus.WITHDRAWN)),
            ReasonKind.NOT_CONFIRMED_PARTICIPANT,
            "Hjørring is not a confirmed participant of trial NJ-1-01 (status: withdrawn)",
            "Hjørring er ikke bekræftet deltager i forsøg NJ-1-01 (status: withdrawn)"),
        arguments(MustApplySeparately.of(MIKROLAAN, SeedCase.HJOERRING, Optional.of(ParticipationStatus.JOIN_REQUESTED)),
            ReasonKind.MUST_APPLY_SEPARATELY,
            "Hjørring must apply separately to join trial NJ-1-01 (status: join-requested)",
            "Hjørring skal ansøge særskilt om at deltage i forsøg NJ-1-01 (status: join-requested)"),
        arguments(TargetGroupExcluded.of(TrialId.of("NJ-1-03"), TargetGroup.INTEGRATION_CITIZENS,
                TargetGroupsExcluded.of(List.of(TargetGroup.INTEGRATION_CITIZENS))),
            ReasonKind.TARGET_GROUP_EXCLUDED,
            "the target group integrationsborgere is excluded from trial NJ-1-03 by a condition (target-groups-excluded)",
            "målgruppen integrationsborgere er undtaget fra forsøg NJ-1-03 ved et vilkår (target-groups-excluded)"),
        arguments(TargetGroupNotCovered.of(MIKROLAAN, TargetGroup.JOB_READY_CASH_BENEFIT), ReasonKind.TARGET_GROUP_NOT_COVERED,
            "the target group jobparate kontanthjælpsmodtagere is not covered by trial NJ-1-01",
            "målgruppen jobparate kontanthjælpsmodtagere er ikke omfattet af forsøg NJ-1-01"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("everyKind")
  void reason_namesItsKindAndFacts_inEnglishAndDanish(Reason reason, ReasonKind kind, String english, String danish) {
    assertThat(reason.kind()).isEqualTo(kind);
    assertThat(reason.message(Locale.ENGLISH)).isEqualTo(english);
    assertThat(reason.message(Locale.UK)).isEqualTo(english);
    assertThat(reason.message(DANISH)).isEqualTo(danish);
    assertThat(reason).hasToString(english);
  }

  @Test
  void everyKind_hasACodeAndADanishLabel() {
    assertThat(ReasonKind.MUST_APPLY_SEPARATELY.code()).isEqualTo("must-apply-separately");
    assertThat(ReasonKind.MUST_APPLY_SEPARATELY.danishLabel()).isEqualTo("skal ansøge særskilt");
    assertThat(ReasonKind.TARGET_GROUP_EXCLUDED.danishLabel()).isEqualTo("målgruppen er undtaget ved vilkår");
    assertThat(everyKind().map(a -> (ReasonKind) a.get()[1]).distinct()).containsExactlyInAnyOrder(ReasonKind.values());
  }
}
