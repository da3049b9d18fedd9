package io.github.frikommune.core.law;

import io.github.frikommune.core.internal.Checks;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A citation of a legal provision (<i>bestemmelse</i>): a whole law, one of its chapters
 * (<i>kapitel</i>), or a section (<i>§</i>) with an optional subsection (<i>stk.</i>), item
 * (<i>nr.</i>) and letter (<i>litra</i>).
 *
 * <p>The Danish citation is the canonical text, and {@code parse(toString())} gives back the
 * same value:
 *
 * <pre>{@code
 * Provision p = Provision.parse("aktivloven § 65, stk. 1, nr. 2");
 * p.contains(Provision.parse("aktivloven § 65, stk. 1, nr. 2, litra a"));   // true
 * Provision.parse("aktivloven § 16").contains(Provision.parse("aktivloven § 17")); // false
 * }</pre>
 *
 * <p>An exemption from a provision covers its subdivisions but not its siblings: § 16 contains
 * § 16, stk. 2, nr. 1, and not § 17. Immutable and thread-safe.
 */
public final class Provision {
  private static final Pattern NUMBER_WITH_LETTER = Pattern.compile("[1-9][0-9]*( [a-z])?");
  private static final Pattern LETTER = Pattern.compile("[a-z]");

  private final String law;
  private final String chapter;
  private final String section;
  private final int subsection;
  private final int item;
  private final String letter;
  private final String text;

  private Provision(
      String law, String chapter, String section, int subsection, int item, String letter) {
    this(law, chapter, section, subsection, item, letter, null);
  }

  private Provision(
      String law, String chapter, String section, int subsection, int item, String letter, String text) {
    this.law = law;
    this.chapter = chapter;
    this.section = section;
    this.subsection = subsection;
    this.item = item;
    this.letter = letter;
    this.text = text != null ? text : render();
  }

  /**
   * A whole law, e.g. {@code aktivloven}.
   *
   * @param law how the law is cited: its short name or title, not blank, without "§"
   * @return the citation of the whole law
   * @throws IllegalArgumentException if {@code law} is blank, padded, or contains "§" or
   *     " kapitel "
   */
  public static Provision wholeLaw(String law) {
    return new Provision(checkLaw(law), null, null, 0, 0, null);
  }

  /**
   * A chapter of a law, e.g. {@code lov om aktiv socialpolitik kapitel 4}.
   *
   * @param law how the law is cited
   * @param chapter the chapter number, e.g. {@code 4} or {@code 4 a}
   * @return the citation of the chapter
   * @throws IllegalArgumentException if a part is malformed
   */
  public static Provision chapter(String law, String chapter) {
    return new Provision(checkLaw(law), checkNumber(chapter, "chapter"), null, 0, 0, null);
  }

  /**
   * A section of a law, e.g. {@code aktivloven § 65}. Narrow it with {@link #withSubsection},
   * {@link #withItem} and {@link #withLetter}.
   *
   * @param law how the law is cited
   * @param section the section number, e.g. {@code 65} or {@code 65 a}
   * @return the citation of the section
   * @throws IllegalArgumentException if a part is malformed
   */
  public static Provision section(String law, String section) {
    return new Provision(checkLaw(law), null, checkNumber(section, "section"), 0, 0, null);
  }

  /**
   * Parses a Danish citation, the inverse of {@link #toString()}: {@code <law>},
   * {@code <law> kapitel <n>}, or {@code <law> § <n>[, stk. <n>][, nr. <n>][, litra <x>]}.
   *
   * @param citation the citation, e.g. {@code aktivloven § 65, stk. 1, nr. 2}
   * @return the provision
   * @throws IllegalArgumentException if the text is not a citation in that form
   */
  public static Provision parse(CharSequence citation) {
    String s = citation.toString();
    Provision parsed;
    try {
      Parts parts = Parts.split(s);
      if (parts == null) {
        throw new IllegalArgumentException("it does not have that form");
      }
      parsed =
          new Provision(
              checkParsedLaw(parts.law),
              parts.chapter,
              parts.section,
              parseNumber(parts.subsection, "subsection"),
              parseNumber(parts.item, "item"),
              parts.letter,
              // A citation that parses is canonical: rendering its parts gives back the text.
              s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "provision must be cited as '<law> § <n>[, stk. <n>][, nr. <n>][, litra <x>]',"
              + " '<law> kapitel <n>' or '<law>', was '"
              + s
              + "': "
              + e.getMessage(),
          e);
    }
    return parsed;
  }

  /**
   * A copy narrowed to a subsection (<i>stk.</i>) of this section.
   *
   * @param subsection the subsection number, ≥ 1
   * @return the narrower provision
   * @throws IllegalArgumentException if this is not a section citation, or the number is below 1
   */
  public Provision withSubsection(int subsection) {
    requireSection("subsection");
    return new Provision(law, null, section, Checks.atLeast(subsection, 1, "subsection"), item, letter);
  }

  /**
   * A copy narrowed to an item (<i>nr.</i>) of this section or subsection.
   *
   * @param item the item number, ≥ 1
   * @return the narrower provision
   * @throws IllegalArgumentException if this is not a section citation, or the number is below 1
   */
  public Provision withItem(int item) {
    requireSection("item");
    return new Provision(law, null, section, subsection, Checks.atLeast(item, 1, "item"), letter);
  }

  /**
   * A copy narrowed to a letter (<i>litra</i>).
   *
   * @param letter one lower-case letter, e.g. {@code a}
   * @return the narrower provision
   * @throws IllegalArgumentException if this is not a section citation, or the letter is not one
   *     lower-case letter
   */
  public Provision withLetter(String letter) {
    requireSection("letter");
    return new Provision(
        law, null, section, subsection, item, Checks.matches(letter, LETTER, "one lower-case letter a-z", "letter"));
  }

  /**
   * How the law is cited, e.g. {@code aktivloven} or {@code lov om frikommunenetværk}.
   *
   * @return the law's name
   */
  public String law() {
    return law;
  }

  /**
   * The chapter, for a chapter citation.
   *
   * @return the chapter number, e.g. {@code 4}, or empty
   */
  public Optional<String> chapter() {
    return Optional.ofNullable(chapter);
  }

  /**
   * The section (§), for a section citation.
   *
   * @return the section number, e.g. {@code 65} or {@code 65 a}, or empty
   */
  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  /**
   * The subsection (stk.).
   *
   * @return the subsection number, or empty
   */
  public OptionalInt subsection() {
    return subsection == 0 ? OptionalInt.empty() : OptionalInt.of(subsection);
  }

  /**
   * The item (nr.).
   *
   * @return the item number, or empty
   */
  public OptionalInt item() {
    return item == 0 ? OptionalInt.empty() : OptionalInt.of(item);
  }

  /**
   * The letter (litra).
   *
   * @return the letter, or empty
   */
  public Optional<String> letter() {
    return Optional.ofNullable(letter);
  }

  /**
   * Whether this citation names the whole law.
   *
   * @return true for a whole-law citation
   */
  public boolean isWholeLaw() {
    return chapter == null && section == null;
  }

  /**
   * Whether an exemption from this provision covers another. A provision covers itself and its
   * subdivisions, never its siblings: {@code § 16} contains {@code § 16, stk. 2, nr. 1} but not
   * {@code § 17}; a whole law contains all its provisions; a chapter contains only itself, since
   * a citation does not say which sections a chapter holds.
   *
   * @param other the provision asked about
   * @return true if {@code other} is this provision or lies inside it
   */
  public boolean contains(Provision other) {
    if (!law.equals(other.law)) {
      return false;
    }
    if (isWholeLaw()) {
      return true;
    }
    if (chapter != null) {
      return chapter.equals(other.chapter);
    }
    if (!section.equals(other.section)) {
      return false;
    }
    // The parts below the section form a path: every part this citation fixes, and every part
    // before its deepest one (fixed or explicitly absent), must be the same in the other.
    int depth = letter != null ? 3 : item != 0 ? 2 : subsection != 0 ? 1 : 0;
    return (depth < 1 || subsection == other.subsection)
        && (depth < 2 || item == other.item)
        && (depth < 3 || letter.equals(other.letter));
  }

  private void requireSection(String part) {
    if (section == null) {
      throw new IllegalArgumentException(
          "provision " + part + " needs a section (§) citation, was '" + text + "'");
    }
  }

  private static String checkLaw(String law) {
    Checks.trimmed(law, "provision law");
    if (law.contains("§") || law.contains(" kapitel ") || law.endsWith(" kapitel")) {
      throw new IllegalArgumentException(
          "provision law must not contain '§' or ' kapitel ', was '" + law + "'");
    }
    return law;
  }

  /**
   * When the parts after the law do not match, the pattern takes the whole text as the law; the
   * law then holds the "§" from which on the text went wrong, and the message says so.
   */
  private static String checkParsedLaw(String law) {
    int sign = law.indexOf('§');
    if (sign == 0) {
      throw new IllegalArgumentException("it names no law before '§'");
    }
    if (sign > 0) {
      throw new IllegalArgumentException(
          "the part from '§' on does not have that form, was '" + law.substring(sign) + "'");
    }
    return checkLaw(law);
  }

  private static int parseNumber(String digits, String field) {
    if (digits == null) {
      return 0;
    }
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          field + " must be at most " + Integer.MAX_VALUE + ", was " + digits, e);
    }
  }

  private static String checkNumber(String number, String field) {
    return Checks.matches(
        number, NUMBER_WITH_LETTER, "a number ≥ 1 with an optional ' x' letter", field);
  }

  private String render() {
    StringBuilder b = new StringBuilder(law);
    if (chapter != null) {
      b.append(" kapitel ").append(chapter);
    }
    if (section != null) {
      b.append(" § ").append(section);
    }
    if (subsection != 0) {
      b.append(", stk. ").append(subsection);
    }
    if (item != 0) {
      b.append(", nr. ").append(item);
    }
    if (letter != null) {
      b.append(", litra ").append(letter);
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Provision && ((Provision) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the canonical Danish citation, e.g. {@code aktivloven § 65, stk. 1}; {@link
   * #parse(CharSequence)} reads it back.
   */
  @Override
  public String toString() {
    return text;
  }

  /**
   * A citation split into its parts as the canonical form
   * {@code <law>[ kapitel <n>| § <n>[, stk. <n>][, nr. <n>][, litra <x>]]} splits it, by hand: the
   * law is the shortest start of the text after which the rest is a chapter or a section
   * citation, or the whole text when no such rest exists, and no part may hold a line break.
   * This is what the regular expression
   * {@code (.+?)(?: kapitel (N)| § (N)(?:, stk\. (D))?(?:, nr\. (D))?(?:, litra ([a-z]))?)?}
   * matches, with N = {@code [1-9][0-9]*(?: [a-z])?} and D = {@code [1-9][0-9]*}, without a
   * matcher's cost on every citation a document holds.
   */
  private static final class Parts {
    private String law;
    private String chapter;
    private String section;
    private String subsection;
    private String item;
    private String letter;

    /** The parts, or null if the text has no such split. */
    static Parts split(String s) {
      int length = s.length();
      if (length == 0) {
        return null;
      }
      for (int i = 0; i < length; i++) {
        if (isLineBreak(s.charAt(i))) {
          return null;
        }
      }
      for (int i = 1; i < length; i++) {
        if (s.charAt(i) == ' ') {
          Parts parts = rest(s, i);
          if (parts != null) {
            parts.law = s.substring(0, i);
            return parts;
          }
        }
      }
      Parts whole = new Parts();
      whole.law = s;
      return whole;
    }

    /** The chapter or section citation that is the whole text from {@code at}, or null. */
    private static Parts rest(String s, int at) {
      if (s.startsWith(" kapitel ", at)) {
        int start = at + " kapitel ".length();
        if (number(s, start, true) != s.length()) {
          return null;
        }
        Parts parts = new Parts();
        parts.chapter = s.substring(start);
        return parts;
      }
      if (!s.startsWith(" § ", at)) {
        return null;
      }
      int section = at + " § ".length();
      int subsection = number(s, section, true);
      if (subsection < 0) {
        return null;
      }
      int item = part(s, subsection, ", stk. ", false);
      int letter = part(s, item, ", nr. ", false);
      int end = part(s, letter, ", litra ", true);
      if (end != s.length()) {
        return null;
      }
      Parts parts = new Parts();
      parts.section = s.substring(section, subsection);
      parts.subsection = item > subsection ? s.substring(subsection + ", stk. ".length(), item) : null;
      parts.item = letter > item ? s.substring(item + ", nr. ".length(), letter) : null;
      parts.letter = end > letter ? s.substring(letter + ", litra ".length(), end) : null;
      return parts;
    }

    /**
     * The end of a part {@code <prefix><n>} (or {@code <prefix><x>} for a letter) at
     * {@code at}, or {@code at} if there is none.
     */
    private static int part(String s, int at, String prefix, boolean letter) {
      if (!s.startsWith(prefix, at)) {
        return at;
      }
      int start = at + prefix.length();
      if (letter) {
        return start < s.length() && isLetter(s.charAt(start)) ? start + 1 : at;
      }
      int end = number(s, start, false);
      return end < 0 ? at : end;
    }

    /**
     * The end of {@code [1-9][0-9]*}, with {@code ( [a-z])?} after it if {@code withLetter},
     * starting at {@code at}; -1 if there is none.
     */
    private static int number(String s, int at, boolean withLetter) {
      int length = s.length();
      if (at >= length || s.charAt(at) < '1' || s.charAt(at) > '9') {
        return -1;
      }
      int end = at + 1;
      while (end < length && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
        end++;
      }
      if (withLetter && end + 1 < length && s.charAt(end) == ' ' && isLetter(s.charAt(end + 1))) {
        end += 2;
      }
      return end;
    }

    private static boolean isLetter(char c) {
      return c >= 'a' && c <= 'z';
    }

    /** The characters a regular expression's {@code .} does not match. */
    private static boolean isLineBreak(char c) {
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
  }
}
