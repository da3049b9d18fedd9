package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.calendar.DanishTime;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.programme.RoundId;
import io.github.frikommune.core.seed.SeedCase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Rule 2: submitted to a round of its own programme, on or before the deadline. */
class SubmittedInOwnRoundByDeadlineTest {

  @Test
  void submittedOnTheDeadline_isValid() {
    assertThat(SeedVariants.application(1).submittedOn()).hasValue(SeedCase.ROUND_1_DEADLINE);
    assertThat(found(SeedVariants.seed())).isEmpty();
  }

  @Test
  void submittedTheDayAfter_isViolation_withTheDeadlineInTheMessage() {
    ValidationResult result =
        PortfolioValidator.validate(withApplication(1, a -> a.withSubmittedOn(LocalDate.of(2016, 12, 2))));

    assertThat(found(result)).containsExactly("submitted-after-deadline at applications[1].submittedOn");
    Violation v = result.violations().get(0);
    assertThat(v.offendingValue()).isEqualTo("2016-12-02");
    assertThat(v.englishMessage()).isEqualTo("submitted on 2016-12-02, after the deadline 2016-12-01 of round FK2/1");
    assertThat(v.message(Locale.forLanguageTag("da-DK"))).isEqualTo("indsendt 2016-12-02, efter fristen 2016-12-01 for runde FK2/1");
  }

  @Test
  void deadlineIsADanishCalendarDay_halfPastMidnightInCopenhagenIsLate() {
    // 23:30 UTC on the deadline day is 00:30 the next day in Copenhagen (winter time).
    LocalDate submitted = DanishTime.dateOf(Instant.parse("2016-12-01T23:30:00Z"));

    assertThat(found(withApplication(1, a -> a.withSubmittedOn(submitted))))
        .containsExactly("submitted-after-deadline at applications[1].submittedOn");
    assertThat(found(withApplication(1, a -> a.withSubmittedOn(DanishTime.dateOf(Instant.parse("2016-12-01T22:59:59Z"))))))
        .isEmpty();
  }

  @Test
  void roundNotOnRecord_isViolation() {
    assertThat(found(withApplication(1, a -> a.withRound(RoundId.of(SeedCase.FK2, 4)))))
        .containsExactly("round-unknown at applications[1].round");
  }

  @Test
  void roundOfAnotherProgramme_isViolation() {
    assertThat(found(withApplication(1, a -> a.withRound(RoundId.of(ProgrammeId.of("FK1"), 1)))))
        .containsExactly("application-round-of-other-programme at applications[1].round");
  }
}
