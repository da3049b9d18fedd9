package io.github.frikommune.core.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.frikommune.core.application.Application;
import io.github.frikommune.core.application.RequestedExemption;
import io.github.frikommune.core.decision.Condition;
import io.github.frikommune.core.decision.ConditionStatus;
import io.github.frikommune.core.decision.Decision;
import io.github.frikommune.core.decision.ImmutableDecision;
import io.github.frikommune.core.law.Extension;
import io.github.frikommune.core.law.LegalAct;
import io.github.frikommune.core.law.LegalActKind;
import io.github.frikommune.core.law.Provision;
import io.github.frikommune.core.municipality.Municipality;
import io.github.frikommune.core.portfolio.ImmutablePortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.core.targetgroup.TargetGroup;
import io.github.frikommune.core.trial.ImmutableTrial;
import io.github.frikommune.core.trial.LegalBasis;
import io.github.frikommune.core.trial.Participation;
import io.github.frikommune.core.trial.ParticipationStatus;
import io.github.frikommune.core.trial.Trial;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The exemption index and the values it is built from are shared between threads: many threads
 * ask the exemption question while other threads build new indexes from the same portfolios,
 * and every answer equals the one a single thread got for the same question.
 *
 * <p>The portfolios are the seed case and variants of it, made from a fixed random seed so that
 * every run asks the same questions: participations of every status, confirmed on different
 * days; trials awaiting their legal basis, with a legal basis that expires, with a second one
 * that starts later, and extended by a later law; and conditions waived. The questions cross
 * municipalities inside and outside the network, days around every boundary, the requested
 * provisions with their subdivisions and siblings, and the known target groups, some as equal
 * copies rather than the constants. Each repetition shares fresh portfolio instances, whose
 * lazily built lookups the building threads race to fill, and publishes each new index for the
 * other threads to ask.
 */
class ExemptionIndexConcurrencyTest {
  private static final int THREADS = 8;
  /** Each thread's rounds: in each it takes one portfolio's index, or builds a new one, and asks. */
  private static final int ROUNDS = 6;
  /** Each round a thread asks every {@code STRIDE}-th question, from a different offset. */
  private static final int STRIDE = 3;

  /** A stand-in for the 2021 amendment that extended some trials. */
  private static final LegalAct AMENDMENT_2021 =
      LegalAct.of(LegalActKind.LAW, 1, LocalDate.of(2021, 6, 1), "lov om ændring af lov om frikommunenetværk");
  private static final LegalAct BEK_529 =
      LegalAct.of(LegalActKind.EXECUTIVE_ORDER, 529, LocalDate.of(2018, 5, 23),
          "bekendtgørelse om frikommuneforsøg II på beskæftigelses- og sygedagpengeområdet");
  private static final List<LocalDate> DAYS =
      days("2016-12-01", "2017-06-30", "2017-07-01", "2018-01-01", "2019-12-31", "2020-03-01", "2022-06-01", "2023-01-01");

  private static final List<Portfolio> PORTFOLIOS = portfolios();
  private static final List<ExemptionQuestion> QUESTIONS = questions(PORTFOLIOS);
  /** The answers of a single thread, by portfolio, then by question. */
  private static final List<List<ExemptionAnswer>> SINGLE_THREADED = singleThreaded();

  @RepeatedTest(20)
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void answersFromManyThreads_whileIndexesAreBuilt_equalASingleThreadedRun(RepetitionInfo repetition) throws Exception {
    // Fresh instances: their lazily built lookups are filled by whichever thread builds first.
    List<Portfolio> shared =
        PORTFOLIOS.stream().map(p -> Portfolio.builder().from(p).build()).collect(Collectors.toList());
    AtomicReferenceArray<ExemptionIndex> published = new AtomicReferenceArray<>(shared.size());
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ConcurrentLinkedQueue<String> differences = new ConcurrentLinkedQueue<>();
    LongAdder compared = new LongAdder();
    LongAdder built = new LongAdder();
    LongAdder askedOfAnotherThreadsIndex = new LongAdder();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(pool.submit(() -> {
          Random random = new Random(repetition.getCurrentRepetition() * 1_000L + thread);
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            int p = (thread + round) % shared.size();
            ExemptionIndex index = published.get(p);
            if (index == null || random.nextInt(3) == 0) {
              index = ExemptionIndex.of(shared.get(p));
              built.increment();
              published.set(p, index);
            } else {
              askedOfAnotherThreadsIndex.increment();
            }
            List<Integer> order = new ArrayList<>();
            for (int q = (thread + round) % STRIDE; q < QUESTIONS.size(); q += STRIDE) {
              order.add(q);
            }
            Collections.shuffle(order, random);
            for (int q : order) {
              ExemptionAnswer answer = index.answer(QUESTIONS.get(q));
              ExemptionAnswer expected = SINGLE_THREADED.get(p).get(q);
              if (!answer.equals(expected)) {
                differences.add("portfolio " + p + ", " + QUESTIONS.get(q) + ": " + answer + ", single-threaded " + expected);
              }
              compared.increment();
            }
          }
          return null;
        }));
      }
      for (Future<?> thread : threads) {
        thread.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(differences).as("answers that differ from a single thread's").isEmpty();
    assertThat(compared.sum()).isGreaterThanOrEqualTo((long) THREADS * ROUNDS * (QUESTIONS.size() / STRIDE));
    assertThat(built.sum()).as("indexes built").isGreaterThanOrEqualTo(shared.size());
    assertThat(built.sum() + askedOfAnotherThreadsIndex.sum()).isEqualTo((long) THREADS * ROUNDS);
  }

  /** The test must be able to fail: the portfolios give different answers, and yes as well as no. */
  @Test
  void theQuestions_getBothAnswers_andThePortfoliosDiffer() {
    Set<ReasonKind> reasons = new LinkedHashSet<>();
    for (List<ExemptionAnswer> answers : SINGLE_THREADED) {
      assertThat(answers).anyMatch(ExemptionAnswer::isYes).anyMatch(a -> !a.isYes());
      answers.forEach(a -> a.reasons().forEach(r -> reasons.add(r.kind())));
    }
    assertThat(reasons).containsExactlyInAnyOrder(ReasonKind.values());
    assertThat(new LinkedHashSet<>(SINGLE_THREADED)).hasSize(PORTFOLIOS.size());
    assertThat(QUESTIONS).hasSizeGreaterThan(5_000);
  }

  private static List<List<ExemptionAnswer>> singleThreaded() {
    List<List<ExemptionAnswer>> answers = new ArrayList<>();
    for (Portfolio portfolio : PORTFOLIOS) {
      ExemptionIndex index = ExemptionIndex.of(portfolio);
      answers.add(QUESTIONS.stream().map(index::answer).collect(ImmutableList.toImmutableList()));
    }
    return answers;
  }

  /** The seed case and five variants of it, each from its own fixed random seed. */
  private static List<Portfolio> portfolios() {
    List<Portfolio> portfolios = new ArrayList<>();
    portfolios.add(SeedCase.portfolio());
    for (int seed = 1; seed <= 5; seed++) {
      portfolios.add(variant(new Random(seed)));
    }
    return portfolios;
  }

  private static Portfolio variant(Random random) {
    Portfolio seed = SeedCase.portfolio();
    List<Trial> trials = new ArrayList<>();
    for (Trial trial : seed.trials()) {
      ImmutableTrial t = ImmutableTrial.copyOf(trial);
      List<Participation> participants = new ArrayList<>();
      for (Participation p : trial.participants()) {
        ParticipationStatus status = pick(random, ParticipationStatus.values());
        LocalDate since = pick(random, days("2017-02-01", "2017-07-01", "2018-01-01", "2020-06-01"));
        participants.add(random.nextInt(5) == 0 ? Participation.of(p.municipality(), status)
            : Participation.of(p.municipality(), status, since));
      }
      t = t.withParticipants(participants);
      switch (random.nextInt(4)) {
        case 0:
          t = t.withLegalBases();
          break;
        case 1:
          t = t.withLegalBases(expiring(trial.legalBases().get(0), LocalDate.of(2019, 12, 31)));
          break;
        case 2:
          t = t.withLegalBases(
              trial.legalBases().get(0),
              LegalBasis.builder().act(BEK_529).addProvision(Provision.parse("LAB § 116")).inForceFrom(LocalDate.of(2020, 3, 1)).build());
          break;
        default:
          break;
      }
      if (random.nextBoolean()) {
        LocalDate end = t.period().orElseThrow().endInclusive();
        t = t.withExtensions(Extension.of(end, LocalDate.of(2022, 12, 31), AMENDMENT_2021));
      }
      trials.add(t);
    }
    List<Decision> decisions = new ArrayList<>();
    for (Decision decision : seed.decisions()) {
      List<Condition> conditions = new ArrayList<>();
      for (Condition c : decision.conditions()) {
        conditions.add(random.nextInt(3) == 0 ? c.withStatus(ConditionStatus.WAIVED, LocalDate.of(2018, 1, 1)) : c);
      }
      decisions.add(ImmutableDecision.copyOf(decision).withConditions(conditions));
    }
    return ImmutablePortfolio.copyOf(seed).withTrials(trials).withDecisions(decisions);
  }

  private static LegalBasis expiring(LegalBasis basis, LocalDate on) {
    return LegalBasis.builder().from(basis).expiresOn(on).build();
  }

  private static List<ExemptionQuestion> questions(List<Portfolio> portfolios) {
    Set<Provision> provisions = new LinkedHashSet<>();
    for (Portfolio portfolio : portfolios) {
      for (Application application : portfolio.applications()) {
        for (RequestedExemption exemption : application.exemptions()) {
          for (Provision p : exemption.provisions()) {
            provisions.add(p);
            if (p.isWholeLaw()) {
              provisions.add(Provision.section(p.law(), "16").withSubsection(2));
              provisions.add(Provision.chapter(p.law(), "7"));
            } else {
              provisions.add(p.withSubsection(2).withItem(1));
              provisions.add(Provision.section(p.law(), "66"));
            }
          }
        }
      }
    }
    provisions.add(Provision.parse("LAB § 116"));
    provisions.add(Provision.parse("sundhedsloven § 1"));
    List<Municipality> municipalities =
        List.of(SeedCase.AALBORG, SeedCase.HJOERRING, Municipality.of(825), Municipality.of(787), Municipality.of(751));
    List<TargetGroup> groups = new ArrayList<>(TargetGroup.known().values());
    // Equal copies, not the constants, and groups the index has never heard of.
    groups.add(TargetGroup.of("jobparate", "jobparate"));
    groups.add(TargetGroup.of("integrationsborgere", "integrationsborgere"));
    groups.add(TargetGroup.of("jobparate-unge", "jobparate unge", TargetGroup.JOB_READY));
    groups.add(SeedCase.UNEMPLOYED);
    List<ExemptionQuestion> questions = new ArrayList<>();
    for (Municipality m : municipalities) {
      for (LocalDate day : DAYS) {
        for (Provision p : provisions) {
          for (TargetGroup g : groups) {
            questions.add(ExemptionQuestion.of(m, day, p, g));
          }
        }
      }
    }
    return questions;
  }

  private static List<LocalDate> days(String... days) {
    List<LocalDate> result = new ArrayList<>();
    for (String day : days) {
      result.add(LocalDate.parse(day));
    }
    return result;
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
