package io.github.frikommune.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.Coded;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegionTest {

  @ParameterizedTest
  @CsvSource({
    "1081, NORDJYLLAND, Region Nordjylland, nordjylland",
    "1082, MIDTJYLLAND, Region Midtjylland, midtjylland",
    "1083, SYDDANMARK, Region Syddanmark, syddanmark",
    "1084, HOVEDSTADEN, Region Hovedstaden, hovedstaden",
    "1085, SJAELLAND, Region Sjælland, sjaelland"
  })
  void regions_haveOfficialCodesLabelsAndStableCodes(int official, Region region, String label, String code) {
    assertThat(Region.of(official)).isEqualTo(region);
    assertThat(region.danishLabel()).isEqualTo(label);
    assertThat(region.code()).isEqualTo(code);
    assertThat(Coded.fromCode(Region.class, code)).isEqualTo(region);
  }

  @Test
  void of_unknownCode_namesTheCodes() {
    assertThatThrownBy(() -> Region.of(1086))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region code must be one of 1081, 1082, 1083, 1084, 1085, was 1086");
  }

  @Test
  void fromCode_unknown_listsTheCodes() {
    assertThatThrownBy(() -> Coded.fromCode(Region.class, "fyn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region code must be one of [nordjylland, midtjylland, syddanmark, hovedstaden, sjaelland], was 'fyn'");
  }

  @Test
  void officialCode_isTheFourDigitCode() {
    assertThat(Region.NORDJYLLAND.officialCode()).isEqualTo(1081);
    assertThat(Region.SJAELLAND.officialCode()).isEqualTo(1085);
  }
}
