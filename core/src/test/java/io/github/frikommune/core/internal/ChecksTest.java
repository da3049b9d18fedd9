package io.github.frikommune.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void eachCheck_returnsItsArgument_whenTheRuleHolds() {
    List<String> list = List.of("a");
    LocalDate later = LocalDate.of(2017, 2, 1);
    assertThat(Checks.notBlank(" a ", "f")).isEqualTo(" a ");
    assertThat(Checks.trimmed("a b", "f")).isEqualTo("a b");
    assertThat(Checks.atLeast(1, 1, "f")).isEqualTo(1);
    assertThat(Checks.matches("ab", Pattern.compile("[a-z]+"), "letters", "f")).isEqualTo("ab");
    assertThat(Checks.notEmpty(list, "f")).isSameAs(list);
    assertThat(Checks.onOrAfter(later, "later", later, "earlier")).isSameAs(later);
  }

  @Test
  void atLeast_belowTheMinimum_namesFieldRuleAndValue() {
    assertThatThrownBy(() -> Checks.atLeast(0, 1, "round number"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("round number must be ≥ 1, was 0");
  }

  @Test
  void onOrAfter_theDayBefore_namesBothDates() {
    assertThatThrownBy(
            () ->
                Checks.onOrAfter(
                    LocalDate.of(2017, 1, 31), "decidedOn", LocalDate.of(2017, 2, 1), "submittedOn"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decidedOn must be on or after submittedOn (2017-02-01), was 2017-01-31");
  }

  @Test
  void require_formatsTheMessageOnlyWhenItFails() {
    Checks.require(true, "%s", new Object() {
      @Override
      public String toString() {
        throw new AssertionError("formatted although the condition held");
      }
    });
    assertThatThrownBy(() -> Checks.require(false, "x must be %d, was %s", 1, "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x must be 1, was y");
  }
}
