package io.github.frikommune.core.validation;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.immutables.value.Value;

/**
 * A broken business rule (<i>regelbrud</i>): which rule, where, and with what value.
 *
 * <p>Example: a co-applicant from outside the North Jutland network gives code
 * {@code applicant-outside-network} at path {@code applications[0].coApplicants[0]} with the
 * offending value {@code Vejle}. The message exists in Danish and English; {@link
 * #message(Locale)} gives Danish for a Danish locale and English otherwise. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  private static final String BUNDLE = "io.github.frikommune.core.validation.messages";
  private static final Locale DANISH = Locale.forLanguageTag("da");

  Violation() {}

  /**
   * The rule broken.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract ViolationCode code();

  /**
   * Where the offending value is, relative to the validated object.
   *
   * @return the path, e.g. {@code applications[3].coApplicants[1]}
   */
  @Value.Parameter
  public abstract ValuePath path();

  /**
   * The offending value in its text form, the one its type's {@code parse} reads, e.g.
   * {@code Hjørring} or {@code 2016-12-02}; empty text where a value is missing.
   *
   * @return the value's text
   */
  @Value.Parameter
  public abstract String offendingValue();

  /**
   * The further facts the message names, e.g. the deadline that was missed; each in its text
   * form.
   *
   * @return the arguments, in the order the messages use them
   */
  @Value.Parameter
  public abstract ImmutableList<String> arguments();

  /**
   * Returns a violation.
   *
   * @param code the rule broken
   * @param path where the offending value is
   * @param offendingValue the value's text form, or the empty text where a value is missing
   * @param arguments further facts the message names, each in its text form
   * @return the violation
   */
  public static Violation of(ViolationCode code, ValuePath path, String offendingValue, String... arguments) {
    return ImmutableViolation.of(code, path, offendingValue, Arrays.asList(arguments));
  }

  /**
   * How serious the violation is: the severity of its code.
   *
   * @return the severity
   */
  public Severity severity() {
    return code().severity();
  }

  /**
   * The message in a language: Danish for a Danish locale, English for any other.
   *
   * @param locale the reader's locale
   * @return the message, naming the offending value and the facts it breaks
   */
  public String message(Locale locale) {
    boolean danish = DANISH.getLanguage().equals(locale.getLanguage());
    // Only the root and the Danish bundle exist; asking for exactly these two locales keeps the
    // choice independent of the machine's default locale.
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, danish ? DANISH : Locale.ROOT);
    Object[] values = new Object[arguments().size() + 1];
    values[0] = offendingValue();
    for (int i = 0; i < arguments().size(); i++) {
      values[i + 1] = arguments().get(i);
    }
    return new MessageFormat(bundle.getString(code().code()), danish ? DANISH : Locale.ENGLISH).format(values);
  }

  /**
   * The message in Danish.
   *
   * @return the Danish message
   */
  public String danishMessage() {
    return message(DANISH);
  }

  /**
   * The message in English.
   *
   * @return the English message
   */
  public String englishMessage() {
    return message(Locale.ENGLISH);
  }

  /**
   * Returns severity, code, path and English message, e.g. {@code error
   * submitted-after-deadline at applications[0].submittedOn: …}.
   */
  @Override
  public String toString() {
    return severity().code() + " " + code().code() + " at " + (path().isRoot() ? "(root)" : path()) + ": " + englishMessage();
  }
}
