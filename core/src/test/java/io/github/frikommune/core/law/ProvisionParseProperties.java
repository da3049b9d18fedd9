package io.github.frikommune.core.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Provision#parse} splits a citation by hand exactly as the regular expression of the
 * canonical form splits it: the same parts for every text that parses, the same message for
 * every text that does not. The expression, and parsing with it, are kept here as the
 * reference.
 */
class ProvisionParseProperties {
  private static final Pattern CITATION =
      Pattern.compile(
          "(?<law>.+?)"
              + "(?: kapitel (?<chapter>[1-9][0-9]*(?: [a-z])?)"
              + "| § (?<section>[1-9][0-9]*(?: [a-z])?)"
              + "(?:, stk\\. (?<subsection>[1-9][0-9]*))?"
              + "(?:, nr\\. (?<item>[1-9][0-9]*))?"
              + "(?:, litra (?<letter>[a-z]))?)?");

  private static final List<String> PIECES =
      List.of(
          "aktivloven", "LAB", "lov om frikommunenetværk", " ", "§", " § ", "kapitel", " kapitel ", ", stk. ",
          ", nr. ", ", litra ", ", ", "stk.", "1", "0", "65", "9", "99999999999", "a", "b", "A", ",", ".",
          "\n", "\r", "\u2028", "\u0085", "ø", "x", "§ 1");

  @Property(tries = 10_000)
  void parse_splitsAsTheCanonicalExpressionDoes(@ForAll("citations") String citation) {
    assertThat(outcome(() -> Provision.parse(citation))).isEqualTo(outcome(() -> parseByExpression(citation)));
  }

  @Provide
  Arbitrary<String> citations() {
    return Arbitraries.of(PIECES).list().ofMaxSize(9).map(pieces -> String.join("", pieces));
  }

  /** Parsing with the expression, each part checked in the order the parser checks it. */
  private static Provision parseByExpression(String s) {
    Matcher m = CITATION.matcher(s);
    try {
      if (!m.matches()) {
        throw new IllegalArgumentException("it does not have that form");
      }
      String law = m.group("law");
      int sign = law.indexOf('§');
      if (sign == 0) {
        throw new IllegalArgumentException("it names no law before '§'");
      }
      if (sign > 0) {
        throw new IllegalArgumentException(
            "the part from '§' on does not have that form, was '" + law.substring(sign) + "'");
      }
      Provision p = Provision.wholeLaw(law);
      if (m.group("chapter") != null) {
        return Provision.chapter(law, m.group("chapter"));
      }
      if (m.group("section") != null) {
        p = Provision.section(law, m.group("section"));
        int subsection = number(m.group("subsection"), "subsection");
        int item = number(m.group("item"), "item");
        p = subsection > 0 ? p.withSubsection(subsection) : p;
        p = item > 0 ? p.withItem(item) : p;
        p = m.group("letter") != null ? p.withLetter(m.group("letter")) : p;
      }
      return p;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "provision must be cited as '<law> § <n>[, stk. <n>][, nr. <n>][, litra <x>]',"
              + " '<law> kapitel <n>' or '<law>', was '"
              + s
              + "': "
              + e.getMessage(),
          e);
    }
  }

  private static int number(String digits, String field) {
    if (digits == null) {
      return 0;
    }
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be at most " + Integer.MAX_VALUE + ", was " + digits, e);
    }
  }

  /** The parts and text of what a parse gives, or the message it rejects the text with. */
  private static String outcome(Supplier<Provision> parse) {
    try {
      Provision p = parse.get();
      return "law=" + p.law() + " chapter=" + p.chapter() + " section=" + p.section() + " subsection="
          + p.subsection() + " item=" + p.item() + " letter=" + p.letter() + " text=" + p;
    } catch (IllegalArgumentException e) {
      return "rejected: " + e.getMessage();
    }
  }
}
