package io.github.frikommune.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppendOnlySequenceTest {
  @Test
  void append_leavesTheShorterSequenceUnchanged() {
    AppendOnlySequence<String> empty = AppendOnlySequence.empty();
    AppendOnlySequence<String> one = empty.append("a");
    AppendOnlySequence<String> two = one.append("b");

    assertThat(empty.asList()).isEmpty();
    assertThat(one.asList()).containsExactly("a");
    assertThat(two.asList()).containsExactly("a", "b");
    assertThat(two.get(1)).isEqualTo("b");
  }

  @Test
  void appendingTwiceToTheSameVersion_givesTwoIndependentSequences() {
    AppendOnlySequence<String> base = AppendOnlySequence.<String>empty().append("a");
    AppendOnlySequence<String> left = base.append("b");
    AppendOnlySequence<String> right = base.append("c");
    AppendOnlySequence<String> leftLonger = left.append("d");

    assertThat(left.asList()).containsExactly("a", "b");
    assertThat(right.asList()).containsExactly("a", "c");
    assertThat(leftLonger.asList()).containsExactly("a", "b", "d");
    assertThat(right.append("e").asList()).containsExactly("a", "c", "e");
    assertThat(base.asList()).containsExactly("a");
  }

  @Test
  void manyAppends_growTheSharedArray_andKeepEveryVersion() {
    AppendOnlySequence<Integer> sequence = AppendOnlySequence.of(ImmutableList.of(0));
    AppendOnlySequence<Integer> at10 = null;
    for (int i = 1; i < 100; i++) {
      sequence = sequence.append(i);
      if (i == 10) {
        at10 = sequence;
      }
    }

    assertThat(sequence.size()).isEqualTo(100);
    assertThat(sequence.asList()).hasSize(100).startsWith(0, 1, 2).endsWith(98, 99);
    assertThat(at10.asList()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void get_outsideTheSequence_throws() {
    AppendOnlySequence<String> longer = AppendOnlySequence.<String>empty().append("a").append("b");
    AppendOnlySequence<String> shorter = AppendOnlySequence.<String>empty().append("a");

    assertThat(longer.get(1)).isEqualTo("b");
    assertThatThrownBy(() -> shorter.get(1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("Index 1 out of bounds for length 1");
  }

  @Test
  void threeAppendsToTheSameVersion_eachKeepTheirOwnLastElement() {
    AppendOnlySequence<String> base = AppendOnlySequence.<String>empty().append("a").append("b");
    AppendOnlySequence<String> first = base.append("c");
    AppendOnlySequence<String> second = base.append("d");
    AppendOnlySequence<String> third = base.append("e");

    assertThat(first.asList()).containsExactly("a", "b", "c");
    assertThat(second.get(2)).isEqualTo("d");
    assertThat(second.asList()).containsExactly("a", "b", "d");
    assertThat(third.asList()).containsExactly("a", "b", "e");
    assertThat(base.asList()).containsExactly("a", "b");
  }

  @Test
  void appendAll_ofNothing_isTheSameSequence() {
    AppendOnlySequence<String> one = AppendOnlySequence.<String>empty().append("a");

    assertThat(one.appendAll(List.of())).isSameAs(one);
  }

  @Test
  void appendAll_addsEveryElementInOrder_asOneVersion_andLeavesTheShorterUnchanged() {
    AppendOnlySequence<String> one = AppendOnlySequence.<String>empty().append("a");

    AppendOnlySequence<String> four = one.appendAll(List.of("b", "c", "d"));

    assertThat(four.size()).isEqualTo(4);
    assertThat(four.asList()).containsExactly("a", "b", "c", "d");
    assertThat(one.asList()).containsExactly("a");
  }

  @Test
  void appendAll_toAVersionAlreadyAppendedTo_givesTwoIndependentSequences() {
    AppendOnlySequence<String> base = AppendOnlySequence.<String>empty().append("a");
    AppendOnlySequence<String> left = base.appendAll(List.of("b", "c"));

    AppendOnlySequence<String> right = base.appendAll(List.of("x", "y"));

    assertThat(left.asList()).containsExactly("a", "b", "c");
    assertThat(right.asList()).containsExactly("a", "x", "y");
    assertThat(left.append("d").asList()).containsExactly("a", "b", "c", "d");
    assertThat(right.appendAll(List.of("z")).asList()).containsExactly("a", "x", "y", "z");
  }

  @Test
  void appendAll_beyondTheCapacity_growsAndKeepsEveryVersion() {
    AppendOnlySequence<Integer> seven = AppendOnlySequence.of(ImmutableList.of(0, 1, 2, 3, 4, 5, 6));
    List<Integer> more = new ArrayList<>();
    for (int i = 7; i < 40; i++) {
      more.add(i);
    }

    AppendOnlySequence<Integer> forty = seven.appendAll(more);

    assertThat(forty.size()).isEqualTo(40);
    assertThat(forty.get(39)).isEqualTo(39);
    assertThat(forty.asList()).startsWith(0, 1, 2, 3, 4, 5, 6, 7, 8).endsWith(38, 39);
    assertThat(seven.asList()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(seven.appendAll(List.of(-1)).asList()).containsExactly(0, 1, 2, 3, 4, 5, 6, -1);
  }

  @Test
  void appendAll_withANullElement_isRefused_andAppendsNothing() {
    AppendOnlySequence<String> one = AppendOnlySequence.<String>empty().append("a");
    List<String> withNull = new ArrayList<>(List.of("b"));
    withNull.add(null);

    assertThatThrownBy(() -> one.appendAll(withNull)).isInstanceOf(NullPointerException.class).hasMessage("element");
    assertThat(one.append("c").asList()).containsExactly("a", "c");
  }
}
