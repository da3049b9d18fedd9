package io.github.frikommune.core.validation;

import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.application.PoliticalApproval;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.time.LocalDate;
import java.util.List;

/**
 * A made-up programme of single municipalities, for the rules that differ from a programme of
 * networks. Its dates are illustrative, not facts of any real programme.
 */
final class SingleMunicipalityProgramme {
  static final ProgrammeId ID = ProgrammeId.of("SINGLE");

  private SingleMunicipalityProgramme() {}

  static Portfolio portfolio() {
    LocalDate deadline = LocalDate.of(2012, 5, 1);
    return Portfolio.builder()
        .programme(
            Programme.builder()
                .id(ID)
                .name("Forsøg med enkeltkommuner")
                .period(Period.of(LocalDate.of(2012, 1, 1), LocalDate.of(2015, 12, 31)))
                .participationModel(ParticipationModel.SINGLE_MUNICIPALITIES)
                .build())
        .addRound(ApplicationRound.of(ID, 1, deadline))
        .addApplication(
            Application.builder()
                .id(ApplicationId.of("S-1"))
                .title("Færre proceskrav")
                .round(ApplicationRound.of(ID, 1, deadline).id())
                .leadApplicant(SeedCase.AALBORG)
                .addExemption(RequestedExemption.of(
                    List.of(Provision.section("LAB", "16")), List.of(TargetGroup.JOB_READY)))
                .addApproval(PoliticalApproval.of(SeedCase.AALBORG, "Byrådet", deadline.minusDays(10)))
                .submittedOn(deadline)
                .build())
        .build();
  }
}
