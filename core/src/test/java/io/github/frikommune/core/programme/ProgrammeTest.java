package io.github.frikommune.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.seed.SeedCase;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProgrammeTest {
  /** Fictitious test data: no law has number 9999; the seeds give no number for the 2021 amendment. */
  private static final LegalAct LAW = LegalAct.of(LegalActKind.LAW, 9999, LocalDate.of(2021, 6, 1), "ændringslov");

  private static ImmutableProgramme.Builder fk2() {
    return Programme.builder()
        .id(ProgrammeId.of("FK2"))
        .name("Frikommuneforsøg II")
        .period(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2021, 12, 31)))
        .participationModel(ParticipationModel.NETWORKS);
  }

  @Test
  void endAsExtended_isTheLastExtensionsEnd_andTheOriginalStaysOnRecord() {
    Programme p =
        fk2()
            .addExtension(Extension.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31), LAW))
            .addExtension(Extension.of(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31), LAW))
            .build();
    assertThat(p.endAsExtended()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(p.period().endInclusive()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(p.periodAsExtended()).isEqualTo(Period.parse("2016-01-01..2023-12-31"));
    assertThat(fk2().build().endAsExtended()).isEqualTo(LocalDate.of(2021, 12, 31));
  }

  @Test
  void extensionNotStartingAtThePreviousEnd_isRejected() {
    assertThatThrownBy(
            () -> fk2().addExtension(Extension.of(LocalDate.of(2020, 12, 31), LocalDate.of(2022, 12, 31), LAW)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("programme extensions[0].previousEnd must be the end before it (2021-12-31), was 2020-12-31");
  }

  @Test
  void blankName_isRejected() {
    assertThatThrownBy(() -> fk2().name("").build()).hasMessage("programme name must not be blank, was ''");
  }

  @Test
  void missingField_namesIt() {
    assertThatThrownBy(() -> Programme.builder().name("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id")
        .hasMessageContaining("period");
  }

  @Test
  void network_hasMembers_andAMunicipalityMayBeInSeveralNetworks() {
    Network nordjylland = SeedCase.network();
    Network other =
        Network.builder()
            .id(NetworkId.of("vaekst"))
            .programme(ProgrammeId.of("FK2"))
            .name("Et andet netværk")
            .addMember(Municipality.of(851))
            .addMember(Municipality.of(751))
            .build();
    assertThat(nordjylland.hasMember(Municipality.of(851))).isTrue();
    assertThat(other.hasMember(Municipality.of(851))).isTrue();
    assertThat(nordjylland.hasMember(Municipality.of(751))).isFalse();
    assertThat(other.members()).first().isEqualTo(Municipality.of(751));
  }

  @Test
  void network_withoutMembers_isRejected() {
    assertThatThrownBy(
            () -> Network.builder().id(NetworkId.of("x")).programme(ProgrammeId.of("FK2")).name("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("network members must not be empty, was []");
  }

  @Test
  void round_deadlineIsADanishDay() {
    ApplicationRound round = ApplicationRound.of(ProgrammeId.of("FK2"), 1, LocalDate.of(2016, 12, 1));
    assertThat(round.closesAt()).isEqualTo(Instant.parse("2016-12-01T23:00:00Z"));
    assertThat(round.accepts(LocalDate.of(2016, 12, 1))).isTrue();
    assertThat(round.accepts(LocalDate.of(2016, 12, 2))).isFalse();
    assertThat(round.number()).isEqualTo(1);
    assertThat(round.programme()).isEqualTo(ProgrammeId.of("FK2"));
  }

  @Test
  void round_numberedZero_isRejected() {
    assertThatThrownBy(() -> ApplicationRound.of(ProgrammeId.of("FK2"), 0, LocalDate.of(2016, 12, 1)))
        .hasMessage("round number must be ≥ 1, was 0");
  }

  @Test
  void participationModels_haveCodes() {
    assertThat(ParticipationModel.SINGLE_MUNICIPALITIES.code()).isEqualTo("single-municipalities");
    assertThat(ParticipationModel.NETWORKS.danishLabel()).isEqualTo("netværk");
  }
}
