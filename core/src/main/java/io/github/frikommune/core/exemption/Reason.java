package io.github.frikommune.core.exemption;

import com.google.common.collect.ImmutableList;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A reason why a municipality may not deviate from a provision (<i>begrundelse for afslag</i>),
 * as the exemption index gives it.
 *
 * <p>The kinds are closed: {@link #kind()} tells which subclass an instance is. Example: for
 * Hjørring and Mikrolån the reason is {@link MustApplySeparately}; for Aalborg on 30 June 2017
 * it is {@link NotYetInForce}, in force from 1 July 2017. Each reason has a message in Danish
 * and English. Immutable and thread-safe.
 */
public abstract class Reason {
  private static final String BUNDLE = "io.github.frikommune.core.exemption.reasons";
  private static final Locale DANISH = Locale.forLanguageTag("da");

  Reason() {}

  /**
   * Which kind of reason this is; each kind is one subclass.
   *
   * @return the kind
   */
  public abstract ReasonKind kind();

  /** The facts the message names, {0}, {1} …, each in its text form. */
  abstract ImmutableList<Object> messageArguments();

  /**
   * The reason in words: Danish for a Danish locale, English for any other.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    boolean danish = DANISH.getLanguage().equals(locale.getLanguage());
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, danish ? DANISH : Locale.ROOT);
    Object[] values = messageArguments().stream().map(String::valueOf).toArray();
    return new MessageFormat(bundle.getString(kind().code()), danish ? DANISH : Locale.ENGLISH).format(values);
  }

  /** Returns the English message. */
  @Override
  public final String toString() {
    return message(Locale.ENGLISH);
  }
}
