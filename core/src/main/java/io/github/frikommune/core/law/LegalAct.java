package io.github.frikommune.core.law;

import io.github.frikommune.core.internal.Checks;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A law, consolidated law or executive order (<i>lov</i>, <i>lovbekendtgørelse</i>,
 * <i>bekendtgørelse</i>) as published in Lovtidende: its kind, number and date, with a short
 * and an optional full title, and for a law the bill it came from and the day Folketinget
 * passed it where they are on record.
 *
 * <p>Example: {@code Lov nr. 658 af 8. juni 2017} (lov om frikommunenetværk), bill L 200
 * (2016-17), passed on 1 June 2017: the legal basis of the first round of Frikommuneforsøg II;
 * or {@code BEK nr. 529 af 23. maj 2018}, an executive order under existing trial powers.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LegalAct implements WithLegalAct {
  private static final String[] MONTHS = {
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december"
  };

  LegalAct() {}

  /**
   * The kind: law, consolidated law or executive order.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract LegalActKind kind();

  /**
   * The number in Lovtidende, e.g. 658.
   *
   * @return the number, ≥ 1
   */
  @Value.Parameter
  public abstract int number();

  /**
   * The date of the act, e.g. 8 June 2017.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The short title by which provisions cite the act, e.g. {@code lov om frikommunenetværk}.
   *
   * @return the short title
   */
  @Value.Parameter
  public abstract String shortTitle();

  /**
   * The full title, where it differs from the short title.
   *
   * @return the full title, or empty
   */
  public abstract Optional<String> fullTitle();

  /**
   * The bill (<i>lovforslag</i>) a law came from, as Folketinget numbers it, e.g.
   * {@code L 200 (2016-17)}.
   *
   * @return the bill, or empty for an executive order or consolidated law, or where it is not
   *     on record
   */
  public abstract Optional<String> bill();

  /**
   * The day Folketinget passed a law (<i>vedtaget</i>), on or before the act's date, e.g.
   * 1 June 2017 for lov nr. 658 af 8. juni 2017.
   *
   * @return the day passed, or empty for an executive order or consolidated law, or where it
   *     is not on record
   */
  public abstract Optional<LocalDate> passedOn();

  /**
   * The day the act was adopted: the day Folketinget passed a law where that is on record,
   * else the act's date.
   *
   * @return the day of adoption
   */
  public LocalDate adoptedOn() {
    return passedOn().orElse(date());
  }

  /**
   * Returns the act with these parts.
   *
   * @param kind the kind
   * @param number the number, ≥ 1
   * @param date the date of the act
   * @param shortTitle the short title, not blank
   * @return the act
   * @throws IllegalArgumentException if the number is below 1 or the title is blank
   */
  public static LegalAct of(LegalActKind kind, int number, LocalDate date, String shortTitle) {
    return ImmutableLegalAct.of(kind, number, date, shortTitle);
  }

  /**
   * A builder for an act with a full title.
   *
   * @return a new builder
   */
  public static ImmutableLegalAct.Builder builder() {
    return new ImmutableLegalAct.Builder();
  }

  /**
   * The Danish citation of the act itself, e.g. {@code lov nr. 658 af 8. juni 2017} or
   * {@code BEK nr. 529 af 23. maj 2018}.
   *
   * @return the citation
   */
  public String citation() {
    String kindText = kind() == LegalActKind.LAW ? "lov" : kind().abbreviation();
    return String.format(
        Locale.ROOT,
        "%s nr. %d af %d. %s %d",
        kindText,
        number(),
        date().getDayOfMonth(),
        MONTHS[date().getMonthValue() - 1],
        date().getYear());
  }

  @Value.Check
  void check() {
    Checks.atLeast(number(), 1, "legal act number");
    Checks.trimmed(shortTitle(), "legal act shortTitle");
    fullTitle().ifPresent(t -> Checks.trimmed(t, "legal act fullTitle"));
    bill().ifPresent(b -> Checks.trimmed(b, "legal act bill"));
    passedOn().ifPresent(day -> Checks.require(
        !day.isAfter(date()), "legal act passedOn must be on or before its date %s, was %s", date(), day));
    Checks.require(
        kind() == LegalActKind.LAW || bill().isEmpty() && passedOn().isEmpty(),
        "legal act bill and passedOn are for a law, not a %s, was bill %s and passedOn %s",
        kind().code(),
        bill().orElse("none"),
        passedOn().map(LocalDate::toString).orElse("none"));
  }
}
