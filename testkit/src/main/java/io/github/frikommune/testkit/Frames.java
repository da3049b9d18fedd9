package io.github.frikommune.testkit;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.ApplicationRound;
import io.github.frikommune.core.programme.Network;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ParticipationModel;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.programme.ProgrammeId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of programmes, their rounds and their networks: the frame a portfolio is
 * generated in.
 */
final class Frames {
  private static final String PROGRAMME_LAW = "lov om frikommunenetværk";
  /** Room after the last deadline for decisions, legal bases and trials to fit in. */
  private static final int YEARS_AFTER_LAST_DEADLINE = 3;

  private Frames() {}

  /**
   * Programmes of 4 to 8 years with up to two extensions, or, where deadlines are given, a
   * programme that starts before the first and leaves at least three years after the last.
   */
  static Arbitrary<Programme> programmes(
      Optional<ProgrammeId> id, Optional<ParticipationModel> model, Optional<Period> deadlines) {
    Arbitrary<Period> periods =
        deadlines
            .map(
                d ->
                    Combinators.combine(Values.days(30, 400), Values.days(0, 365 * 3))
                        .as(
                            (before, after) ->
                                Period.of(
                                    d.startInclusive().minusDays(before),
                                    d.endInclusive().plusYears(YEARS_AFTER_LAST_DEADLINE).plusDays(after))))
            .orElseGet(
                () ->
                    Combinators.combine(Values.days(365 * 10), Values.days(365 * 4, 365 * 8))
                        .as((start, length) -> Period.of(Values.EPOCH.plusDays(start), Values.EPOCH.plusDays(start + length))));
    return Combinators.combine(
            id.map(Arbitraries::just).orElseGet(Values::programmeIds),
            model.map(Arbitraries::just).orElseGet(() -> Arbitraries.of(ParticipationModel.class)),
            periods,
            extensionSteps().list().ofMaxSize(2))
        .as(
            (programmeId, participationModel, period, steps) ->
                Programme.builder()
                    .id(programmeId)
                    .name("Frikommuneforsøg " + programmeId)
                    .period(period)
                    .participationModel(participationModel)
                    .extensions(extensions(period.endInclusive(), steps))
                    .build());
  }

  /** One extension: how many days it adds, the law's number and how long before the old end it passed. */
  private record ExtensionStep(int addedDays, int lawNumber, int daysBeforeEnd) {}

  private static Arbitrary<ExtensionStep> extensionSteps() {
    return Combinators.combine(
            Values.days(180, 730), Arbitraries.integers().between(1, 2000), Values.days(30, 365))
        .as(ExtensionStep::new);
  }

  /** Extensions that follow one another from {@code end}. */
  static ImmutableList<Extension> extensions(LocalDate end, List<ExtensionStep> steps) {
    ImmutableList.Builder<Extension> extensions = ImmutableList.builder();
    LocalDate previous = end;
    for (ExtensionStep step : steps) {
      LocalDate next = previous.plusDays(step.addedDays());
      extensions.add(
          Extension.builder()
              .previousEnd(previous)
              .newEnd(next)
              .by(LegalAct.of(LegalActKind.LAW, step.lawNumber(), previous.minusDays(step.daysBeforeEnd()), PROGRAMME_LAW))
              .provision(Provision.section(PROGRAMME_LAW, "1"))
              .build());
      previous = next;
    }
    return extensions.build();
  }

  static Arbitrary<ImmutableList<Extension>> extensionsAfter(LocalDate end) {
    return extensionSteps().list().ofMinSize(1).ofMaxSize(2).map(steps -> extensions(end, steps));
  }

  /**
   * Rounds 1..n of a programme with strictly increasing deadlines in the first half of its
   * period, at least 30 days after its start where the period allows.
   */
  static Arbitrary<ImmutableList<ApplicationRound>> rounds(Programme programme, int maxRounds) {
    Period period = programme.period();
    int half = (int) (ChronoUnit.DAYS.between(period.startInclusive(), period.endInclusive()) / 2);
    int earliest = Math.min(30, half);
    int count = Math.min(maxRounds, half - earliest + 1);
    return Arbitraries.integers()
        .between(earliest, half)
        .set()
        .ofMinSize(1)
        .ofMaxSize(count)
        .map(
            offsets -> {
              List<Integer> sorted = new ArrayList<>(offsets);
              sorted.sort(null);
              ImmutableList.Builder<ApplicationRound> rounds = ImmutableList.builder();
              for (int i = 0; i < sorted.size(); i++) {
                rounds.add(ApplicationRound.of(programme.id(), i + 1, period.startInclusive().plusDays(sorted.get(i))));
              }
              return rounds.build();
            });
  }

  /** One to {@code maxNetworks} networks of the programme, whose members may overlap. */
  static Arbitrary<ImmutableList<Network>> networks(
      ProgrammeId programme, List<Municipality> municipalities, int maxNetworks) {
    return Combinators.combine(
            Arbitraries.subsetOf(municipalities).ofMinSize(1).ofMaxSize(Math.min(12, municipalities.size())),
            Arbitraries.of("Beskæftigelse og integration", "Sammenhængende borgerforløb", "Færre regler for dagtilbud").optional(0.7))
        .as(NetworkDraft::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(maxNetworks)
        .map(
            drafts -> {
              ImmutableList.Builder<Network> networks = ImmutableList.builder();
              for (int i = 0; i < drafts.size(); i++) {
                networks.add(
                    Network.builder()
                        .id(NetworkId.of("net-" + (i + 1)))
                        .programme(programme)
                        .name("Frikommunenetværk " + (i + 1))
                        .theme(drafts.get(i).theme())
                        .members(drafts.get(i).members())
                        .build());
              }
              return networks.build();
            });
  }

  private record NetworkDraft(java.util.Set<Municipality> members, Optional<String> theme) {}
}
