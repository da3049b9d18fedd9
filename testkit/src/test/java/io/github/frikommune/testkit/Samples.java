package io.github.frikommune.testkit;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

/**
 * Samples drawn with a fixed seed, so that a test over what a generator covers is repeatable.
 * jqwik generates only on its own threads: call it from an {@code @Example} or a property.
 */
final class Samples {
  private static final long SEED = 20161201L;

  private Samples() {}

  /** The first {@code count} values of the arbitrary, drawn as a property of 1,000 tries would. */
  static <T> List<T> of(Arbitrary<T> arbitrary, int count) {
    RandomGenerator<T> generator = arbitrary.generator(1000);
    Random random = new Random(SEED);
    return Stream.generate(() -> generator.next(random).value()).limit(count).collect(Collectors.toList());
  }
}
