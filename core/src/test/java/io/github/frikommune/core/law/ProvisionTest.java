package io.github.frikommune.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvisionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aktivloven",
        "lov om frikommunenetværk § 9",
        "aktivloven § 65, stk. 1",
        "aktivloven § 65, stk. 1, nr. 2",
        "aktivloven § 65, stk. 1, nr. 2, litra a",
        "aktivloven § 65 a",
        "LAB § 116",
        "LAB § 2, nr. 3",
        "lov om aktiv socialpolitik kapitel 4",
        "lov om aktiv socialpolitik kapitel 4 a"
      })
  void parse_readsBackToString(String citation) {
    assertThat(Provision.parse(citation).toString()).isEqualTo(citation);
    assertThat(Provision.parse(citation)).isEqualTo(Provision.parse(citation));
  }

  @Test
  void parse_splitsTheParts() {
    Provision p = Provision.parse("aktivloven § 65, stk. 1, nr. 2, litra a");
    assertThat(p.law()).isEqualTo("aktivloven");
    assertThat(p.section()).hasValue("65");
    assertThat(p.subsection()).hasValue(1);
    assertThat(p.item()).hasValue(2);
    assertThat(p.letter()).hasValue("a");
    assertThat(p.chapter()).isEmpty();
    assertThat(p.isWholeLaw()).isFalse();
  }

  @Test
  void builders_giveTheCanonicalText() {
    assertThat(Provision.section("aktivloven", "65").withSubsection(2).withItem(1).withLetter("b"))
        .hasToString("aktivloven § 65, stk. 2, nr. 1, litra b");
    assertThat(Provision.chapter("LAB", "7")).hasToString("LAB kapitel 7");
    assertThat(Provision.wholeLaw("LAB").isWholeLaw()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "§ 65",
        "aktivloven §65",
        "aktivloven § 0",
        "aktivloven § 65 stk. 1",
        "aktivloven § 65, stk. 1, stk. 2",
        "aktivloven § 65, litra A",
        " aktivloven § 65",
        ""
      })
  void parse_rejectsNonCitations(String text) {
    assertThatThrownBy(() -> Provision.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("provision must be cited as").hasMessageContaining("was '" + text + "'");
  }

  @Test
  void parse_wrongOrder_namesTheCanonicalForm() {
    assertThatThrownBy(() -> Provision.parse("aktivloven § 65, nr. 2, stk. 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aktivloven § 65, nr. 2, stk. 1");
  }

  @Test
  void withSubsection_onWholeLaw_isRejected() {
    assertThatThrownBy(() -> Provision.wholeLaw("LAB").withSubsection(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provision subsection needs a section (§) citation, was 'LAB'");
  }

  @Test
  void withSubsection_belowOne_isRejected() {
    assertThatThrownBy(() -> Provision.section("LAB", "2").withSubsection(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subsection must be ≥ 1, was 0");
  }

  @Test
  void section_malformedNumber_isRejected() {
    assertThatThrownBy(() -> Provision.section("LAB", "2a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("section must be a number ≥ 1 with an optional ' x' letter, was '2a'");
  }

  @Test
  void law_withParagraphSign_isRejected() {
    assertThatThrownBy(() -> Provision.wholeLaw("LAB §"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provision law must not contain '§' or ' kapitel ', was 'LAB §'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "aktivloven § 16 | aktivloven § 16 | true",
        "aktivloven § 16 | aktivloven § 16, stk. 2, nr. 1 | true",
        "aktivloven § 16 | aktivloven § 17 | false",
        "aktivloven § 16 | aktivloven § 16 a | false",
        "aktivloven § 16, stk. 2 | aktivloven § 16, stk. 2, nr. 1 | true",
        "aktivloven § 16, stk. 2 | aktivloven § 16, stk. 3 | false",
        "aktivloven § 16, stk. 2 | aktivloven § 16 | false",
        "aktivloven § 16, nr. 1 | aktivloven § 16, stk. 2, nr. 1 | false",
        "aktivloven § 16, nr. 1 | aktivloven § 16, nr. 1, litra a | true",
        "aktivloven | aktivloven § 16, stk. 2 | true",
        "aktivloven | LAB § 16 | false",
        "aktivloven § 16 | LAB § 16 | false",
        "aktivloven kapitel 4 | aktivloven kapitel 4 | true",
        "aktivloven kapitel 4 | aktivloven § 16 | false"
      })
  void contains_coversSubdivisionsNotSiblings(String outer, String inner, boolean expected) {
    assertThat(Provision.parse(outer).contains(Provision.parse(inner))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "aktivloven § 16, stk. 2 | aktivloven § 16, stk. 3, nr. 1 | false",
        "aktivloven § 16, stk. 2, nr. 1 | aktivloven § 16, stk. 2, nr. 2 | false",
        "aktivloven § 16, stk. 2, nr. 1 | aktivloven § 16, stk. 2, nr. 1, litra c | true",
        "aktivloven § 16, nr. 1, litra a | aktivloven § 16, nr. 1, litra b | false",
        "aktivloven § 16, nr. 1, litra a | aktivloven § 16, nr. 1, litra a | true"
      })
  void contains_comparesEveryPartDownToTheDeepest(String outer, String inner, boolean expected) {
    assertThat(Provision.parse(outer).contains(Provision.parse(inner))).isEqualTo(expected);
  }

  @Test
  void withItemOrLetter_onAChapter_isRejected() {
    Provision chapter = Provision.chapter("LAB", "7");
    assertThat(chapter.chapter()).hasValue("7");
    assertThatThrownBy(() -> chapter.withItem(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provision item needs a section (§) citation, was 'LAB kapitel 7'");
    assertThatThrownBy(() -> chapter.withLetter("a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provision letter needs a section (§) citation, was 'LAB kapitel 7'");
  }

  @Test
  void equality_isByCanonicalText() {
    Provision p = Provision.parse("LAB § 116");
    assertThat(p).isEqualTo(Provision.section("LAB", "116")).hasSameHashCodeAs(Provision.section("LAB", "116"));
    assertThat(p).isNotEqualTo(Provision.parse("LAB § 117")).isNotEqualTo("LAB § 116");
    assertThat(p.hashCode()).isNotEqualTo(Provision.parse("LAB § 117").hashCode());
  }
}
