package io.github.frikommune.core.validation;

import static io.github.frikommune.core.validation.SeedVariants.found;
import static io.github.frikommune.core.validation.SeedVariants.withApplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.targetgroup.TargetGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 5: at least one exemption, each citing a provision and a target group. */
class ExemptionsAreCitedTest {

  @Test
  void exemptionWithProvisionAndGroup_isValid() {
    assertThat(found(withApplication(1, a -> a.withExemptions(RequestedExemption.of(
            List.of(Provision.section("aktivloven", "30")), List.of(TargetGroup.VULNERABLE_CITIZENS))))))
        .isEmpty();
  }

  @Test
  void noExemption_isViolation() {
    assertThat(found(withApplication(1, a -> a.withExemptions())))
        .containsExactly("exemption-missing at applications[1].exemptions");
  }

  @Test
  void exemptionWithoutProvision_isViolation() {
    assertThat(found(withApplication(1, a -> a.withExemptions(
            RequestedExemption.of(List.of(), List.of(TargetGroup.VULNERABLE_CITIZENS))))))
        .containsExactly("exemption-without-provision at applications[1].exemptions[0].provisions");
  }

  @Test
  void exemptionWithoutTargetGroup_isViolation() {
    assertThat(found(withApplication(1, a -> a.withExemptions(
            RequestedExemption.of(List.of(Provision.wholeLaw("aktivloven")), List.of())))))
        .containsExactly("exemption-without-target-group at applications[1].exemptions[0].targetGroups");
  }
}
