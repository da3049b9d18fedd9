package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withTrial;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.programme.ImmutableProgramme;
import io.github.frikommune.core.seed.SeedCase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rule 9: a trial runs within its legal basis and the programme as extended. */
class TrialWithinLegalBasisAndProgrammeTest {
  private static final LocalDate END_2021 = LocalDate.of(2021, 12, 31);
  private static final LocalDate END_2022 = LocalDate.of(2022, 12, 31);
  /** The 2021 amendment as fictitious test data: its number and date are not in the seeds. */
  private static final LegalAct AMENDMENT =
      LegalAct.of(LegalActKind.LAW, 9999, LocalDate.of(2021, 6, 1), "lov om ændring af lov om frikommunenetværk");

  @Test
  void trialFromTheInForceDateToTheProgrammeEnd_isValid() {
    assertThat(SeedVariants.trial(0).period()).hasValue(Period.of(SeedCase.IN_FORCE, END_2021));
    assertThat(found(SeedVariants.seed())).isEmpty();
  }

  @Test
  void trialStartingBeforeItsLegalBasis_isViolation() {
    assertThat(found(withTrial(0, t -> t.withPeriod(Period.of(LocalDate.of(2017, 6, 30), END_2021)))))
        .containsExactly("trial-starts-before-legal-basis at trials[0].period");
  }

  @Test
  void trialEndingAfterTheProgramme_isViolation() {
    assertThat(found(withTrial(0, t -> t.withPeriod(Period.of(SeedCase.IN_FORCE, END_2022)))))
        .containsExactly("trial-ends-after-programme at trials[0].period");
  }

  @Test
  void trialExtendedBeyondTheProgramme_isViolation_atTheExtension() {
    assertThat(found(withTrial(0, t -> t.withExtensions(Extension.of(END_2021, END_2022, AMENDMENT)))))
        .containsExactly("trial-ends-after-programme at trials[0].extensions[0].newEnd");
  }

  @Test
  void trialExtendedWithTheProgramme_isValid() {
    var programme =
        ImmutableProgramme.copyOf(SeedCase.programme())
            .withExtensions(
                SeedCase.programme().extensions().get(0), Extension.of(END_2021, END_2022, AMENDMENT));
    var portfolio = ImmutablePortfolio.copyOf(SeedVariants.seed()).withProgramme(programme);

    assertThat(found(SeedVariants.withTrial(portfolio, 0, t -> t.withExtensions(Extension.of(END_2021, END_2022, AMENDMENT)))))
        .isEmpty();
  }
}
