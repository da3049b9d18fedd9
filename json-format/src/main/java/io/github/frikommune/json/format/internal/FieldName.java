package io.github.frikommune.json.format.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * A field's name as the codecs write it, with the form a JSON library prepares to write it
 * fast (for Jackson, its quoted UTF-8 bytes), made once and kept. Immutable in what it says
 * and thread-safe.
 */
public final class FieldName {
  private final String text;
  private volatile Prepared prepared;

  private FieldName(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * The name.
   *
   * @param text the field's name, e.g. {@code schemaVersion}
   * @return the name
   */
  public static FieldName of(String text) {
    return new FieldName(text);
  }

  /**
   * The name's text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The name in a library's prepared form, made on first use for that kind of form and kept.
   *
   * @param <P> the prepared form's type
   * @param kind the prepared form's class, which tells the libraries' forms apart
   * @param prepare makes the form from the text
   * @return the prepared form
   */
  public <P> P prepared(Class<P> kind, Function<String, ? extends P> prepare) {
    Prepared p = prepared;
    if (p == null || p.kind != kind) {
      // Two threads may both prepare it; either form is right, and the last one is kept.
      p = new Prepared(kind, prepare.apply(text));
      prepared = p;
    }
    return kind.cast(p.form);
  }

  /** Returns the text. */
  @Override
  public String toString() {
    return text;
  }

  /** A prepared form and the class of form it is, kept together so a reader sees both. */
  private static final class Prepared {
    final Class<?> kind;
    final Object form;

    Prepared(Class<?> kind, Object form) {
      this.kind = kind;
      this.form = form;
    }
  }
}
