package io.github.frikommune.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalActTest {
  private static final LegalAct LAW_658 =
      LegalAct.of(LegalActKind.LAW, 658, LocalDate.of(2017, 6, 8), "lov om frikommunenetværk");

  @Test
  void citation_isTheDanishForm() {
    assertThat(LAW_658.citation()).isEqualTo("lov nr. 658 af 8. juni 2017");
    assertThat(LegalAct.of(LegalActKind.EXECUTIVE_ORDER, 529, LocalDate.of(2018, 5, 23), "frikommuneforsøg II-bekendtgørelsen").citation())
        .isEqualTo("BEK nr. 529 af 23. maj 2018");
  }

  @Test
  void number_belowOne_isRejected() {
    assertThatThrownBy(() -> LegalAct.of(LegalActKind.LAW, 0, LocalDate.of(2017, 6, 8), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("legal act number must be ≥ 1, was 0");
  }

  @Test
  void shortTitle_blank_isRejected() {
    assertThatThrownBy(() -> LegalAct.of(LegalActKind.LAW, 1, LocalDate.of(2017, 6, 8), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("legal act shortTitle must not be blank, was ' '");
  }

  @Test
  void withNumber_copiesAndChecks() {
    assertThat(((ImmutableLegalAct) LAW_658).withNumber(659).number()).isEqualTo(659);
    assertThatThrownBy(() -> ((ImmutableLegalAct) LAW_658).withNumber(-1))
        .hasMessage("legal act number must be ≥ 1, was -1");
  }

  @Test
  void aLaw_passedByFolketinget_isAdoptedOnTheDayItWasPassed() {
    LegalAct passed = ImmutableLegalAct.copyOf(LAW_658).withBill("L 200 (2016-17)").withPassedOn(LocalDate.of(2017, 6, 1));

    assertThat(passed.adoptedOn()).isEqualTo(LocalDate.of(2017, 6, 1));
    assertThat(LAW_658.adoptedOn()).isEqualTo(LocalDate.of(2017, 6, 8));
    assertThat(passed.citation()).isEqualTo("lov nr. 658 af 8. juni 2017");
  }

  @Test
  void passedAfterTheActsDate_isRejected() {
    assertThatThrownBy(() -> ImmutableLegalAct.copyOf(LAW_658).withPassedOn(LocalDate.of(2017, 6, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("legal act passedOn must be on or before its date 2017-06-08, was 2017-06-09");
  }

  @Test
  void anExecutiveOrder_hasNoBillAndIsNotPassed() {
    LegalAct order = LegalAct.of(LegalActKind.EXECUTIVE_ORDER, 529, LocalDate.of(2018, 5, 23), "frikommuneforsøg II-bekendtgørelsen");

    assertThatThrownBy(() -> ImmutableLegalAct.copyOf(order).withBill("L 200 (2016-17)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("legal act bill and passedOn are for a law, not a executive-order, was bill L 200 (2016-17) and passedOn none");
  }

  @Test
  void bill_padded_isRejected() {
    assertThatThrownBy(() -> ImmutableLegalAct.copyOf(LAW_658).withBill(" L 200"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("legal act bill must not start or end with white space, was ' L 200'");
  }

  @Test
  void kinds_haveDanishLabels() {
    assertThat(LegalActKind.EXECUTIVE_ORDER.danishLabel()).isEqualTo("bekendtgørelse");
    assertThat(LegalActKind.CONSOLIDATED_LAW.code()).isEqualTo("consolidated-law");
    assertThat(LegalActKind.CONSOLIDATED_LAW.abbreviation()).isEqualTo("LBK");
  }
}
