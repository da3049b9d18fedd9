package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.frikommune.json.format.internal.FieldName;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The format's tokens written with Jackson 2's generator, every kind the codecs write, and the
 * field names prepared once for it.
 */
class GeneratorWriterTest {

  private static String written(Consumer<GeneratorWriter> tokens) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Tokens.FACTORY.createGenerator(out)) {
      tokens.accept(new GeneratorWriter(g));
    }
    return out.toString();
  }

  @Test
  void everyKindOfToken_isWritten() throws IOException {
    char[] text = "xMikrolånx".toCharArray();

    String json =
        written(
            out -> {
              out.startObject();
              out.name(FieldName.of("text"));
              out.string("å \"1\"");
              out.name(FieldName.of("part"));
              out.string(text, 1, 8);
              out.name(FieldName.of("long"));
              out.number(-9_007_199_254_740_993L);
              out.name(FieldName.of("flags"));
              out.startArray();
              out.bool(true);
              out.bool(false);
              out.endArray();
              out.name(FieldName.of("empty"));
              out.startArray();
              out.endArray();
              out.endObject();
            });

    assertThat(json)
        .isEqualTo(
            "{\"text\":\"å \\\"1\\\"\",\"part\":\"Mikrolån\",\"long\":-9007199254740993,\"flags\":[true,false],"
                + "\"empty\":[]}");
  }

  @Test
  void fieldName_isPreparedOnce_forTheKindOfFormAGeneratorTakes() throws IOException {
    FieldName name = FieldName.of("schemaVersion");

    written(
        out -> {
          out.startObject();
          out.name(name);
          out.number(1);
          out.endObject();
        });
    SerializedString prepared = name.prepared(SerializedString.class, text -> new SerializedString("other"));

    assertThat(prepared.getValue()).isEqualTo("schemaVersion");
    assertThat(written(out -> {
          out.startObject();
          out.name(name);
          out.number(1);
          out.endObject();
        }))
        .isEqualTo("{\"schemaVersion\":1}");
    assertThat(name.prepared(SerializedString.class, SerializedString::new)).isSameAs(prepared);
  }

  @Test
  void fieldName_keepsTheFormLastPrepared() {
    FieldName name = FieldName.of("title");
    AtomicInteger prepared = new AtomicInteger();

    String first = name.prepared(String.class, text -> text + prepared.incrementAndGet());
    String again = name.prepared(String.class, text -> text + prepared.incrementAndGet());
    Integer length = name.prepared(Integer.class, String::length);
    String afterOther = name.prepared(String.class, text -> text + prepared.incrementAndGet());

    assertThat(first).isEqualTo("title1").isSameAs(again);
    assertThat(length).isEqualTo(5);
    assertThat(afterOther).isEqualTo("title2");
    assertThat(name.text()).isEqualTo("title");
    assertThat(name).hasToString("title");
    assertThatThrownBy(() -> FieldName.of(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void outputThatCannotBeWritten_isAnIoProblem() throws IOException {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("the disk is full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    JsonGenerator g = Tokens.FACTORY.createGenerator(broken);
    GeneratorWriter out = new GeneratorWriter(g);
    out.startArray();

    UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, () -> out.string("x".repeat(100_000)));

    assertThat(e).hasCauseInstanceOf(IOException.class).hasMessageContaining("the disk is full");
  }
}
