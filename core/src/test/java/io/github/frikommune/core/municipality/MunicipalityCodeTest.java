package io.github.frikommune.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

  @Test
  void parse_readsBackToString_forEveryCode() {
    assertThat(Municipalities.all())
        .allSatisfy(m -> assertThat(MunicipalityCode.parse(m.code().toString())).isEqualTo(m.code()));
  }

  @Test
  void of_knownCode() {
    assertThat(MunicipalityCode.of(851).value()).isEqualTo(851);
    assertThat(MunicipalityCode.of(851)).isEqualTo(MunicipalityCode.parse("851")).isGreaterThan(MunicipalityCode.of(101));
  }

  @ParameterizedTest
  @ValueSource(strings = {"85", "0851", "abc", "", "85 1"})
  void parse_malformed_namesRule(String text) {
    assertThatThrownBy(() -> MunicipalityCode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("municipality code must be three digits, was '" + text + "'");
  }

  @Test
  void parse_unknownCode_isUnknownMunicipality() {
    assertThatThrownBy(() -> MunicipalityCode.parse("999"))
        .isInstanceOf(UnknownMunicipalityException.class)
        .hasMessage("municipality code must be one of the 98 official codes, was 999");
  }

  @Test
  void create_acceptsThreeDigitCodesOnly_forTheShippedCatalogue() {
    assertThat(MunicipalityCode.create(100).value()).isEqualTo(100);
    assertThat(MunicipalityCode.create(999).value()).isEqualTo(999);
    assertThatThrownBy(() -> MunicipalityCode.create(99)).hasMessage("code 99");
    assertThatThrownBy(() -> MunicipalityCode.create(1000)).hasMessage("code 1000");
  }

  @Test
  void everyCode_hasItsOwnHashCode() {
    assertThat(Municipalities.all().stream().map(m -> m.code().hashCode()).distinct()).hasSize(98);
  }
}
