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
import java.util.Objects;
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
 * <p>A case system asks the question at case time, many times a second, so the index does
 * its work when it is built. The granted provisions that contain a question's provision form
 * a chain (the whole law, the section, its granted subdivisions), so the longest granted
 * prefix of the citation names the whole set; each set has a node, found by law, then by
 * section or chapter, then by the few subdivisions granted. A node holds, for every stretch of
 * days on which no trial's standing changes, each trial's answer or reason made in advance,
 * and in flat arrays the municipalities' first usable days and the target groups' coverage. A
 * question is then a few lookups and a loop over the node's trials: a yes from one trial is
 * returned as built, and a no lists reasons that were made once and are shared. Immutable and
 * thread-safe: build it once and share it.
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
  /** The number of municipalities: every {@link Municipality} is one of them. */
  private static final int MUNICIPALITIES = Municipalities.all().size();
  /** Each municipality's position in {@link Municipalities#all()}, by its code. */
  private static final int[] DENSE_INDEX = denseIndex();
  /** The known target groups, whose coverage a node keeps as bits and whose reasons each trial keeps. */
  private static final TargetGroup[] KNOWN_GROUPS = TargetGroup.known().values().toArray(new TargetGroup[0]);
  /** A day before or after every day a trial can name: a participant that may never use it. */
  private static final int NEVER = Integer.MAX_VALUE;

  private final ImmutableMap<String, LawNodes> byLaw;
  /** Every law's buckets in one table, so a question about a section costs one probe. */
  private final SectionTable sections;
  private final ImmutableMap<TrialId, ExemptionScope> scopes;

  private ExemptionIndex(ImmutableMap<String, LawNodes> byLaw, ImmutableMap<TrialId, ExemptionScope> scopes) {
    this.byLaw = byLaw;
    this.sections = SectionTable.of(byLaw.values());
    this.scopes = scopes;
  }

  /**
   * A group's position among the known groups, or -1 if it is not one of them (or beyond the 64
   * a coverage mask holds). Most groups asked are the constants, so identity is tried first.
   */
  private static int knownIndexOf(TargetGroup group) {
    for (int i = 0; i < KNOWN_GROUPS.length; i++) {
      if (KNOWN_GROUPS[i] == group) {
        return i < Long.SIZE ? i : -1;
      }
    }
    for (int i = 0; i < KNOWN_GROUPS.length; i++) {
      if (KNOWN_GROUPS[i].equals(group)) {
        return i < Long.SIZE ? i : -1;
      }
    }
    return -1;
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

  /** A day as an int: every day a portfolio names fits, and days beyond them compare the same. */
  private static int dayNumber(long epochDay) {
    return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(NEVER - 1L, epochDay));
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
    Map<String, LawNodes.Builder> laws = new LinkedHashMap<>();
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
          laws.computeIfAbsent(p.law(), law -> new LawNodes.Builder())
              .add(new ProvisionEntry(p, entry, granted.targetGroups(), scope.get().excludedGroups()));
        }
      }
    }
    ImmutableMap.Builder<String, LawNodes> byLaw = ImmutableMap.builder();
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
   * @throws NullPointerException if an argument is null
   */
  public ExemptionAnswer answer(Municipality municipality, LocalDate date, Provision provision, TargetGroup group) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(group, "group");
    String section = provision.section().orElse(null);
    Bucket bucket = section == null ? null : sections.get(provision.law(), section);
    Node node;
    if (bucket != null) {
      node = bucket.nodeFor(provision);
    } else {
      LawNodes law = byLaw.get(provision.law());
      node = law == null ? null : law.nodeFor(provision);
    }
    if (node == null) {
      return ExemptionAnswer.no(ImmutableList.of(NoTrialCovers.of(provision)));
    }
    return node.answer(
        municipality, DENSE_INDEX[municipality.code().value()], dayNumber(date.toEpochDay()), group, knownIndexOf(group));
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

  /**
   * The nodes of one law. A question's provision is contained in the granted provisions that
   * are a prefix of its citation: the whole law, its section (or chapter), and the subdivisions
   * of that section down to the question's own. These form a chain, so the longest granted
   * prefix names the whole set, and each granted citation has its {@link Node} made in advance.
   * The sections' buckets go into the index's {@link SectionTable}.
   */
  private static final class LawNodes {
    /** The whole-law grants alone: the node of a whole law, or of a section nothing else names. */
    final Node wholeLaw;
    final ImmutableList<Bucket> sections;
    final ImmutableMap<String, Node> byChapter;

    LawNodes(Node wholeLaw, ImmutableList<Bucket> sections, ImmutableMap<String, Node> byChapter) {
      this.wholeLaw = wholeLaw;
      this.sections = sections;
      this.byChapter = byChapter;
    }

    /**
     * The node of the grants that contain a provision whose section has no bucket, or null if
     * none does.
     */
    Node nodeFor(Provision provision) {
      String chapter = provision.chapter().orElse(null);
      if (chapter != null) {
        Node node = byChapter.get(chapter);
        return node == null ? wholeLaw : node;
      }
      return wholeLaw;
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

      LawNodes build() {
        Node law = Node.of(wholeLaw);
        ImmutableList.Builder<Bucket> sections = ImmutableList.builder();
        bySection.forEach((section, entries) -> sections.add(Bucket.of(section, wholeLaw, law, entries)));
        ImmutableMap.Builder<String, Node> chapters = ImmutableMap.builder();
        byChapter.forEach((chapter, entries) -> chapters.put(chapter, Node.of(concat(wholeLaw, entries))));
        return new LawNodes(law, sections.build(), chapters.build());
      }
    }
  }

  /**
   * An open-addressing table from a law and a section to its bucket: one probe reads the
   * bucket it finds, with the law and section to compare, from one array.
   */
  private static final class SectionTable {
    private final Bucket[] slots;
    private final int mask;

    private SectionTable(Bucket[] slots) {
      this.slots = slots;
      this.mask = slots.length - 1;
    }

    static SectionTable of(Iterable<LawNodes> laws) {
      List<Bucket> all = new ArrayList<>();
      laws.forEach(law -> all.addAll(law.sections));
      // At most half full, so a miss ends after a probe or two.
      int size = Integer.highestOneBit(Math.max(1, all.size()) * 4 - 1);
      Bucket[] slots = new Bucket[size];
      for (Bucket b : all) {
        int i = hash(b.law, b.section) & (size - 1);
        while (slots[i] != null) {
          i = (i + 1) & (size - 1);
        }
        slots[i] = b;
      }
      return new SectionTable(slots);
    }

    Bucket get(String law, String section) {
      for (int i = hash(law, section) & mask; ; i = (i + 1) & mask) {
        Bucket b = slots[i];
        if (b == null || b.section.equals(section) && b.law.equals(law)) {
          return b;
        }
      }
    }

    private static int hash(String law, String section) {
      // Strings cache their hash; the finaliser of MurmurHash3 spreads the sum over the mask.
      int h = law.hashCode() * 31 + section.hashCode();
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      return h;
    }
  }

  /** The granted citations of one section: the bare section and its granted subdivisions. */
  private static final class Bucket {
    final String law;
    final String section;
    /** The node of a question that no granted subdivision contains; null if no grant does. */
    final Node base;
    /**
     * The granted subdivisions, deepest first, as {@link Provision#contains} reads them below
     * the section: how many of subsection, item and letter each fixes, and their values.
     */
    final int[] depths;
    final int[] subsections;
    final int[] items;
    final String[] letters;
    final Node[] nodes;

    private Bucket(
        String law, String section, Node base, int[] depths, int[] subsections, int[] items, String[] letters, Node[] nodes) {
      this.law = law;
      this.section = section;
      this.base = base;
      this.depths = depths;
      this.subsections = subsections;
      this.items = items;
      this.letters = letters;
      this.nodes = nodes;
    }

    static Bucket of(String section, List<ProvisionEntry> wholeLaw, Node lawNode, List<ProvisionEntry> entries) {
      List<ProvisionEntry> bare = new ArrayList<>();
      List<Provision> deeper = new ArrayList<>();
      for (ProvisionEntry e : entries) {
        if (depth(e.provision) == 0) {
          bare.add(e);
        } else if (!deeper.contains(e.provision)) {
          deeper.add(e.provision);
        }
      }
      deeper.sort((a, b) -> Integer.compare(depth(b), depth(a)));
      int n = deeper.size();
      int[] depths = new int[n];
      int[] subsections = new int[n];
      int[] items = new int[n];
      String[] letters = new String[n];
      Node[] nodes = new Node[n];
      for (int i = 0; i < n; i++) {
        Provision c = deeper.get(i);
        depths[i] = depth(c);
        subsections[i] = c.subsection().orElse(0);
        items[i] = c.item().orElse(0);
        letters[i] = c.letter().orElse(null);
        List<ProvisionEntry> containing = new ArrayList<>(wholeLaw);
        for (ProvisionEntry e : entries) {
          if (e.provision.contains(c)) {
            containing.add(e);
          }
        }
        nodes[i] = Node.of(containing);
      }
      Node base = bare.isEmpty() ? lawNode : Node.of(concat(wholeLaw, bare));
      return new Bucket(entries.get(0).provision.law(), section, base, depths, subsections, items, letters, nodes);
    }

    /** The node of the deepest granted citation that contains the provision. */
    Node nodeFor(Provision provision) {
      int subsection = provision.subsection().orElse(0);
      int item = provision.item().orElse(0);
      String letter = provision.letter().orElse(null);
      for (int i = 0; i < nodes.length; i++) {
        int depth = depths[i];
        if ((depth < 1 || subsections[i] == subsection)
            && (depth < 2 || items[i] == item)
            && (depth < 3 || letters[i].equals(letter))) {
          return nodes[i];
        }
      }
      return base;
    }

    private static int depth(Provision p) {
      return p.letter().isPresent() ? 3 : p.item().isPresent() ? 2 : p.subsection().isPresent() ? 1 : 0;
    }
  }

  private static List<ProvisionEntry> concat(List<ProvisionEntry> first, List<ProvisionEntry> second) {
    List<ProvisionEntry> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** One provision of one trial's scope, with the target groups it is granted for. */
  private static final class ProvisionEntry {
    final Provision provision;
    final TrialEntry trial;
    final TargetGroup[] groups;
    final TargetGroup[] excluded;

    ProvisionEntry(Provision provision, TrialEntry trial, List<TargetGroup> groups, Set<TargetGroup> excluded) {
      this.provision = provision;
      this.trial = trial;
      this.groups = groups.toArray(new TargetGroup[0]);
      this.excluded = excluded.toArray(new TargetGroup[0]);
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
  }

  /**
   * Every answer about one set of granted provisions: the trials that grant them, made in
   * advance for every stretch of days on which no trial's standing changes.
   *
   * <p>Tables are flat arrays with the trials innermost, so a question reads a few adjacent
   * entries: the trials' standing in its stretch of days, the municipality's first usable day
   * in each trial, and the target group's coverage as bits.
   */
  private static final class Node {
    final TrialEntry[] trials;
    final int count;
    /** Per trial, bit i set if one of its grants here covers the i-th known target group. */
    final long[] knownGroups;
    /** Per trial, its grants here, for a group that is not a known one. */
    final ProvisionEntry[][] entries;
    /** The days on which some trial's standing changes, ascending; stretch i ends before breaks[i]. */
    final int[] breaks;
    /** By stretch, then trial: the trial's answer built in advance, or null if not in force. */
    final ExemptionAnswer[] yes;
    /** By stretch, then trial: why the trial is not in force, or null if it is. */
    final Reason[] notInForce;
    /** By municipality, then trial: the first day the municipality may use the trial. */
    final int[] usableFrom;
    /**
     * By municipality, then trial, and by known group, then trial: the trials' reasons, copied
     * here on first need so that a no reads adjacent entries. Benign races, as in {@link
     * TrialEntry}: the reasons are the trial's own immutable values.
     */
    private Reason[] participationReasons;
    private Reason[] groupReasons;

    private Node(
        TrialEntry[] trials,
        long[] knownGroups,
        ProvisionEntry[][] entries,
        int[] breaks,
        ExemptionAnswer[] yes,
        Reason[] notInForce,
        int[] usableFrom) {
      this.trials = trials;
      this.count = trials.length;
      this.knownGroups = knownGroups;
      this.entries = entries;
      this.breaks = breaks;
      this.yes = yes;
      this.notInForce = notInForce;
      this.usableFrom = usableFrom;
    }

    /**
     * The node of some grants, their trials in order of first appearance; null if there are
     * none.
     */
    static Node of(List<ProvisionEntry> grants) {
      if (grants.isEmpty()) {
        return null;
      }
      Map<TrialEntry, List<ProvisionEntry>> byTrial = new LinkedHashMap<>();
      for (ProvisionEntry e : grants) {
        byTrial.computeIfAbsent(e.trial, t -> new ArrayList<>()).add(e);
      }
      TrialEntry[] trials = byTrial.keySet().toArray(new TrialEntry[0]);
      int k = trials.length;
      long[] knownGroups = new long[k];
      ProvisionEntry[][] entries = new ProvisionEntry[k][];
      TreeSet<Integer> days = new TreeSet<>();
      for (int t = 0; t < k; t++) {
        entries[t] = byTrial.get(trials[t]).toArray(new ProvisionEntry[0]);
        for (int g = 0; g < Math.min(KNOWN_GROUPS.length, Long.SIZE); g++) {
          for (ProvisionEntry e : entries[t]) {
            if (e.coversGroup(KNOWN_GROUPS[g])) {
              knownGroups[t] |= 1L << g;
            }
          }
        }
        trials[t].addBreaks(days);
      }
      int[] breaks = days.stream().mapToInt(Integer::intValue).toArray();
      ExemptionAnswer[] yes = new ExemptionAnswer[(breaks.length + 1) * k];
      Reason[] notInForce = new Reason[(breaks.length + 1) * k];
      for (int s = 0; s <= breaks.length; s++) {
        // Every day of a stretch has the same standing in every trial; ask about its first.
        int day = s == 0 ? (breaks.length == 0 ? 0 : breaks[0] - 1) : breaks[s - 1];
        for (int t = 0; t < k; t++) {
          yes[s * k + t] = trials[t].yesOn(day);
          notInForce[s * k + t] = trials[t].timeReason(day);
        }
      }
      int[] usableFrom = new int[MUNICIPALITIES * k];
      for (int m = 0; m < MUNICIPALITIES; m++) {
        for (int t = 0; t < k; t++) {
          usableFrom[m * k + t] = trials[t].usableFrom[m];
        }
      }
      return new Node(trials, knownGroups, entries, breaks, yes, notInForce, usableFrom);
    }

    /** The stretch of days a day lies in: the number of breaks on or before it. */
    private int stretchOf(int day) {
      int low = 0;
      int high = breaks.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (breaks[mid] <= day) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    private boolean covers(int t, TargetGroup group, int known) {
      if (known >= 0) {
        return (knownGroups[t] >>> known & 1) != 0;
      }
      for (ProvisionEntry e : entries[t]) {
        if (e.coversGroup(group)) {
          return true;
        }
      }
      return false;
    }

    ExemptionAnswer answer(Municipality municipality, int dense, int day, TargetGroup group, int known) {
      int stretch = stretchOf(day) * count;
      int participant = dense * count;
      ExemptionAnswer first = null;
      int grants = 0;
      for (int t = 0; t < count; t++) {
        ExemptionAnswer inForce = yes[stretch + t];
        if (inForce != null && day >= usableFrom[participant + t] && covers(t, group, known)) {
          if (grants++ == 0) {
            first = inForce;
          }
        }
      }
      if (grants == 1) {
        return first;
      }
      if (grants > 1) {
        // Several trials let the municipality deviate: rare, so only now is an answer built.
        ImmutableList.Builder<Grant> all = ImmutableList.builderWithExpectedSize(grants);
        for (int t = 0; t < count; t++) {
          ExemptionAnswer inForce = yes[stretch + t];
          if (inForce != null && day >= usableFrom[participant + t] && covers(t, group, known)) {
            all.add(inForce.grants().get(0));
          }
        }
        return ExemptionAnswer.yes(all.build());
      }
      // Every trial gives at least one reason; count them first, so the list is built in place.
      int reasons = 0;
      for (int t = 0; t < count; t++) {
        reasons += (notInForce[stretch + t] != null ? 1 : 0)
            + (day < usableFrom[participant + t] ? 1 : 0)
            + (covers(t, group, known) ? 0 : 1);
      }
      ImmutableList.Builder<Reason> all = ImmutableList.builderWithExpectedSize(reasons);
      for (int t = 0; t < count; t++) {
        Reason time = notInForce[stretch + t];
        if (time != null) {
          all.add(time);
        }
        if (day < usableFrom[participant + t]) {
          all.add(participationReason(municipality, dense, t));
        }
        if (!covers(t, group, known)) {
          all.add(known < 0 ? trials[t].groupReason(group, known) : groupReason(group, known, t));
        }
      }
      return ExemptionAnswer.no(all.build());
    }

    private Reason participationReason(Municipality municipality, int dense, int t) {
      Reason[] cache = participationReasons;
      if (cache == null) {
        cache = new Reason[MUNICIPALITIES * count];
        participationReasons = cache;
      }
      int at = dense * count + t;
      Reason reason = cache[at];
      if (reason == null) {
        reason = trials[t].participationReason(municipality, dense);
        cache[at] = reason;
      }
      return reason;
    }

    private Reason groupReason(TargetGroup group, int known, int t) {
      Reason[] cache = groupReasons;
      if (cache == null) {
        cache = new Reason[KNOWN_GROUPS.length * count];
        groupReasons = cache;
      }
      int at = known * count + t;
      Reason reason = cache[at];
      if (reason == null) {
        reason = trials[t].groupReason(group, known);
        cache[at] = reason;
      }
      return reason;
    }
  }

  /** Days of a trial on which the same legal bases are in force, with the answer for them. */
  private static final class Segment {
    final int fromDay;
    final int toDay;
    /** The yes for these days, or null where no legal basis is in force. */
    final ExemptionAnswer yes;

    Segment(int fromDay, int toDay, ExemptionAnswer yes) {
      this.fromDay = fromDay;
      this.toDay = toDay;
      this.yes = yes;
    }
  }

  /** One trial: its window, participations by municipality and its reasons. */
  private static final class TrialEntry {
    final TrialId id;
    final ExemptionScope scope;
    final ImmutableList<Condition> conditionsInForce;
    final ImmutableList<TargetGroup> requestedGroups;
    final boolean awaitingLegalBasis;
    final LocalDate start;
    final LocalDate end;
    final int startDay;
    final int endDay;
    /**
     * Participation statuses by the municipality's position in {@link Municipalities#all()};
     * null where it does not participate.
     */
    final ParticipationStatus[] statuses;
    /** By the same position, the first day a participant may use the exemption; {@link #NEVER} if never. */
    final int[] usableFrom;
    final Segment[] segments;
    /** The reasons that depend only on the day's place before or after the window, built once. */
    private final Reason beforeWindow;
    private final Reason afterWindow;
    /**
     * Participation reasons by the municipality's position, and group reasons by the position
     * of a known group, made on first need. Benign races: a reason is an immutable value, and a
     * thread that misses one makes an equal one.
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
      this.usableFrom = new int[MUNICIPALITIES];
      Arrays.fill(usableFrom, NEVER);
      for (Participation p : trial.participants()) {
        int dense = DENSE_INDEX[p.municipality().code().value()];
        statuses[dense] = p.status();
        usableFrom[dense] =
            p.status().mayUseExemption()
                ? p.since().map(d -> dayNumber(d.toEpochDay())).orElse(Integer.MIN_VALUE)
                : NEVER;
      }
      this.awaitingLegalBasis = trial.legalBases().isEmpty();
      if (awaitingLegalBasis) {
        this.start = null;
        this.end = null;
        this.startDay = NEVER;
        this.endDay = Integer.MIN_VALUE;
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
      this.startDay = dayNumber(from.toEpochDay());
      this.endDay = dayNumber(to.toEpochDay());
      this.segments = segments(trial, decision);
      this.beforeWindow = NotYetInForce.of(id, start);
      this.afterWindow = Expired.of(id, end);
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
        result.add(new Segment(dayNumber(from.toEpochDay()), dayNumber(to.toEpochDay()), yes));
      }
      return result.toArray(new Segment[0]);
    }

    private void addBreak(TreeSet<LocalDate> breaks, LocalDate day) {
      if (day.isAfter(start) && !day.isAfter(end)) {
        breaks.add(day);
      }
    }

    /** Adds the days on which the trial's standing changes: where its segments start, and after its end. */
    void addBreaks(Set<Integer> days) {
      if (awaitingLegalBasis) {
        return;
      }
      days.add(startDay);
      days.add(endDay + 1);
      for (Segment s : segments) {
        days.add(s.fromDay);
      }
    }

    /** The answer built in advance for the day, or null if no legal basis is in force on it. */
    ExemptionAnswer yesOn(int day) {
      for (Segment s : segments) {
        if (day >= s.fromDay && day <= s.toDay) {
          return s.yes;
        }
      }
      return null;
    }

    /** Why the trial is not in force on the day, or null if it is. */
    Reason timeReason(int day) {
      if (awaitingLegalBasis || day < startDay) {
        return beforeWindow;
      }
      if (day > endDay) {
        return afterWindow;
      }
      if (yesOn(day) != null) {
        return null;
      }
      // A gap between legal bases: name the next day in force, or else the last one.
      for (Segment s : segments) {
        if (s.fromDay > day && s.yes != null) {
          return NotYetInForce.of(id, LocalDate.ofEpochDay(s.fromDay));
        }
      }
      int last = Integer.MIN_VALUE;
      for (Segment s : segments) {
        if (s.toDay < day && s.yes != null) {
          last = Math.max(last, s.toDay);
        }
      }
      return Expired.of(id, LocalDate.ofEpochDay(last));
    }

    /** Why the municipality may not use the exemption on a day before its first usable day. */
    Reason participationReason(Municipality municipality, int dense) {
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
    Reason groupReason(TargetGroup group, int known) {
      if (known < 0) {
        return groupReasonOf(group);
      }
      Reason[] cache = groupReasons;
      if (cache == null) {
        cache = new Reason[KNOWN_GROUPS.length];
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
