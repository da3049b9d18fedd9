package io.github.frikommune.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuePathTest {

  @Test
  void builtFromFieldsAndIndexes() {
    ValuePath path = ValuePath.root().element("applications", 3).element("coApplicants", 1);

    assertThat(path).hasToString("applications[3].coApplicants[1]");
    assertThat(ValuePath.of("decisions").index(0).field("conditions").index(2).field("groups"))
        .hasToString("decisions[0].conditions[2].groups");
  }

  @Test
  void resolve_placesARelativePathBelowThisOne() {
    assertThat(ValuePath.root().element("applications", 3).resolve(ValuePath.parse("coApplicants[1]")))
        .hasToString("applications[3].coApplicants[1]");
    assertThat(ValuePath.root().resolve(ValuePath.of("network"))).isEqualTo(ValuePath.of("network"));
    assertThat(ValuePath.of("network").resolve(ValuePath.root())).isEqualTo(ValuePath.of("network"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "network", "applications[3].coApplicants[1]", "decisions[0].conditions[2].groups[0]", "a[0][1]"})
  void parse_isTheInverseOfToString(String text) {
    assertThat(ValuePath.parse(text)).hasToString(text);
    assertThat(ValuePath.parse(text)).isEqualTo(ValuePath.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "a.", "[0]", "A", "a[-1]", "a[01]", "a..b", "a b"})
  void parse_rejectsMalformedText_namingIt(String text) {
    assertThatThrownBy(() -> ValuePath.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was '" + text + "'");
  }

  @Test
  void index_needsAFieldBeforeIt() {
    assertThatThrownBy(() -> ValuePath.root().index(0))
        .hasMessage("value path index needs a field before it, was [0] at the root");
    assertThatThrownBy(() -> ValuePath.of("a").index(-1)).hasMessage("value path index must be ≥ 0, was -1");
  }

  @Test
  void root_isTheEmptyPath_andOnlyIt() {
    assertThat(ValuePath.root().isRoot()).isTrue();
    assertThat(ValuePath.parse("").isRoot()).isTrue();
    assertThat(ValuePath.of("network").isRoot()).isFalse();
  }

  @Test
  void paths_areEqualExactlyWhenTheirTextIs() {
    assertThat(ValuePath.of("decisions").index(0)).isEqualTo(ValuePath.parse("decisions[0]"))
        .hasSameHashCodeAs(ValuePath.parse("decisions[0]"));
    assertThat(ValuePath.of("decisions").index(0)).isNotEqualTo(ValuePath.parse("decisions[1]")).isNotEqualTo("decisions[0]");
  }
}
