package io.github.frikommune.core.targetgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGroupTest {

  @Test
  void narrowerGroup_isWithinBroader_notTheOtherWay() {
    assertThat(TargetGroup.JOB_READY_CASH_BENEFIT.isWithin(TargetGroup.JOB_READY)).isTrue();
    assertThat(TargetGroup.JOB_READY.isWithin(TargetGroup.JOB_READY_CASH_BENEFIT)).isFalse();
    assertThat(TargetGroup.GRADUATES.isWithin(TargetGroup.GRADUATES)).isTrue();
    assertThat(TargetGroup.GRADUATES.isWithin(TargetGroup.INTEGRATION_CITIZENS)).isFalse();
  }

  @Test
  void known_listsTheSeedGroupsByCode() {
    assertThat(TargetGroup.known()).containsKeys("jobparate", "uddannelsesparate", "dimittender", "integrationsborgere");
    assertThat(TargetGroup.known().get("jobparate-kontanthjaelpsmodtagere").label()).isEqualTo("jobparate kontanthjælpsmodtagere");
  }

  @Test
  void openValues_withCodeAndLabel() {
    TargetGroup g = TargetGroup.of("ledige", "ledige");
    assertThat(g).hasToString("ledige").isEqualTo(TargetGroup.of("ledige", "ledige"));
    assertThat(g.broader()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ledige", "ledige borgere", "-ledige", "ledige-", "ledige_2", ""})
  void code_malformed_isRejected(String code) {
    assertThatThrownBy(() -> TargetGroup.of(code, "ledige"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target group code must be lower-case ASCII words joined by hyphens, was '" + code + "'");
  }

  @Test
  void label_blank_isRejected() {
    assertThatThrownBy(() -> TargetGroup.of("x", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target group label must not be blank, was ' '");
  }

  @Test
  void narrowerGroup_ofYourOwn_liesWithinItsBroaderGroup() {
    TargetGroup youngJobReady = TargetGroup.of("jobparate-unge", "jobparate unge", TargetGroup.JOB_READY);

    assertThat(youngJobReady.code()).isEqualTo("jobparate-unge");
    assertThat(youngJobReady.broader()).contains(TargetGroup.JOB_READY);
    assertThat(youngJobReady.isWithin(TargetGroup.JOB_READY)).isTrue();
    assertThat(TargetGroup.of("unge-under-30", "unge under 30", youngJobReady).isWithin(TargetGroup.JOB_READY)).isTrue();
  }
}
