package io.github.frikommune.json.format;

import java.util.Objects;

/**
 * The limits a reader of the format enforces as it parses: document length, nesting depth,
 * string length, number length and field-name length.
 *
 * <p>The limits keep a hostile or broken document from using unbounded memory or stack. The
 * {@linkplain #DEFAULT defaults} are far above what the domain needs (the round-1 seed case is
 * about 24 KB and 7 levels deep) and far below what would hurt a server. A document over a limit
 * is rejected with a {@link JsonFormatException} at the place it went over, whatever else is
 * wrong with it, and nothing read from it is returned. Immutable and thread-safe.
 */
public final class ReadLimits {
  /**
   * The default limits: documents up to 16 MiB (16,777,216 characters or bytes), nesting up to
   * 32 levels, strings up to 100,000 characters, numbers up to 20 digits, field names up to 200
   * characters.
   */
  public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024, 32, 100_000, 20, 200);

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;

  private ReadLimits(
      long maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength) {
    this.maxDocumentLength = atLeastOne(maxDocumentLength, "maxDocumentLength");
    this.maxNestingDepth = (int) atLeastOne(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = (int) atLeastOne(maxStringLength, "maxStringLength");
    this.maxNumberLength = (int) atLeastOne(maxNumberLength, "maxNumberLength");
    this.maxNameLength = (int) atLeastOne(maxNameLength, "maxNameLength");
  }

  /**
   * Returns limits with these values.
   *
   * @param maxDocumentLength the longest document, in characters or bytes, ≥ 1
   * @param maxNestingDepth the deepest nesting of objects and arrays, ≥ 1
   * @param maxStringLength the longest string value, in characters, ≥ 1
   * @param maxNumberLength the longest number, in characters, ≥ 1
   * @param maxNameLength the longest field name, in characters, ≥ 1
   * @return the limits
   * @throws IllegalArgumentException if a limit is below 1
   */
  public static ReadLimits of(
      long maxDocumentLength,
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength) {
    return new ReadLimits(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * The longest document, in characters or bytes.
   *
   * @return the limit
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The deepest nesting of objects and arrays.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest string value, in characters.
   *
   * @return the limit
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest number, in characters.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The longest field name, in characters.
   *
   * @return the limit
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  private static long atLeastOne(long value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException("read limit " + field + " must be ≥ 1, was " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadLimits
        && ((ReadLimits) other).maxDocumentLength == maxDocumentLength
        && ((ReadLimits) other).maxNestingDepth == maxNestingDepth
        && ((ReadLimits) other).maxStringLength == maxStringLength
        && ((ReadLimits) other).maxNumberLength == maxNumberLength
        && ((ReadLimits) other).maxNameLength == maxNameLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /** Returns the limits by name, e.g. {@code ReadLimits[maxDocumentLength=16777216, ...]}. */
  @Override
  public String toString() {
    return "ReadLimits[maxDocumentLength="
        + maxDocumentLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + "]";
  }
}
