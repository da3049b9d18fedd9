package io.github.frikommune.core.programme;

import io.github.frikommune.core.internal.Checks;
import java.util.Objects;

/**
 * The identifier of an application round (<i>ansøgningsrunde</i>): its programme and number,
 * written {@code FK2/1}.
 *
 * <p>{@code parse(toString())} gives back the same value. Immutable and thread-safe.
 */
public final class RoundId implements Comparable<RoundId> {
  private final ProgrammeId programme;
  private final int number;

  private RoundId(ProgrammeId programme, int number) {
    this.programme = programme;
    this.number = number;
  }

  /**
   * Returns the identifier of a programme's round.
   *
   * @param programme the programme
   * @param number the round number, ≥ 1
   * @return the identifier
   * @throws IllegalArgumentException if the number is below 1
   */
  public static RoundId of(ProgrammeId programme, int number) {
    return new RoundId(Objects.requireNonNull(programme, "programme"), Checks.atLeast(number, 1, "round number"));
  }

  /**
   * Parses {@code <programme>/<number>}, e.g. {@code FK2/1}.
   *
   * @param text the identifier as {@link #toString()} writes it
   * @return the identifier
   * @throws IllegalArgumentException if the text is malformed
   */
  public static RoundId parse(CharSequence text) {
    String s = text.toString();
    int slash = s.lastIndexOf('/');
    if (slash < 0 || !s.substring(slash + 1).matches("[1-9][0-9]{0,8}")) {
      throw new IllegalArgumentException(
          "round id must be written '<programme>/<number>', e.g. 'FK2/1', was '" + s + "'");
    }
    return of(ProgrammeId.of(s.substring(0, slash)), Integer.parseInt(s.substring(slash + 1)));
  }

  /**
   * The programme.
   *
   * @return the programme's identifier
   */
  public ProgrammeId programme() {
    return programme;
  }

  /**
   * The round number, 1, 2, 3 …
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(RoundId other) {
    int byProgramme = programme.compareTo(other.programme);
    return byProgramme != 0 ? byProgramme : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoundId
        && ((RoundId) other).programme.equals(programme)
        && ((RoundId) other).number == number;
  }

  @Override
  public int hashCode() {
    return programme.hashCode() * 31 + number;
  }

  /** Returns {@code <programme>/<number>}, e.g. {@code FK2/1}. */
  @Override
  public String toString() {
    return programme + "/" + number;
  }
}
