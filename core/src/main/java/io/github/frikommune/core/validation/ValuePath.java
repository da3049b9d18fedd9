package io.github.frikommune.core.validation;

import io.github.frikommune.core.internal.Checks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path from a validated object to an offending value, written as in JSON paths without the
 * leading {@code $}: {@code applications[3].coApplicants[1]}.
 *
 * <p>Field names are those of the model's accessors, and indexes count from 0 in the order of
 * the model's lists, so a path points at the same value in the Java object and in its JSON
 * form. The empty path is the validated object itself. {@code parse(toString())} gives back
 * the same value. Immutable and thread-safe.
 */
public final class ValuePath {
  private static final ValuePath ROOT = new ValuePath("");
  private static final Pattern FIELD = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern SEGMENT = Pattern.compile("([a-z][A-Za-z0-9]*)((?:\\[(?:0|[1-9][0-9]{0,8})\\])*)");

  private final String text;

  private ValuePath(String text) {
    this.text = text;
  }

  /**
   * The empty path: the validated object itself.
   *
   * @return the root path
   */
  public static ValuePath root() {
    return ROOT;
  }

  /**
   * A path of one field, e.g. {@code submittedOn}.
   *
   * @param field the field's name: a lower-case letter, then letters and digits
   * @return the path
   * @throws IllegalArgumentException if the name is malformed
   */
  public static ValuePath of(String field) {
    return ROOT.field(field);
  }

  /**
   * Parses the text form, the inverse of {@link #toString()}: fields joined by dots, each
   * followed by any number of {@code [index]}; the empty text is the root.
   *
   * @param text the path, e.g. {@code applications[3].coApplicants[1]}
   * @return the path
   * @throws IllegalArgumentException if the text is not a path in that form
   */
  public static ValuePath parse(CharSequence text) {
    String s = text.toString();
    if (s.isEmpty()) {
      return ROOT;
    }
    for (String segment : s.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "value path must be fields joined by '.', each with optional [index], e.g."
                + " 'applications[3].coApplicants[1]', was '"
                + s
                + "'");
      }
    }
    return new ValuePath(s);
  }

  /**
   * The path of a field of the value at this path.
   *
   * @param field the field's name: a lower-case letter, then letters and digits
   * @return the longer path
   * @throws IllegalArgumentException if the name is malformed
   */
  public ValuePath field(String field) {
    Checks.matches(field, FIELD, "a lower-case letter followed by letters and digits", "value path field");
    return new ValuePath(text.isEmpty() ? field : text + "." + field);
  }

  /**
   * The path of an element of the list at this path.
   *
   * @param index the element's index, from 0
   * @return the longer path
   * @throws IllegalArgumentException if this is the root or the index is negative
   */
  public ValuePath index(int index) {
    Checks.require(!text.isEmpty(), "value path index needs a field before it, was [%d] at the root", index);
    Checks.atLeast(index, 0, "value path index");
    return new ValuePath(text + "[" + index + "]");
  }

  /**
   * The path of a list element's field, a shorthand for {@code field(list).index(index)}.
   *
   * @param list the list field's name
   * @param index the element's index, from 0
   * @return the longer path
   * @throws IllegalArgumentException if the name is malformed or the index negative
   */
  public ValuePath element(String list, int index) {
    return field(list).index(index);
  }

  /**
   * This path followed by another, relative one: how a portfolio's validator places an
   * application's violations under {@code applications[3]}.
   *
   * @param relative the path below this one
   * @return the joined path
   */
  public ValuePath resolve(ValuePath relative) {
    if (relative.text.isEmpty()) {
      return this;
    }
    return text.isEmpty() ? relative : new ValuePath(text + "." + relative.text);
  }

  /**
   * Whether this is the empty path.
   *
   * @return true for the root
   */
  public boolean isRoot() {
    return text.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValuePath && ((ValuePath) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the path, e.g. {@code applications[3].coApplicants[1]}, or the empty text for the
   * root; {@link #parse(CharSequence)} reads it back.
   */
  @Override
  public String toString() {
    return text;
  }
}
