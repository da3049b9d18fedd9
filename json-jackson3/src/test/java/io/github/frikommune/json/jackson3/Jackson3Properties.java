package io.github.frikommune.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.exemption.ExemptionAnswer;
import io.github.frikommune.core.lifecycle.ApplicationEvent;
import io.github.frikommune.core.lifecycle.RecordedEvent;
import io.github.frikommune.core.lifecycle.TrialEvent;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.testkit.Frikommune;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over generated values, not only the seed case: the Jackson 3 module reads back what it wrote,
 * writes exactly the Jackson 2 module's bytes, and each reads what the other wrote. The values
 * come from the testkit, through {@code @ForAll}.
 */
class Jackson3Properties {
  /** Jackson 2 with the frikommune-json module, found by the ServiceLoader, as in {@link Jackson3Test}. */
  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON2 =
      new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();

  /** Jackson 3 with this module, found the same way, writing compactly like {@link #JACKSON2}. */
  private static final JsonMapper JACKSON3 = JsonMapper.builder().findAndAddModules().build();

  @Property(tries = 50)
  void portfolio_roundTripsAndHasTheBytesOfJackson2(@ForAll Portfolio portfolio) throws Exception {
    String byJackson3 = JACKSON3.writeValueAsString(portfolio);

    assertThat(FrikommuneJson.read(FrikommuneJson.write(portfolio), Portfolio.class)).isEqualTo(portfolio);
    assertThat(JACKSON2.writeValueAsString(portfolio)).isEqualTo(byJackson3);
    assertThat(JACKSON2.readValue(byJackson3, Portfolio.class)).isEqualTo(portfolio);
    assertThat(FrikommuneJson.read(JACKSON2.writeValueAsString(portfolio), Portfolio.class)).isEqualTo(portfolio);
  }

  @Property(tries = 50)
  void decisionsAndTrials_haveTheBytesOfJackson2(@ForAll Decision decision, @ForAll Trial trial) throws Exception {
    assertThat(JACKSON3.writeValueAsString(decision)).isEqualTo(JACKSON2.writeValueAsString(decision));
    assertThat(JACKSON3.writeValueAsString(trial)).isEqualTo(JACKSON2.writeValueAsString(trial));
    assertThat(FrikommuneJson.read(JACKSON2.writeValueAsString(trial), Trial.class)).isEqualTo(trial);
  }

  @Property(tries = 50)
  void recordedEventsAndAnswers_haveTheBytesOfJackson2_andReadBackTyped(
      @ForAll("recordedTrialEvents") List<RecordedEvent<TrialEvent>> events, @ForAll("answers") ExemptionAnswer answer)
      throws Exception {
    String byJackson2 = JACKSON2.writeValueAsString(events);

    assertThat(JACKSON3.writeValueAsString(events)).isEqualTo(byJackson2);
    assertThat(FrikommuneJson.read(byJackson2, new TypeReference<List<RecordedEvent<TrialEvent>>>() {}))
        .isEqualTo(events);
    assertThat(JACKSON3.writeValueAsString(answer)).isEqualTo(JACKSON2.writeValueAsString(answer));
    assertThat(FrikommuneJson.read(JACKSON2.writeValueAsString(answer), ExemptionAnswer.class)).isEqualTo(answer);
  }

  @Property(tries = 20)
  void eventOfAnotherLifecycle_isRejectedWhereATrialEventIsExpected(
      @ForAll("recordedApplicationEvents") RecordedEvent<ApplicationEvent> event) throws Exception {
    String json = JACKSON2.writeValueAsString(event);

    assertThatThrownBy(() -> FrikommuneJson.read(json, new TypeReference<RecordedEvent<TrialEvent>>() {}))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageStartingWith("at /event/type: TrialEvent type must be one of [trial.legal-basis-adopted,");
  }

  @Provide
  Arbitrary<List<RecordedEvent<TrialEvent>>> recordedTrialEvents() {
    return Frikommune.recordedEvents(Frikommune.trialEvents()).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<ExemptionAnswer> answers() {
    return Frikommune.exemptionAnswers();
  }

  @Provide
  Arbitrary<RecordedEvent<ApplicationEvent>> recordedApplicationEvents() {
    return Frikommune.recordedEvents(Frikommune.applicationEvents());
  }
}
