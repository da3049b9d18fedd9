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
  private final String text;

  private RoundId(ProgrammeId programme, int number, String text) {
    this.programme = programme;
    this.number = number;
    this.text = text;
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
    Objects.requireNonNull(programme, "programme");
    Checks.atLeast(number, 1, "round number");
    return new RoundId(programme, number, programme + "/" + number);
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
    if (slash < 0 || !isNumber(s, slash + 1)) {
      throw new IllegalArgumentException(
          "round id must be written '<programme>/<number>', e.g. 'FK2/1', was '" + s + "'");
    }
    // The text is canonical once checked (no leading zero), so it is kept as the round's text.
    return new RoundId(ProgrammeId.of(s.substring(0, slash)), Integer.parseInt(s, slash + 1, s.length(), 10), s);
  }

  /**
   * Whether the text from {@code start} on is {@code [1-9][0-9]{0,8}}, checked by hand: reading
   * a document parses the round of every application it holds.
   */
  private static boolean isNumber(String s, int start) {
    int length = s.length() - start;
    if (length < 1 || length > 9 || s.charAt(start) < '1' || s.charAt(start) > '9') {
      return false;
    }
    for (int i = start + 1; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
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
    return text;
  }
}
