package io.github.frikommune.json.jackson3;

import io.github.frikommune.json.format.internal.FieldName;
import io.github.frikommune.json.format.internal.TokenWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/**
 * The format's tokens to Jackson 3's generator, which pretty-prints them. Field names go as
 * Jackson's {@link SerializedString}, their quoted UTF-8 bytes made once, as Jackson's own
 * serializers write them.
 */
final class GeneratorWriter implements TokenWriter {
  private final JsonGenerator g;

  GeneratorWriter(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(FieldName name) {
    g.writeName(name.prepared(SerializedString.class, SerializedString::new));
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void string(char[] text, int offset, int length) {
    g.writeString(text, offset, length);
  }

  @Override
  public void number(long value) {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }
}
