package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.calendar.Period;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.TargetGroupsExcluded;
import io.github.frikommune.core.decision.TargetGroupsKept;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipalities;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.programme.Programme;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import io.github.frikommune.core.trial.TrialId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The exemption index (<i>fritagelsesregister</i>): answers "may municipality M, on date D,
 * deviate from provision P for a citizen in target group G?" for every trial of a portfolio.
 *
 * <p>Built once from a portfolio: each trial that comes from a granted or partially granted
 * decision contributes its {@linkplain ExemptionScope exemption scope}, its legal bases, its
 * period as extended and its participations. A yes names the grants behind it (trial,
 * decision, legal basis citation, conditions in force); a no names every reason that applies.
 * An exemption from a provision covers its subdivisions: a trial that exempts from § 16
 * answers for § 16, stk. 2.
 *
 * <p>A case system asks the question at case time, many times a second. The index is keyed by
 * law, then by section or chapter, so a question looks only at the trials that exempt from
 * that law's provision; each trial keeps its participations in an array indexed by
 * municipality and its in-force window as day numbers. A yes is answered with an answer
 * built in advance, so the common case allocates nothing; a no gathers its reasons, each made
 * once per trial and kept. Immutable and thread-safe: build it once and share it.
 *
 * <pre>{@code
 * ExemptionIndex index = ExemptionIndex.of(portfolio);
 * ExemptionAnswer answer = index.answer(
 *     Municipality.of(851), LocalDate.of(2017, 8, 1),
 *     Provision.parse("aktivloven § 65"), TargetGroup.JOB_READY_CASH_BENEFIT);
 * answer.isYes();  // true: trial NJ-1-01, lov om frikommunenetværk § 9
 * }</pre>
 */
public final class ExemptionIndex {
  /** Municipality codes are three digits. */
  private static final int CODES = 1000;
  private static final ProvisionEntry[] NONE = new ProvisionEntry[0];
  /** The number of municipalities: every {@link Municipality} is one of them. */
  private static final int MUNICIPALITIES = Municipalities.all().size();
  /** Each municipality's position in {@link Municipalities#all()}, by its code. */
  private static final int[] DENSE_INDEX = denseIndex();
  /** The known target groups, whose reasons each trial keeps once made. */
  private static final ImmutableList<TargetGroup> KNOWN_GROUPS = TargetGroup.known().values().asList();

  private final ImmutableMap<String, LawEntries> byLaw;
  private final ImmutableMap<TrialId, ExemptionScope> scopes;

  private ExemptionIndex(ImmutableMap<String, LawEntries> byLaw, ImmutableMap<TrialId, ExemptionScope> scopes) {
    this.byLaw = byLaw;
    this.scopes = scopes;
  }

  /**
   * A group's position among the known groups, or -1 if it is not one of them (or beyond the 64
   * a coverage mask holds). Most groups asked are the constants, so identity is tried first.
   */
  private static int knownIndexOf(TargetGroup group) {
    int known = -1;
    for (int i = 0; i < KNOWN_GROUPS.size() && known < 0; i++) {
      if (KNOWN_GROUPS.get(i) == group) {
        known = i;
      }
    }
    if (known < 0) {
      known = KNOWN_GROUPS.indexOf(group);
    }
    return known < Long.SIZE ? known : -1;
  }

  private static int[] denseIndex() {
    int[] index = new int[CODES];
    Arrays.fill(index, -1);
    int i = 0;
    for (Municipality m : Municipalities.all()) {
      index[m.code().value()] = i++;
    }
    return index;
  }

  /**
   * Builds the index of a portfolio's trials. A trial whose application or decision is not on
   * record, or whose decision is a rejection, grants nothing and is left out; the validator
   * reports such trials.
   *
   * @param portfolio the portfolio
   * @return the index
   */
  public static ExemptionIndex of(Portfolio portfolio) {
    Map<String, LawEntries.Builder> laws = new LinkedHashMap<>();
    ImmutableMap.Builder<TrialId, ExemptionScope> scopes = ImmutableMap.builder();
    for (Trial trial : portfolio.trials()) {
      Optional<Application> application = portfolio.application(trial.application());
      Optional<Decision> decision = portfolio.decisionOn(trial.application());
      if (application.isEmpty() || decision.isEmpty()) {
        continue;
      }
      Optional<ExemptionScope> scope = ExemptionScope.of(application.get(), decision.get(), portfolio);
      if (scope.isEmpty()) {
        continue;
      }
      scopes.put(trial.id(), scope.get());
      TrialEntry entry = new TrialEntry(trial, application.get(), decision.get(), scope.get(), portfolio.programme());
      for (GrantedExemption granted : scope.get().exemptions()) {
        for (Provision p : granted.provisions()) {
          laws.computeIfAbsent(p.law(), law -> new LawEntries.Builder())
              .add(new ProvisionEntry(p, entry, granted.targetGroups(), scope.get().excludedGroups()));
        }
      }
    }
    ImmutableMap.Builder<String, LawEntries> byLaw = ImmutableMap.builder();
    laws.forEach((law, entries) -> byLaw.put(law, entries.build()));
    return new ExemptionIndex(byLaw.build(), scopes.build());
  }

  /**
   * Answers the exemption question.
   *
   * @param question the question
   * @return yes with the grants, or no with every reason
   */
  public ExemptionAnswer answer(ExemptionQuestion question) {
    return answer(question.municipality(), question.date(), question.provision(), question.targetGroup());
  }

  /**
   * Answers the exemption question: may the municipality, on the day, deviate from the
   * provision for a citizen in the target group?
   *
   * @param municipality the municipality that wants to deviate
   * @param date the day of the case, a Danish calendar day
   * @param provision the provision to deviate from; an exemption from a provision that
   *     contains it counts
   * @param group the citizen's target group; an exemption for a broader group counts
   * @return yes with the grants, or no with every reason
   */
  public ExemptionAnswer answer(Municipality municipality, LocalDate date, Provision provision, TargetGroup group) {
    LawEntries law = byLaw.get(provision.law());
    if (law == null) {
      return ExemptionAnswer.no(ImmutableList.of(NoTrialCovers.of(provision)));
    }
    ProvisionEntry[] specific = law.specificTo(provision);
    long day = date.toEpochDay();
    int dense = DENSE_INDEX[municipality.code().value()];
    int subsection = provision.subsection().orElse(0);
    int item = provision.item().orElse(0);
    String letter = provision.letter().orElse(null);
    int known = knownIndexOf(group);
    ExemptionAnswer first = null;
    TrialEntry firstTrial = null;
    Map<TrialEntry, Grant> all = null;
    boolean covered = false;
    for (int pass = 0; pass < 2; pass++) {
      ProvisionEntry[] entries = pass == 0 ? law.wholeLaw : specific;
      for (ProvisionEntry entry : entries) {
        if (!entry.contains(subsection, item, letter)) {
          continue;
        }
        covered = true;
        ExemptionAnswer yes = entry.yesOn(day, dense, group, known);
        if (yes == null || entry.trial == firstTrial) {
          continue;
        }
        if (first == null) {
          first = yes;
          firstTrial = entry.trial;
        } else {
          // A second trial also says yes: rare, so only now is a combined answer built.
          if (all == null) {
            all = new LinkedHashMap<>();
            all.put(firstTrial, first.grants().get(0));
          }
          all.putIfAbsent(entry.trial, yes.grants().get(0));
        }
      }
    }
    if (first != null) {
      return all == null ? first : ExemptionAnswer.yes(all.values());
    }
    if (!covered) {
      return ExemptionAnswer.no(ImmutableList.of(NoTrialCovers.of(provision)));
    }
    return ExemptionAnswer.no(reasons(law, specific, municipality, date, provision, group, known));
  }

  /**
   * The trials in the index: those with a granted or partially granted decision.
   *
   * @return the trials' identifiers, in the portfolio's order
   */
  public ImmutableList<TrialId> trials() {
    return scopes.keySet().asList();
  }

  /**
   * The exemption scope of an indexed trial.
   *
   * @param trial the trial's identifier
   * @return its scope, or empty if the trial is not in the index
   */
  public Optional<ExemptionScope> scopeOf(TrialId trial) {
    return Optional.ofNullable(scopes.get(trial));
  }

  private static ImmutableList<Reason> reasons(
      LawEntries law,
      ProvisionEntry[] specific,
      Municipality municipality,
      LocalDate date,
      Provision provision,
      TargetGroup group,
      int known) {
    int subsection = provision.subsection().orElse(0);
    int item = provision.item().orElse(0);
    String letter = provision.letter().orElse(null);
    // The trials whose entries contain the provision, in order of first appearance, and whether
    // any of a trial's entries covers the group. Trials are few, so a linear search beats hashing;
    // and as each reason names its trial, no two trials give the same reason.
    TrialEntry[] trials = new TrialEntry[4];
    boolean[] groupCovered = new boolean[4];
    int count = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (ProvisionEntry entry : pass == 0 ? law.wholeLaw : specific) {
        if (!entry.contains(subsection, item, letter)) {
          continue;
        }
        int at = 0;
        while (at < count && trials[at] != entry.trial) {
          at++;
        }
        if (at == count) {
          if (count == trials.length) {
            trials = Arrays.copyOf(trials, 2 * count);
            groupCovered = Arrays.copyOf(groupCovered, 2 * count);
          }
          trials[count++] = entry.trial;
        }
        groupCovered[at] = groupCovered[at] || entry.coversGroup(group, known);
      }
    }
    ImmutableList.Builder<Reason> reasons = ImmutableList.builderWithExpectedSize(2 * count);
    for (int t = 0; t < count; t++) {
      TrialEntry trial = trials[t];
      Reason time = trial.timeReason(date);
      if (time != null) {
        reasons.add(time);
      }
      Reason participation = trial.participationReason(municipality, date);
      if (participation != null) {
        reasons.add(participation);
      }
      if (!groupCovered[t]) {
        reasons.add(trial.groupReason(group));
      }
    }
    return reasons.build();
  }

  /** The provisions of one law that some trial exempts from, by the kind of citation. */
  private static final class LawEntries {
    final ProvisionEntry[] wholeLaw;
    final ImmutableMap<String, ProvisionEntry[]> bySection;
    final ImmutableMap<String, ProvisionEntry[]> byChapter;

    LawEntries(
        ProvisionEntry[] wholeLaw,
        ImmutableMap<String, ProvisionEntry[]> bySection,
        ImmutableMap<String, ProvisionEntry[]> byChapter) {
      this.wholeLaw = wholeLaw;
      this.bySection = bySection;
      this.byChapter = byChapter;
    }

    /** The entries that may contain the provision besides the whole-law ones. */
    ProvisionEntry[] specificTo(Provision provision) {
      String section = provision.section().orElse(null);
      ProvisionEntry[] found;
      if (section != null) {
        found = bySection.get(section);
      } else {
        String chapter = provision.chapter().orElse(null);
        found = chapter == null ? null : byChapter.get(chapter);
      }
      return found == null ? NONE : found;
    }

    static final class Builder {
      private final List<ProvisionEntry> wholeLaw = new ArrayList<>();
      private final Map<String, List<ProvisionEntry>> bySection = new LinkedHashMap<>();
      private final Map<String, List<ProvisionEntry>> byChapter = new LinkedHashMap<>();

      void add(ProvisionEntry entry) {
        Provision p = entry.provision;
        if (p.isWholeLaw()) {
          wholeLaw.add(entry);
        } else if (p.section().isPresent()) {
          bySection.computeIfAbsent(p.section().get(), s -> new ArrayList<>()).add(entry);
        } else {
          byChapter.computeIfAbsent(p.chapter().orElseThrow(), c -> new ArrayList<>()).add(entry);
        }
      }

      LawEntries build() {
        return new LawEntries(wholeLaw.toArray(NONE), arrays(bySection), arrays(byChapter));
      }

      private static ImmutableMap<String, ProvisionEntry[]> arrays(Map<String, List<ProvisionEntry>> lists) {
        ImmutableMap.Builder<String, ProvisionEntry[]> arrays = ImmutableMap.builder();
        lists.forEach((key, list) -> arrays.put(key, list.toArray(NONE)));
        return arrays.build();
      }
    }
  }

  /** One provision of one trial's scope, with the target groups it is granted for. */
  private static final class ProvisionEntry {
    final Provision provision;
    final TrialEntry trial;
    final TargetGroup[] groups;
    final TargetGroup[] excluded;
    /**
     * The citation below its section, as {@link Provision#contains} reads it: how many of
     * subsection, item and letter it fixes (0 for a whole law, a chapter or a bare section), and
     * their values. The law and the section (or chapter) are those of the bucket the entry is in.
     */
    final int depth;
    final int subsection;
    final int item;
    final String letter;
    /** Bit i is set if the entry covers the i-th known target group. */
    final long coveredKnownGroups;
    /** Copies of the trial's window and participations, so a question reads fewer objects. */
    final long startDay;
    final long endDay;
    final long[] usableFrom;

    ProvisionEntry(Provision provision, TrialEntry trial, List<TargetGroup> groups, Set<TargetGroup> excluded) {
      this.provision = provision;
      this.trial = trial;
      this.groups = groups.toArray(new TargetGroup[0]);
      this.excluded = excluded.toArray(new TargetGroup[0]);
      this.subsection = provision.subsection().orElse(0);
      this.item = provision.item().orElse(0);
      this.letter = provision.letter().orElse(null);
      this.depth = letter != null ? 3 : item != 0 ? 2 : subsection != 0 ? 1 : 0;
      long covered = 0;
      for (int g = 0; g < KNOWN_GROUPS.size(); g++) {
        if (coversGroup(KNOWN_GROUPS.get(g))) {
          covered |= 1L << g;
        }
      }
      this.coveredKnownGroups = covered;
      this.startDay = trial.startDay;
      this.endDay = trial.endDay;
      this.usableFrom = trial.usableFrom;
    }

    /**
     * Whether the entry contains a provision of its bucket's law and section (or chapter), given
     * by its parts below the section: {@link Provision#contains} without comparing the law again.
     */
    boolean contains(int subsection, int item, String letter) {
      return (depth < 1 || this.subsection == subsection)
          && (depth < 2 || this.item == item)
          && (depth < 3 || this.letter.equals(letter));
    }

    /** Whether the entry covers a group, given the group's position among the known ones or -1. */
    boolean coversGroup(TargetGroup group, int known) {
      return known >= 0 ? (coveredKnownGroups >>> known & 1) != 0 : coversGroup(group);
    }

    boolean coversGroup(TargetGroup group) {
      for (TargetGroup g : groups) {
        if (group.isWithin(g)) {
          for (TargetGroup x : excluded) {
            if (group.isWithin(x)) {
              return false;
            }
          }
          return true;
        }
      }
      return false;
    }

    /** The answer built in advance if every test passes, otherwise null; allocates nothing. */
    ExemptionAnswer yesOn(long day, int dense, TargetGroup group, int known) {
      if (day < startDay || day > endDay || day < usableFrom[dense] || !coversGroup(group, known)) {
        return null;
      }
      Segment segment = trial.segmentOn(day);
      return segment == null ? null : segment.yes;
    }
  }

  /** Days of a trial on which the same legal bases are in force, with the answer for them. */
  private static final class Segment {
    final long fromDay;
    final long toDay;
    /** The yes for these days, or null where no legal basis is in force. */
    final ExemptionAnswer yes;

    Segment(long fromDay, long toDay, ExemptionAnswer yes) {
      this.fromDay = fromDay;
      this.toDay = toDay;
      this.yes = yes;
    }
  }

  /** One trial: its window, participations by municipality and its answers. */
  private static final class TrialEntry {
    final TrialId id;
    final ExemptionScope scope;
    final ImmutableList<Condition> conditionsInForce;
    final ImmutableList<TargetGroup> requestedGroups;
    final boolean awaitingLegalBasis;
    final LocalDate start;
    final LocalDate end;
    final long startDay;
    final long endDay;
    /**
     * Participation statuses and first days by the municipality's position in {@link
     * Municipalities#all()}; null and unused where it does not participate.
     */
    final ParticipationStatus[] statuses;
    /** The first day a participant may use the exemption; {@code Long.MAX_VALUE} if never. */
    final long[] usableFrom;
    final Segment[] segments;
    /** The reasons that depend only on the day's place before or after the window, built once. */
    private final Reason beforeWindow;
    private final Reason afterWindow;
    /**
     * Participation reasons by municipality code, and group reasons by the position of a known
     * group, made on first need. Benign races: a reason is an immutable value, and a thread that
     * misses one makes an equal one.
     */
    private Reason[] participationReasons;
    private Reason[] groupReasons;

    TrialEntry(Trial trial, Application application, Decision decision, ExemptionScope scope, Programme programme) {
      this.id = trial.id();
      this.scope = scope;
      this.conditionsInForce =
          decision.conditions().stream()
              .filter(c -> c.status() != ConditionStatus.WAIVED)
              .collect(ImmutableList.toImmutableList());
      this.requestedGroups =
          application.exemptions().stream()
              .flatMap(e -> e.targetGroups().stream())
              .collect(ImmutableList.toImmutableList());
      this.statuses = new ParticipationStatus[MUNICIPALITIES];
      this.usableFrom = new long[MUNICIPALITIES];
      Arrays.fill(usableFrom, Long.MAX_VALUE);
      for (Participation p : trial.participants()) {
        int dense = DENSE_INDEX[p.municipality().code().value()];
        statuses[dense] = p.status();
        usableFrom[dense] =
            p.status().mayUseExemption()
                ? p.since().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE)
                : Long.MAX_VALUE;
      }
      this.awaitingLegalBasis = trial.legalBases().isEmpty();
      if (awaitingLegalBasis) {
        this.start = null;
        this.end = null;
        this.startDay = Long.MAX_VALUE;
        this.endDay = Long.MIN_VALUE;
        this.segments = new Segment[0];
        this.beforeWindow = AwaitingLegalBasis.of(id);
        this.afterWindow = beforeWindow;
        return;
      }
      LocalDate from = latest(trial.inForceFrom().orElseThrow(), scope.period().startInclusive());
      if (trial.period().isPresent()) {
        from = latest(from, trial.period().get().startInclusive());
      }
      LocalDate to =
          earliest(trial.periodAsExtended().map(Period::endInclusive).orElse(programme.endAsExtended()), scope.period().endInclusive());
      if (trial.legalBases().stream().allMatch(b -> b.expiresOn().isPresent())) {
        to = earliest(to, trial.legalBases().stream().map(b -> b.expiresOn().get()).max(LocalDate::compareTo).orElseThrow());
      }
      this.start = from;
      this.end = to;
      this.startDay = from.toEpochDay();
      this.endDay = to.toEpochDay();
      this.segments = segments(trial, decision);
      this.beforeWindow = NotYetInForce.of(id, start);
      this.afterWindow = Expired.of(id, end);
    }

    /** Whether the municipality is a confirmed participant that may use the exemption on the day. */
    boolean confirmedOn(int dense, long day) {
      return day >= usableFrom[dense];
    }

    /** Splits the window where the set of legal bases in force changes. */
    private Segment[] segments(Trial trial, Decision decision) {
      if (startDay > endDay) {
        return new Segment[0];
      }
      TreeSet<LocalDate> breaks = new TreeSet<>();
      breaks.add(start);
      for (LegalBasis b : trial.legalBases()) {
        addBreak(breaks, b.inForceFrom());
        b.expiresOn().ifPresent(e -> addBreak(breaks, e.plusDays(1)));
      }
      List<Segment> result = new ArrayList<>();
      List<LocalDate> days = new ArrayList<>(breaks);
      for (int i = 0; i < days.size(); i++) {
        LocalDate from = days.get(i);
        LocalDate to = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : end;
        ImmutableList<LegalBasis> inForce =
            trial.legalBases().stream().filter(b -> b.isInForceOn(from)).collect(ImmutableList.toImmutableList());
        ExemptionAnswer yes =
            inForce.isEmpty()
                ? null
                : ExemptionAnswer.yes(ImmutableList.of(
                    Grant.builder()
                        .trial(id)
                        .title(trial.title())
                        .decision(decision)
                        .legalBases(inForce)
                        .conditions(conditionsInForce)
                        .period(Period.of(from, to))
                        .build()));
        result.add(new Segment(from.toEpochDay(), to.toEpochDay(), yes));
      }
      return result.toArray(new Segment[0]);
    }

    private void addBreak(TreeSet<LocalDate> breaks, LocalDate day) {
      if (day.isAfter(start) && !day.isAfter(end)) {
        breaks.add(day);
      }
    }

    Segment segmentOn(long day) {
      for (Segment s : segments) {
        if (day >= s.fromDay && day <= s.toDay) {
          return s;
        }
      }
      return null;
    }

    /** Why the trial is not in force on the day, or null if it is. */
    Reason timeReason(LocalDate date) {
      if (awaitingLegalBasis) {
        return beforeWindow;
      }
      long day = date.toEpochDay();
      if (day < startDay) {
        return beforeWindow;
      }
      if (day > endDay) {
        return afterWindow;
      }
      Segment segment = segmentOn(day);
      if (segment != null && segment.yes != null) {
        return null;
      }
      // A gap between legal bases: name the next day in force, or else the last one.
      for (Segment s : segments) {
        if (s.fromDay > day && s.yes != null) {
          return NotYetInForce.of(id, LocalDate.ofEpochDay(s.fromDay));
        }
      }
      long last = Long.MIN_VALUE;
      for (Segment s : segments) {
        if (s.toDay < day && s.yes != null) {
          last = Math.max(last, s.toDay);
        }
      }
      return Expired.of(id, LocalDate.ofEpochDay(last));
    }

    /** Why the municipality may not use the exemption on the day, or null if it may. */
    Reason participationReason(Municipality municipality, LocalDate date) {
      int dense = DENSE_INDEX[municipality.code().value()];
      if (confirmedOn(dense, date.toEpochDay())) {
        return null;
      }
      // The reason depends on the municipality alone, not on the day: a participant confirmed
      // only from a later day is, on this one, a participant not confirmed.
      Reason[] cache = participationReasons;
      if (cache == null) {
        cache = new Reason[MUNICIPALITIES];
        participationReasons = cache;
      }
      Reason reason = cache[dense];
      if (reason == null) {
        ParticipationStatus status = statuses[dense];
        Optional<ParticipationStatus> recorded = Optional.ofNullable(status);
        reason =
            scope.mayApplySeparately().contains(municipality) && (status == null || !status.mayUseExemption())
                ? MustApplySeparately.of(id, municipality, recorded)
                : NotConfirmedParticipant.of(id, municipality, recorded);
        cache[dense] = reason;
      }
      return reason;
    }

    /** Why the group is not covered: excluded by a condition, or never requested. */
    Reason groupReason(TargetGroup group) {
      int known = knownIndexOf(group);
      if (known < 0) {
        return groupReasonOf(group);
      }
      Reason[] cache = groupReasons;
      if (cache == null) {
        cache = new Reason[KNOWN_GROUPS.size()];
        groupReasons = cache;
      }
      Reason reason = cache[known];
      if (reason == null) {
        reason = groupReasonOf(group);
        cache[known] = reason;
      }
      return reason;
    }

    private Reason groupReasonOf(TargetGroup group) {
      for (Condition c : conditionsInForce) {
        if (c instanceof TargetGroupsExcluded
            && ((TargetGroupsExcluded) c).groups().stream().anyMatch(group::isWithin)) {
          return TargetGroupExcluded.of(id, group, c);
        }
        if (c instanceof TargetGroupsKept
            && requestedGroups.stream().anyMatch(group::isWithin)
            && ((TargetGroupsKept) c).groups().stream().noneMatch(group::isWithin)) {
          return TargetGroupExcluded.of(id, group, c);
        }
      }
      return TargetGroupNotCovered.of(id, group);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }
  }
}
