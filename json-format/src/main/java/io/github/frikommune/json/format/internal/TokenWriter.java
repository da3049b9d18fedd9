package io.github.frikommune.json.format.internal;

/**
 * Where the codecs write values, token by token, in the format's order. An adapter implements
 * it over a JSON library's generator, which does the pretty printing.
 */
public interface TokenWriter {

  /** Writes the opening brace of an object. */
  void startObject();

  /** Writes the closing brace of an object. */
  void endObject();

  /** Writes the opening bracket of an array. */
  void startArray();

  /** Writes the closing bracket of an array. */
  void endArray();

  /**
   * Writes a field's name; its value follows.
   *
   * @param name the name
   */
  void name(FieldName name);

  /**
   * Writes a string.
   *
   * @param value the string
   */
  void string(String value);

  /**
   * Writes a string held in part of an array, as {@link #string(String)} would write it.
   *
   * @param text the characters
   * @param offset where the string starts in them
   * @param length the string's length
   */
  void string(char[] text, int offset, int length);

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  void number(long value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  void bool(boolean value);
}
