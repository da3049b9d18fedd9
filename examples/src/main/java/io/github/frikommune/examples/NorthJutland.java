package io.github.frikommune.examples;

import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.municipality.Region;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * The main job: the North Jutland network of Frikommuneforsøg II and its first application
 * round, built with the public API and printed.
 */
public final class NorthJutland {
  private NorthJutland() {}

  /**
   * Prints the network and round 1.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    ProgrammeId fk2 = ProgrammeId.of("FK2");
    Programme programme =
        Programme.builder()
            .id(fk2)
            .name("Frikommuneforsøg II")
            .period(Period.of(LocalDate.of(2016, 1, 1), LocalDate.of(2021, 12, 31)))
            .participationModel(ParticipationModel.NETWORKS)
            .build();
    Network network =
        Network.builder()
            .id(NetworkId.of("nordjylland"))
            .programme(fk2)
            .name("Det nordjyske frikommunenetværk")
            .theme(
                "En mere fleksibel og effektiv beskæftigelsesindsats, herunder også nytænkning af"
                    + " integrationsområdet")
            .members(Municipalities.inRegion(Region.NORDJYLLAND))
            .build();
    ApplicationRound round1 = ApplicationRound.of(fk2, 1, LocalDate.of(2016, 12, 1));

    out.println(programme.name() + " (" + programme.period() + ")");
    out.println(network.name() + ": " + network.theme().orElse(""));
    for (Municipality m : network.members()) {
      out.println("  " + m.code() + " " + m.name());
    }
    out.println("Ansøgningsrunde " + round1.number() + ", frist " + round1.deadline());
  }
}
