package io.github.frikommune.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  private static final Period TRIAL = Period.of(LocalDate.of(2017, 7, 1), LocalDate.of(2021, 12, 31));

  @Test
  void parse_readsBackToString() {
    assertThat(TRIAL).hasToString("2017-07-01..2021-12-31");
    assertThat(Period.parse(TRIAL.toString())).isEqualTo(TRIAL).hasSameHashCodeAs(TRIAL);
  }

  @Test
  void bothEndsAreIncluded() {
    assertThat(TRIAL.contains(LocalDate.of(2017, 7, 1))).isTrue();
    assertThat(TRIAL.contains(LocalDate.of(2021, 12, 31))).isTrue();
    assertThat(TRIAL.contains(LocalDate.of(2017, 6, 30))).isFalse();
    assertThat(TRIAL.contains(LocalDate.of(2022, 1, 1))).isFalse();
  }

  @Test
  void enclosesAndOverlaps() {
    Period inner = Period.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31));
    Period after = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    assertThat(TRIAL.encloses(inner)).isTrue();
    assertThat(inner.encloses(TRIAL)).isFalse();
    assertThat(TRIAL.overlaps(after)).isFalse();
    assertThat(TRIAL.overlaps(TRIAL.withEndInclusive(LocalDate.of(2022, 6, 30)))).isTrue();
    assertThat(TRIAL.withStartInclusive(LocalDate.of(2018, 1, 1)).startInclusive()).isEqualTo(LocalDate.of(2018, 1, 1));
  }

  @Test
  void endBeforeStart_isRejected() {
    assertThatThrownBy(() -> Period.of(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 6, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period endInclusive must be on or after startInclusive (2017-07-01), was 2017-06-30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-07-01", "2017-07-01/2021-12-31", "2017-07-01..x", "2017-13-01..2017-12-01"})
  void parse_malformed_namesTheForm(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must be written 'yyyy-mm-dd..yyyy-mm-dd', was '" + text + "'");
  }

  @Test
  void danishTime_deadlineEndsAtMidnightCopenhagen() {
    assertThat(DanishTime.endOf(LocalDate.of(2016, 12, 1))).isEqualTo(Instant.parse("2016-12-01T23:00:00Z"));
    assertThat(DanishTime.endOf(LocalDate.of(2017, 5, 1))).isEqualTo(Instant.parse("2017-05-01T22:00:00Z"));
    assertThat(DanishTime.dateOf(Instant.parse("2016-12-01T23:30:00Z"))).isEqualTo(LocalDate.of(2016, 12, 2));
  }

  @Test
  void periodsWithAnotherStartOrEnd_differ() {
    Period later = TRIAL.withStartInclusive(LocalDate.of(2018, 1, 1));
    Period shorter = TRIAL.withEndInclusive(LocalDate.of(2019, 12, 31));
    assertThat(TRIAL).isNotEqualTo(later).isNotEqualTo(shorter).isNotEqualTo(TRIAL.toString());
    assertThat(TRIAL.hashCode()).isNotEqualTo(later.hashCode()).isNotEqualTo(shorter.hashCode());
  }
}
