package io.github.frikommune.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.frikommune.json.format.internal.FieldName;
import io.github.frikommune.json.format.internal.TokenWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The format's tokens to Jackson 2's generator, which pretty-prints them. Field names go as
 * Jackson's {@link SerializedString}, their quoted UTF-8 bytes made once, as Jackson's own
 * serializers write them. A failure to write is carried out in an {@link UncheckedIOException}
 * that {@link CodecSerializer} unwraps.
 */
final class GeneratorWriter implements TokenWriter {
  private final JsonGenerator g;

  GeneratorWriter(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() {
    try {
      g.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startArray() {
    try {
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(FieldName name) {
    try {
      g.writeFieldName(name.prepared(SerializedString.class, SerializedString::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      g.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(char[] text, int offset, int length) {
    try {
      g.writeString(text, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(long value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      g.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
