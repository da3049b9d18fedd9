package io.github.frikommune.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.Coded;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ViolationTest {
  private static final Violation OUTSIDE =
      Violation.of(ViolationCode.APPLICANT_OUTSIDE_NETWORK, ValuePath.parse("applications[0].coApplicants[0]"), "Vejle", "nordjylland");

  @ParameterizedTest
  @EnumSource(ViolationCode.class)
  void everyCode_hasAMessageInDanishAndInEnglish_thatNamesTheOffendingValue(ViolationCode code) {
    Violation v = Violation.of(code, ValuePath.of("x"), "VALUE", "A1", "A2");

    assertThat(v.englishMessage()).isNotBlank().doesNotContain("{");
    assertThat(v.danishMessage()).isNotBlank().doesNotContain("{").isNotEqualTo(v.englishMessage());
  }

  @ParameterizedTest
  @EnumSource(ViolationCode.class)
  void everyCode_isLowerCaseWordsJoinedByHyphens(ViolationCode code) {
    assertThat(code.code()).matches("[a-z]+(-[a-z]+)*");
    assertThat(Coded.fromCode(ViolationCode.class, code.code())).isSameAs(code);
  }

  @Test
  void codes_areUnique() {
    Set<String> codes = Arrays.stream(ViolationCode.values()).map(ViolationCode::code).collect(Collectors.toSet());
    assertThat(codes).hasSize(ViolationCode.values().length);
  }

  @Test
  void danishLocale_givesDanish_anyOtherLocaleGivesEnglish() {
    assertThat(OUTSIDE.message(Locale.forLanguageTag("da-DK"))).isEqualTo("Vejle er ikke medlem af netværket nordjylland");
    assertThat(OUTSIDE.message(Locale.GERMANY)).isEqualTo("Vejle is not a member of the network nordjylland");
    assertThat(OUTSIDE.message(Locale.ROOT)).isEqualTo(OUTSIDE.englishMessage());
  }

  @Test
  void messageChoice_doesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("da-DK"));
      assertThat(OUTSIDE.message(Locale.ENGLISH)).isEqualTo("Vejle is not a member of the network nordjylland");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void severity_isTheCodes() {
    assertThat(OUTSIDE.severity()).isEqualTo(Severity.ERROR);
    assertThat(ViolationCode.APPROVAL_BY_NON_PARTICIPANT.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void domainRule_isTheNumberInTheDomainsList_orEmptyForAnImpliedRule() {
    assertThat(ViolationCode.SUBMITTED_AFTER_DEADLINE.domainRule()).hasValue(2);
    assertThat(ViolationCode.HISTORY_OUT_OF_ORDER.domainRule()).hasValue(11);
    assertThat(ViolationCode.TRIAL_WITHOUT_DECISION.domainRule()).isEmpty();
  }

  @Test
  void toString_namesSeverityCodePathAndMessage() {
    assertThat(OUTSIDE)
        .hasToString("error applicant-outside-network at applications[0].coApplicants[0]: Vejle is not a member of the network nordjylland");
  }

  @Test
  void everyCode_hasADanishLabel() {
    assertThat(ViolationCode.SUBMITTED_AFTER_DEADLINE.danishLabel()).isEqualTo("indsendt efter fristen");
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(code.danishLabel()).as(code.code()).isNotBlank();
    }
  }

  @Test
  void severities_haveCodesAndDanishLabels() {
    assertThat(Severity.ERROR.code()).isEqualTo("error");
    assertThat(Severity.ERROR.danishLabel()).isEqualTo("fejl");
    assertThat(Severity.WARNING.danishLabel()).isEqualTo("advarsel");
  }
}
