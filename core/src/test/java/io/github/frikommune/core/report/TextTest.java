package io.github.frikommune.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void plural_takesTheSingularForOneOnly() {
    assertThat(Text.plural(1, "application", "applications")).isEqualTo("1 application");
    assertThat(Text.plural(0, "application", "applications")).isEqualTo("0 applications");
    assertThat(Text.plural(2, "application", "applications")).isEqualTo("2 applications");
  }
}
