package io.github.frikommune.json.format.internal;

/** The kinds of token a {@link TokenReader} gives, one for each piece of JSON text. */
public enum Token {
  /** The opening brace: the start of an object. */
  START_OBJECT,
  /** The closing brace: the end of an object. */
  END_OBJECT,
  /** The opening bracket: the start of an array. */
  START_ARRAY,
  /** The closing bracket: the end of an array. */
  END_ARRAY,
  /** A field's name, before its value. */
  NAME,
  /** A string value. */
  STRING,
  /** A whole number. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE,
  /** {@code null}. */
  NULL,
  /** Anything a JSON library may give that is no JSON value, e.g. an embedded object. */
  OTHER
}
