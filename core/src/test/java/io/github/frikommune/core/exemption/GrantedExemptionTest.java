package io.github.frikommune.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A part of a scope covers its provisions with their subdivisions, and its groups with theirs. */
class GrantedExemptionTest {
  private static final GrantedExemption LOANS =
      GrantedExemption.of(List.of(Provision.parse("aktivloven § 65")), List.of(TargetGroup.JOB_READY));

  @Test
  void coversItsProvisionsAndTheirSubdivisions_notTheirSiblings() {
    assertThat(LOANS.coversProvision(Provision.parse("aktivloven § 65"))).isTrue();
    assertThat(LOANS.coversProvision(Provision.parse("aktivloven § 65, stk. 2"))).isTrue();
    assertThat(LOANS.coversProvision(Provision.parse("aktivloven § 66"))).isFalse();
    assertThat(LOANS.coversProvision(Provision.parse("aktivloven"))).isFalse();
  }

  @Test
  void coversItsGroupsAndTheNarrowerOnes_notTheBroaderOrOthers() {
    assertThat(LOANS.coversGroup(TargetGroup.JOB_READY)).isTrue();
    assertThat(LOANS.coversGroup(TargetGroup.JOB_READY_CASH_BENEFIT)).isTrue();
    assertThat(LOANS.coversGroup(TargetGroup.GRADUATES)).isFalse();
  }
}
