package io.github.frikommune.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A list with one more element, for fixtures that add to the seed case. */
final class ImmutableListOf {
  private ImmutableListOf() {}

  static <T> ImmutableList<T> plus(List<T> list, T element) {
    return ImmutableList.<T>builder().addAll(list).add(element).build();
  }
}
