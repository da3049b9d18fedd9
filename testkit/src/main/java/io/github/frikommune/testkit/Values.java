package io.github.frikommune.testkit;

import io.github.frikommune.core.application.ApplicationId;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.programme.NetworkId;
import io.github.frikommune.core.programme.ProgrammeId;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of the small values that need no context: texts, dates, identifiers, citations.
 *
 * <p>Texts come from the seed case where it names them (titles, bodies, evaluators, reasons)
 * and are otherwise plainly made up for tests. Every arbitrary shrinks towards its first
 * choice, so a shrunk sample reads like the seed case.
 */
final class Values {
  /** The earliest day that free-standing dates start from. */
  static final LocalDate EPOCH = LocalDate.of(2010, 1, 1);

  /** The ministry that decided the seed case's applications. */
  static final String MINISTRY = "Økonomi- og Indenrigsministeriet";

  /** Laws that applications ask exemptions from, as the seeds and their public facts cite them. */
  static final List<String> EXEMPTED_LAWS =
      List.of(
          "aktivloven",
          "LAB",
          "integrationsloven",
          "sygedagpengeloven",
          "arbejdsløshedsforsikringsloven");

  static final List<String> TITLES =
      List.of(
          "Mikrolån",
          "Formkrav ved lovpligtige samtaler",
          "Fleksibilitet i forhold til forholdstalskravene",
          "Fleksible rammer for uddannelse",
          "Iværksætteri for udvalgte målgrupper, herunder bl.a. dimittender",
          "Individuelt og fleksibelt integrationsprogram",
          "Arbejdsmarkedserfaring for udsatte borgere ved gunstigere fradrag for lønindtægt",
          "Fleksibilitet omkring rehabiliteringsteams",
          "Fritagelse for uddannelsespålæg til aktivitetsparate unge",
          "Psykologer i behandling",
          "Lempede krav til lægeattester ved sygedagpenge",
          "8 ugers virksomhedspraktik for udvalgte grupper af forsikrede ledige");

  private Values() {}

  /** Whole days from 0 to {@code max}, shrinking towards 0. */
  static Arbitrary<Integer> days(int max) {
    return Arbitraries.integers().between(0, Math.max(0, max));
  }

  /** Whole days from {@code min} to {@code max}, shrinking towards {@code min}. */
  static Arbitrary<Integer> days(int min, int max) {
    return Arbitraries.integers().between(min, Math.max(min, max));
  }

  /** Dates from 2010 to 2039. */
  static Arbitrary<LocalDate> dates() {
    return days(365 * 30).map(EPOCH::plusDays);
  }

  static Arbitrary<Period> periods() {
    return Combinators.combine(dates(), days(365 * 8)).as((start, length) -> Period.of(start, start.plusDays(length)));
  }

  static Arbitrary<Municipality> municipalities() {
    return Arbitraries.of(Municipalities.all());
  }

  static Arbitrary<TargetGroup> targetGroups() {
    return Arbitraries.of(TargetGroup.known().values());
  }

  /** Identifier text: a few upper-case letters, a hyphen and a number, e.g. {@code NJ-7}. */
  static Arbitrary<String> identifierTexts() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(4),
            Arbitraries.integers().between(1, 999))
        .as((letters, number) -> letters + "-" + number);
  }

  static Arbitrary<ProgrammeId> programmeIds() {
    return identifierTexts().map(ProgrammeId::of);
  }

  static Arbitrary<NetworkId> networkIds() {
    return identifierTexts().map(NetworkId::of);
  }

  static Arbitrary<ApplicationId> applicationIds() {
    return identifierTexts().map(ApplicationId::of);
  }

  static Arbitrary<TrialId> trialIds() {
    return identifierTexts().map(TrialId::of);
  }

  /** A section number such as {@code 65} or, now and then, {@code 65 a}. */
  private static Arbitrary<String> sectionNumbers() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 200),
            Arbitraries.chars().range('a', 'e').optional(0.1))
        .as((n, letter) -> letter.map(l -> n + " " + l).orElse(n.toString()));
  }

  /** Citations of the given laws: mostly sections, with subsections, items and letters. */
  static Arbitrary<Provision> provisions(Arbitrary<String> laws) {
    Arbitrary<Provision> sections =
        Combinators.combine(
                laws,
                sectionNumbers(),
                Arbitraries.integers().between(1, 6).optional(0.4),
                Arbitraries.integers().between(1, 9).optional(0.2),
                Arbitraries.chars().range('a', 'f').optional(0.1))
            .as(
                (law, section, subsection, item, letter) -> {
                  Provision p = Provision.section(law, section);
                  if (subsection.isPresent()) {
                    p = p.withSubsection(subsection.get());
                  }
                  if (item.isPresent()) {
                    p = p.withItem(item.get());
                  }
                  return letter.isPresent() ? p.withLetter(letter.get().toString()) : p;
                });
    return Arbitraries.frequencyOf(
        Tuple.of(8, sections),
        Tuple.of(1, laws.map(Provision::wholeLaw)),
        Tuple.of(1, Combinators.combine(laws, sectionNumbers()).as(Provision::chapter)));
  }

  static Arbitrary<Provision> provisions() {
    return provisions(Arbitraries.of(EXEMPTED_LAWS));
  }

  private static String shortTitleOf(LegalActKind kind) {
    switch (kind) {
      case LAW:
        return "lov om frikommunenetværk";
      case EXECUTIVE_ORDER:
        return "bekendtgørelse om frikommuneforsøg II på beskæftigelses- og sygedagpengeområdet";
      default:
        return "lov om aktiv socialpolitik";
    }
  }

  /** Legal acts of a given kind, dated on {@code earliest} or up to {@code spread} days later. */
  static Arbitrary<LegalAct> legalActs(Arbitrary<LegalActKind> kinds, LocalDate earliest, int spread) {
    return Combinators.combine(kinds, Arbitraries.integers().between(1, 2000), days(spread))
        .as((kind, number, day) -> LegalAct.of(kind, number, earliest.plusDays(day), shortTitleOf(kind)));
  }

  static Arbitrary<LegalAct> legalActs() {
    return legalActs(Arbitraries.of(LegalActKind.class), EPOCH, 365 * 30);
  }

  /** An optional short text for a condition, as a decision words it. */
  static Arbitrary<Optional<String>> conditionTexts() {
    return Arbitraries.of(
            "Det er en betingelse for forsøget, at det følges tæt.",
            "Forsøget gennemføres som beskrevet i ansøgningen med de ændringer, der fremgår af afgørelsen.")
        .optional(0.5);
  }

  /**
   * Gives a condition a status: pending, or met, not met or waived on a day on or after
   * {@code decidedOn}.
   */
  static Arbitrary<Condition> withStatus(Arbitrary<? extends Condition> conditions, LocalDate decidedOn) {
    return Combinators.combine(conditions, Arbitraries.of(ConditionStatus.class), days(365))
        .as(
            (condition, status, day) ->
                status == ConditionStatus.PENDING
                    ? condition
                    : condition.withStatus(status, decidedOn.plusDays(day)));
  }

  static Arbitrary<String> reasons() {
    return Arbitraries.of(
        "Regeringen vil afvente evaluering af et lignende forsøg, der blev afsluttet i 2016.",
        "Regeringen ønsker ikke en delvis tilbagevenden til det tidligere integrationsprogram.",
        "Ansøgningen ligger uden for netværkets tema.");
  }

  static Arbitrary<String> expectedEffects() {
    return Arbitraries.of(
        "Flere borgere kommer i job eller uddannelse.",
        "Mindre tid til dokumentation, mere tid til borgeren.",
        "Kortere forløb for borgeren.");
  }

  static Arbitrary<String> approvingBodies() {
    return Arbitraries.of("Beskæftigelsesudvalget", "Byrådet", "Kommunalbestyrelsen", "Økonomiudvalget");
  }

  static Arbitrary<String> consultedBodies() {
    return Arbitraries.of("LBR", "Handicaprådet", "Integrationsrådet");
  }

  static Arbitrary<String> evaluators() {
    return Arbitraries.of("KORA", "VIVE", "Rambøll");
  }

  static Arbitrary<String> dutyDescriptions() {
    return Arbitraries.of(
        "Forsøget skal indgå i den samlede evaluering af frikommuneforsøgene.",
        "Kommunerne skal afrapportere forsøgets resultater til ministeriet.");
  }

  static Arbitrary<String> measurements() {
    return Arbitraries.of("Baseline ved forsøgets start", "Midtvejsmåling", "Slutmåling");
  }
}
