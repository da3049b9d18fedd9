package io.github.frikommune.core.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzzes the lookup of a municipality by name. In a normal build the committed inputs under
 * {@code MunicipalitiesFuzzTestInputs/} replay as regression tests; with {@code JAZZER_FUZZ=1}
 * Jazzer searches for new ones for a fixed time (see {@code docs/fuzzing.md}).
 */
class MunicipalitiesFuzzTest {

  /**
   * {@code find} never throws; {@code byName} agrees with it and throws nothing but {@link
   * UnknownMunicipalityException}, which keeps the input and at most three suggestions.
   */
  @FuzzTest(maxDuration = "3m")
  void byName_findsOrThrowsUnknownMunicipality_andFindNeverThrows(byte[] input) {
    String name = new String(input, StandardCharsets.UTF_8);
    Optional<Municipality> found = Municipalities.find(name);
    try {
      Municipality municipality = Municipalities.byName(name);
      assertThat(found).containsSame(municipality);
      assertThat(Municipalities.byName(municipality.name())).isSameAs(municipality);
    } catch (UnknownMunicipalityException unknown) {
      assertThat(found).isEmpty();
      assertThat(unknown.input()).isEqualTo(name);
      assertThat(unknown.suggestions()).hasSizeLessThanOrEqualTo(3);
      assertThat(unknown.getMessage())
          .startsWith("municipality name must be one of the 98 municipalities, was '" + name + "'");
    }
  }
}
