package io.github.frikommune.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.trial.TrialId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @Test
  void parse_readsBackToString() {
    assertThat(ProgrammeId.parse(ProgrammeId.of("FK2").toString())).isEqualTo(ProgrammeId.of("FK2"));
    assertThat(NetworkId.parse("nordjylland").value()).isEqualTo("nordjylland");
    assertThat(ApplicationId.parse("NJ-2016-01")).hasToString("NJ-2016-01");
    assertThat(TrialId.of("NJ.1_01")).isEqualTo(TrialId.parse("NJ.1_01"));
  }

  @Test
  void identifiersOfDifferentKinds_areNeverEqual() {
    assertThat((Object) ApplicationId.of("NJ-1-01")).isNotEqualTo(TrialId.of("NJ-1-01"));
    assertThat(ApplicationId.of("NJ-1-01")).hasSameHashCodeAs(ApplicationId.of("NJ-1-01"));
  }

  @Test
  void identifiers_orderByText() {
    assertThat(ApplicationId.of("NJ-1-01")).isLessThan(ApplicationId.of("NJ-1-02"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-FK2", "FK 2", "FK/2", "æ"})
  void malformed_isRejected_withFieldRuleAndValue(String text) {
    assertThatThrownBy(() -> ApplicationId.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "application id must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or"
                + " digit, was '"
                + text
                + "'");
  }

  @Test
  void tooLong_isRejected() {
    assertThatThrownBy(() -> ProgrammeId.of("x".repeat(65)))
        .hasMessageStartingWith("programme id must be 1-64 letters");
  }

  @Test
  void roundId_parse_readsBackToString() {
    RoundId id = RoundId.of(ProgrammeId.of("FK2"), 3);
    assertThat(id).hasToString("FK2/3");
    assertThat(RoundId.parse("FK2/3")).isEqualTo(id).hasSameHashCodeAs(id);
    assertThat(RoundId.parse("FK2/1")).isLessThan(id);
    assertThat(RoundId.parse("FK1/9")).isLessThan(RoundId.parse("FK2/1"));
  }

  @Test
  void roundId_numberZero_isRejected() {
    assertThatThrownBy(() -> RoundId.of(ProgrammeId.of("FK2"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("round number must be ≥ 1, was 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FK2", "FK2/", "FK2/0", "FK2/x", "/1"})
  void roundId_malformed_isRejected(String text) {
    assertThatThrownBy(() -> RoundId.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text.equals("/1") ? "programme id" : "round id must be written");
  }

  @Test
  void differentIdentifiers_haveDifferentHashCodes() {
    assertThat(ApplicationId.of("NJ-1-01").hashCode()).isNotEqualTo(ApplicationId.of("NJ-1-02").hashCode());
    assertThat(RoundId.of(ProgrammeId.of("FK2"), 1).hashCode())
        .isNotEqualTo(RoundId.of(ProgrammeId.of("FK2"), 2).hashCode())
        .isNotEqualTo(RoundId.of(ProgrammeId.of("FK1"), 1).hashCode());
  }
}
