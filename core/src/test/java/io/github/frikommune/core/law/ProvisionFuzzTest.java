package io.github.frikommune.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the citation parser. In a normal build the committed inputs under
 * {@code ProvisionFuzzTestInputs/} replay as regression tests; with {@code JAZZER_FUZZ=1} Jazzer
 * searches for new ones for a fixed time (see {@code docs/fuzzing.md}).
 */
class ProvisionFuzzTest {

  /**
   * Any text either parses to a provision whose canonical text is that same text, or is rejected
   * with an {@link IllegalArgumentException} that quotes it; nothing else may escape.
   */
  @FuzzTest(maxDuration = "3m")
  void parse_rejectsWithIllegalArgument_orReadsBackItsOwnText(byte[] input) {
    String citation = new String(input, StandardCharsets.UTF_8);
    Provision parsed;
    try {
      parsed = Provision.parse(citation);
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected.getMessage())
          .startsWith("provision must be cited as ")
          .contains(", was '" + citation + "': ");
      return;
    }
    assertThat(parsed.toString()).isEqualTo(citation);
    assertThat(Provision.parse(parsed.toString())).isEqualTo(parsed);
    assertThat(parsed.contains(parsed)).isTrue();
  }
}
