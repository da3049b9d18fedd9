package io.github.frikommune.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.decision.ConditionKind;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Outcome;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.TrialOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodedTest {

  @ParameterizedTest
  @ValueSource(
      classes = {
        ConditionKind.class,
        ConditionStatus.class,
        Outcome.class,
        LegalActKind.class,
        Region.class,
        ParticipationModel.class,
        ParticipationStatus.class,
        TrialOutcome.class
      })
  <E extends Enum<E> & Coded> void everyConstant_hasAStableUniqueCode_andAUniqueDanishLabel(Class<?> type) {
    @SuppressWarnings("unchecked")
    Class<E> coded = (Class<E>) type;
    List<E> constants = Arrays.asList(coded.getEnumConstants());
    assertThat(constants)
        .allSatisfy(c -> assertThat(c.code()).matches("[a-z0-9]+(-[a-z0-9]+)*"))
        .allSatisfy(c -> assertThat(Coded.fromCode(coded, c.code())).isSameAs(c))
        .allSatisfy(c -> assertThat(c.danishLabel()).isNotBlank().isEqualTo(c.danishLabel().strip()));
    assertThat(constants.stream().map(Coded::code).collect(Collectors.toSet())).hasSameSizeAs(constants);
    assertThat(constants.stream().map(Coded::danishLabel).collect(Collectors.toSet())).hasSameSizeAs(constants);
  }
}
