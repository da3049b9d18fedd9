package io.github.frikommune.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ImmutableApplication;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.ImmutableTrial;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How grants of citations at different depths combine: a question is answered by every granted
 * provision that contains its own, and by no other.
 */
class ExemptionIndexProvisionsTest {
  private static final LocalDate AUGUST_2017 = LocalDate.of(2017, 8, 1);
  private static final TrialId FORMKRAV = TrialId.of("NJ-1-04");
  private static final TrialId FORHOLDSTAL = TrialId.of("NJ-1-05");

  /**
   * The seed with Formkrav (NJ-1-04) and Forholdstalskrav (NJ-1-05) citing the given provisions
   * of LAB for the unemployed, Aalborg a confirmed participant of both, and no other trial
   * exempting from LAB (Fleksible rammer, NJ-1-06, is left out).
   */
  private static ExemptionIndex citing(String formkrav, String forholdstal) {
    Portfolio seed = SeedCase.portfolio();
    List<Application> applications = new ArrayList<>(seed.applications());
    applications.set(3, citing(applications.get(3), formkrav));
    applications.set(4, citing(applications.get(4), forholdstal));
    List<Trial> trials = new ArrayList<>(seed.trials());
    ImmutableList<Participation> aalborg =
        ImmutableList.of(Participation.of(SeedCase.AALBORG, ParticipationStatus.CONFIRMED, SeedCase.DECIDED_ON));
    trials.set(2, ImmutableTrial.copyOf(trials.get(2)).withParticipants(aalborg));
    trials.set(3, ImmutableTrial.copyOf(trials.get(3)).withParticipants(aalborg));
    trials.remove(4);
    return ExemptionIndex.of(ImmutablePortfolio.copyOf(seed).withApplications(applications).withTrials(trials));
  }

  private static Application citing(Application application, String citation) {
    return ImmutableApplication.copyOf(application)
        .withExemptions(RequestedExemption.of(List.of(Provision.parse(citation)), List.of(SeedCase.UNEMPLOYED)));
  }

  static Stream<Arguments> questions() {
    return Stream.of(
        // A section and one of its subsections: the deeper question is answered by both.
        Arguments.of("LAB § 16", "LAB § 16, stk. 2", "LAB § 16, stk. 2, nr. 1", List.of(FORMKRAV, FORHOLDSTAL)),
        Arguments.of("LAB § 16", "LAB § 16, stk. 2", "LAB § 16, stk. 2", List.of(FORMKRAV, FORHOLDSTAL)),
        Arguments.of("LAB § 16", "LAB § 16, stk. 2", "LAB § 16, stk. 3", List.of(FORMKRAV)),
        Arguments.of("LAB § 16", "LAB § 16, stk. 2", "LAB § 16", List.of(FORMKRAV)),
        Arguments.of("LAB § 16", "LAB § 16, stk. 2", "LAB § 17", List.of()),
        Arguments.of("LAB § 16", "LAB § 16, stk. 2", "LAB", List.of()),
        // Two subdivisions of one section, neither containing the other.
        Arguments.of("LAB § 16, stk. 1", "LAB § 16, stk. 2, nr. 3", "LAB § 16, stk. 2, nr. 3, litra a", List.of(FORHOLDSTAL)),
        Arguments.of("LAB § 16, stk. 1", "LAB § 16, stk. 2, nr. 3", "LAB § 16, stk. 1, nr. 3", List.of(FORMKRAV)),
        Arguments.of("LAB § 16, stk. 1", "LAB § 16, stk. 2, nr. 3", "LAB § 16, stk. 2", List.of()),
        Arguments.of("LAB § 16, stk. 1", "LAB § 16, stk. 2, nr. 3", "LAB § 16", List.of()),
        // A whole law and one of its sections.
        Arguments.of("LAB", "LAB § 16", "LAB § 16, stk. 1", List.of(FORMKRAV, FORHOLDSTAL)),
        Arguments.of("LAB", "LAB § 16", "LAB § 99", List.of(FORMKRAV)),
        Arguments.of("LAB", "LAB § 16", "LAB kapitel 3", List.of(FORMKRAV)),
        Arguments.of("LAB", "LAB § 16", "LAB", List.of(FORMKRAV)),
        Arguments.of("LAB", "LAB § 16", "aktivloven § 16", List.of()),
        // A chapter covers only itself: a citation does not say which sections it holds.
        Arguments.of("LAB kapitel 3", "LAB § 16", "LAB kapitel 3", List.of(FORMKRAV)),
        Arguments.of("LAB kapitel 3", "LAB § 16", "LAB § 16", List.of(FORHOLDSTAL)),
        Arguments.of("LAB kapitel 3", "LAB § 16", "LAB kapitel 4", List.of()));
  }

  @ParameterizedTest(name = "{0} and {1}, asked about {2}: {3}")
  @MethodSource("questions")
  void aQuestion_isAnsweredByEveryGrantThatContainsItsProvision(
      String formkrav, String forholdstal, String asked, List<TrialId> expected) {
    Provision provision = Provision.parse(asked);
    ExemptionAnswer answer = citing(formkrav, forholdstal).answer(SeedCase.AALBORG, AUGUST_2017, provision, SeedCase.UNEMPLOYED);

    if (expected.isEmpty()) {
      assertThat(answer.reasons()).containsExactly(NoTrialCovers.of(provision));
    } else {
      assertThat(answer.grants()).extracting(Grant::trial).containsExactlyElementsOf(expected);
    }
  }

  @ParameterizedTest(name = "{0} and {1}, asked about {2}: {3}")
  @MethodSource("questions")
  void aQuestionOfAGroupNoTrialCovers_namesEveryTrialThatContainsItsProvision(
      String formkrav, String forholdstal, String asked, List<TrialId> expected) {
    Provision provision = Provision.parse(asked);
    TargetGroup elsewhere = TargetGroup.of("sygemeldte-selvstaendige", "sygemeldte selvstændige");
    ExemptionAnswer answer = citing(formkrav, forholdstal).answer(SeedCase.AALBORG, AUGUST_2017, provision, elsewhere);

    if (expected.isEmpty()) {
      assertThat(answer.reasons()).containsExactly(NoTrialCovers.of(provision));
    } else {
      assertThat(answer.reasons())
          .containsExactlyElementsOf(expected.stream().map(t -> TargetGroupNotCovered.of(t, elsewhere)).toList());
    }
  }

  @ParameterizedTest(name = "{0} and {1}, asked about {2}: {3}")
  @MethodSource("questions")
  void aGroupWithinAGrantedGroup_isCoveredAsTheGrantedGroupIs(
      String formkrav, String forholdstal, String asked, List<TrialId> expected) {
    Provision provision = Provision.parse(asked);
    TargetGroup youngUnemployed = TargetGroup.of("unge-ledige", "unge ledige", SeedCase.UNEMPLOYED);
    ExemptionAnswer answer = citing(formkrav, forholdstal).answer(SeedCase.AALBORG, AUGUST_2017, provision, youngUnemployed);

    assertThat(answer.grants()).extracting(Grant::trial).containsExactlyElementsOf(expected);
  }
}
