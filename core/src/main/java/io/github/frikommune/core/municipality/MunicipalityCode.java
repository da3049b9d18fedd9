package io.github.frikommune.core.municipality;

import com.google.common.base.Preconditions;

/**
 * The official three-digit municipality code (<i>kommunekode</i>), e.g. 851 for Aalborg.
 *
 * <p>Only the 98 codes of the {@linkplain Municipalities catalogue} can be built.
 * {@code parse(toString())} gives back the same value. Immutable and thread-safe.
 */
public final class MunicipalityCode implements Comparable<MunicipalityCode> {
  private final int value;

  private MunicipalityCode(int value) {
    this.value = value;
  }

  /**
   * Returns the code with the given number.
   *
   * @param value the official code, one of the 98 in the catalogue
   * @return the code
   * @throws UnknownMunicipalityException if no municipality has that code
   */
  public static MunicipalityCode of(int value) {
    return Municipalities.byCode(value).code();
  }

  /**
   * Parses the text form, three digits such as {@code 851}.
   *
   * @param text the code as {@link #toString()} writes it
   * @return the code
   * @throws IllegalArgumentException if the text is not three digits
   * @throws UnknownMunicipalityException if no municipality has that code
   */
  public static MunicipalityCode parse(CharSequence text) {
    String s = text.toString();
    if (!s.matches("[0-9]{3}")) {
      throw new IllegalArgumentException(
          "municipality code must be three digits, was '" + s + "'");
    }
    return of(Integer.parseInt(s));
  }

  static MunicipalityCode create(int value) {
    Preconditions.checkArgument(value >= 100 && value <= 999, "code %s", value);
    return new MunicipalityCode(value);
  }

  /**
   * The code as a number.
   *
   * @return the code, 101 to 860
   */
  public int value() {
    return value;
  }

  @Override
  public int compareTo(MunicipalityCode other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MunicipalityCode && ((MunicipalityCode) other).value == value;
  }

  @Override
  public int hashCode() {
    return value;
  }

  /** Returns the three digits, e.g. {@code 851}. */
  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
