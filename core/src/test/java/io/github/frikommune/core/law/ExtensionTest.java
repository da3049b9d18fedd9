package io.github.frikommune.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtensionTest {
  /** Fictitious test data: no law has number 9999; the seeds give no number for the 2021 amendment. */
  private static final LegalAct AMENDMENT = LegalAct.of(LegalActKind.LAW, 9999, LocalDate.of(2021, 6, 1), "ændringslov");

  @Test
  void extension_movesTheEndForward() {
    Extension e = Extension.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31), AMENDMENT);
    assertThat(e.newEnd()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(e.provision()).isEmpty();
  }

  @Test
  void extension_backwards_isRejected() {
    assertThatThrownBy(() -> Extension.of(LocalDate.of(2021, 12, 31), LocalDate.of(2021, 12, 31), AMENDMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("extension newEnd must be after previousEnd (2021-12-31), was 2021-12-31");
  }
}
