package io.github.frikommune.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityTest {

  @Test
  void catalogue_hasAll98Municipalities_inFiveRegions() {
    assertThat(Municipalities.all()).hasSize(98);
    assertThat(Municipalities.all()).extracting(Municipality::region).containsOnly(Region.values());
    assertThat(Municipalities.inRegion(Region.NORDJYLLAND)).hasSize(11);
  }

  @ParameterizedTest
  @CsvSource({"851, Aalborg, NORDJYLLAND", "825, Læsø, NORDJYLLAND", "101, København, HOVEDSTADEN", "492, Ærø, SYDDANMARK"})
  void of_findsByOfficialCode(int code, String name, Region region) {
    Municipality m = Municipality.of(code);
    assertThat(m.name()).isEqualTo(name);
    assertThat(m.region()).isEqualTo(region);
    assertThat(m.code().value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(ints = {999, 0, 100, -851})
  void of_unknownCode_saysSo(int code) {
    assertThatThrownBy(() -> Municipality.of(code))
        .isInstanceOf(UnknownMunicipalityException.class)
        .hasMessage("municipality code must be one of the 98 official codes, was " + code);
  }

  @ParameterizedTest
  @CsvSource({
    "Aalborg, 851",
    "aalborg, 851",
    "AALBORG KOMMUNE, 851",
    "'  Hjørring Kommune ', 860",
    "høje-taastrup, 169",
    "Bornholms Regionskommune, 400",
    "Læsø kommune, 825",
    "Københavns Kommune, 101",
    "Vesthimmerlands Kommune, 820",
    "Aalborgs Kommune, 851"
  })
  void parse_isCaseInsensitive_andToleratesKommune(String name, int code) {
    assertThat(Municipality.parse(name).code().value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Københavns", "Assen Kommune", "Aalborgss Kommune"})
  void parse_genitiveOnlyBeforeKommune_andNoLetterDropped(String name) {
    assertThatThrownBy(() -> Municipality.parse(name))
        .isInstanceOf(UnknownMunicipalityException.class)
        .hasMessageStartingWith("municipality name must be one of the 98 municipalities, was '" + name + "'");
  }

  @Test
  void parse_requiresExactDanishLetters() {
    assertThatThrownBy(() -> Municipality.parse("Laesoe"))
        .isInstanceOf(UnknownMunicipalityException.class)
        .hasMessageContaining("was 'Laesoe'");
  }

  @Test
  void parse_unknownName_suggestsClosestNames() {
    assertThatThrownBy(() -> Municipality.parse("Alborg"))
        .isInstanceOfSatisfying(
            UnknownMunicipalityException.class,
            e -> {
              assertThat(e.suggestions()).first().isEqualTo("Aalborg");
              assertThat(e.input()).isEqualTo("Alborg");
            })
        .hasMessageStartingWith("municipality name must be one of the 98 municipalities, was 'Alborg'; did you mean Aalborg");
  }

  @Test
  void parse_nothingClose_hasNoSuggestions() {
    assertThatThrownBy(() -> Municipality.parse("Springfield"))
        .isInstanceOfSatisfying(UnknownMunicipalityException.class, e -> assertThat(e.suggestions()).isEmpty())
        .hasMessage("municipality name must be one of the 98 municipalities, was 'Springfield'");
  }

  @Test
  void parse_readsBackToString_forEveryMunicipality() {
    assertThat(Municipalities.all()).allSatisfy(m -> assertThat(Municipality.parse(m.toString())).isSameAs(m));
  }

  @Test
  void find_returnsEmptyForUnknownName() {
    assertThat(Municipalities.find("Atlantis")).isEmpty();
    assertThat(Municipalities.find("Rebild")).map(Municipality::code).map(MunicipalityCode::value).hasValue(840);
  }

  @Test
  void municipalities_orderByCode_andAreEqualByCode() {
    assertThat(Municipality.of(851)).isEqualTo(Municipality.parse("Aalborg")).hasSameHashCodeAs(Municipality.of(851));
    assertThat(Municipality.of(825)).isLessThan(Municipality.of(851));
  }

  @Test
  void distance_isLevenshtein() {
    assertThat(Municipalities.distance("alborg", "aalborg")).isEqualTo(1);
    assertThat(Municipalities.distance("", "abc")).isEqualTo(3);
    assertThat(Municipalities.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void parse_twoEditsAway_stillSuggests() {
    assertThatThrownBy(() -> Municipality.parse("Laesø"))
        .isInstanceOfSatisfying(
            UnknownMunicipalityException.class, e -> assertThat(e.suggestions()).containsExactly("Læsø", "Samsø"))
        .hasMessage("municipality name must be one of the 98 municipalities, was 'Laesø'; did you mean Læsø, Samsø?");
  }

  @Test
  void of_byCodeValue_isTheSameMunicipality() {
    assertThat(Municipality.of(MunicipalityCode.of(851))).isSameAs(Municipality.of(851));
  }

  @Test
  void everyMunicipality_hasItsOwnHashCode() {
    assertThat(Municipalities.all().stream().map(Municipality::hashCode).distinct()).hasSize(98);
  }

  @Test
  void parse_asManyEditsAsAThirdOfTheName_stillSuggests() {
    assertThatThrownBy(() -> Municipality.parse("Aalborgkkk"))
        .hasMessage("municipality name must be one of the 98 municipalities, was 'Aalborgkkk'; did you mean Aalborg?");
  }

  @Test
  void parse_veryLongName_hasNoSuggestions() {
    String name = "Aalborg".repeat(10_000);
    assertThatThrownBy(() -> Municipality.parse(name))
        .isInstanceOfSatisfying(UnknownMunicipalityException.class, e -> assertThat(e.suggestions()).isEmpty());
  }
}
