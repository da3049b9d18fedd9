package io.github.frikommune.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationTest {
  private static final Municipality AALBORG = Municipality.of(851);
  private static final Municipality HJOERRING = Municipality.of(860);

  private static ImmutableApplication.Builder rehabilitation() {
    return Application.builder()
        .id(ApplicationId.of("NJ-2-01"))
        .title("Fleksibilitet i forhold til rehabiliteringsteams")
        .round(RoundId.of(ProgrammeId.of("FK2"), 2));
  }

  @Test
  void aalborgsRound2Process_isRecorded() {
    Application a =
        rehabilitation()
            .leadApplicant(AALBORG)
            .describedOn(LocalDate.of(2017, 3, 20))
            .addConsultation(
                Consultation.builder().municipality(AALBORG).body("LBR").note("slutningen af marts 2017").build())
            .addApproval(PoliticalApproval.of(AALBORG, "Beskæftigelsesudvalget", LocalDate.of(2017, 4, 25)))
            .submittedOn(LocalDate.of(2017, 5, 1))
            .build();
    assertThat(a.participants()).containsExactly(AALBORG);
    assertThat(a.approvalBy(AALBORG).flatMap(PoliticalApproval::approvedOn)).hasValue(LocalDate.of(2017, 4, 25));
    assertThat(a.approvalBy(HJOERRING)).isEmpty();
    assertThat(a.consultations().get(0).sentOn()).isEmpty();
  }

  @Test
  void participants_areLeadThenCoApplicants() {
    Application a = rehabilitation().leadApplicant(HJOERRING).addCoApplicant(AALBORG).build();
    assertThat(a.participants()).containsExactly(HJOERRING, AALBORG);
    assertThat(a.isParticipant(AALBORG)).isTrue();
    assertThat(a.isParticipant(Municipality.of(825))).isFalse();
  }

  @Test
  void withoutNamedApplicant_hasNoParticipants() {
    Application a = rehabilitation().build();
    assertThat(a.participants()).isEmpty();
    assertThat(a.isParticipant(AALBORG)).isFalse();
  }

  @Test
  void blankTitle_isRejected() {
    assertThatThrownBy(() -> rehabilitation().title("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("application title must not be blank, was '  '");
  }

  @Test
  void blankExpectedEffect_isRejected_withItsIndex() {
    assertThatThrownBy(() -> rehabilitation().addExpectedEffect("flere i job").addExpectedEffect(" ").build())
        .hasMessage("application expectedEffects[1] must not be blank, was ' '");
  }

  @Test
  void withTitle_copiesAndChecks() {
    ImmutableApplication a = rehabilitation().build();
    assertThat(a.withTitle("Ny titel").title()).isEqualTo("Ny titel");
    assertThatThrownBy(() -> a.withTitle("")).hasMessage("application title must not be blank, was ''");
  }

  @Test
  void requestedExemption_keepsProvisionsAndGroupsInOrder() {
    RequestedExemption e =
        RequestedExemption.of(
            List.of(Provision.parse("aktivloven § 65"), Provision.parse("aktivloven § 66")),
            List.of(TargetGroup.JOB_READY, TargetGroup.EDUCATION_READY));
    assertThat(e.provisions()).extracting(Provision::toString).containsExactly("aktivloven § 65", "aktivloven § 66");
    assertThat(e.targetGroups()).containsExactly(TargetGroup.JOB_READY, TargetGroup.EDUCATION_READY);
    assertThat(e.rationale()).isEmpty();
  }

  @Test
  void requestedExemption_paddedRationale_isRejected() {
    assertThatThrownBy(() -> RequestedExemption.builder().rationale(" x").build())
        .hasMessage("requested exemption rationale must not start or end with white space, was ' x'");
  }

  @Test
  void consultation_blankBody_isRejected() {
    assertThatThrownBy(() -> Consultation.builder().municipality(AALBORG).body("").build())
        .hasMessage("consultation body must not be blank, was ''");
  }

  @Test
  void approval_undated_hasNoBodyOrDay() {
    PoliticalApproval p = PoliticalApproval.undated(AALBORG);
    assertThat(p.body()).isEmpty();
    assertThat(p.approvedOn()).isEmpty();
    assertThatThrownBy(() -> PoliticalApproval.of(AALBORG, " ", LocalDate.of(2017, 4, 25)))
        .hasMessage("political approval body must not be blank, was ' '");
  }
}
