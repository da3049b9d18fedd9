package io.github.frikommune.json;

import static io.github.frikommune.json.Tokens.fails;
import static io.github.frikommune.json.Tokens.failsToRead;
import static io.github.frikommune.json.Tokens.read;
import static io.github.frikommune.json.Tokens.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.json.ObjectCodecTest.Note;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.Codecs;
import io.github.frikommune.json.format.internal.ObjectCodec;
import io.github.frikommune.json.format.internal.SchemaBuilder;
import io.github.frikommune.json.format.internal.TokenReader;
import io.github.frikommune.json.format.internal.TokenWriter;
import io.github.frikommune.json.format.internal.UnionCodec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Families of objects in the format ({@code json-format}'s {@code UnionCodec}): a made-up
 * family of two kinds of {@link ObjectCodecTest.Note}, whose {@code type} names the kind, read
 * straight from the tokens when {@code type} comes first and from a tree when it does not; see
 * {@link CodecsTest} for why here.
 */
class UnionCodecTest {
  private static final String MEMBERS = "[note, memo]";

  private static final Note CLOSED =
      new Note("Referat", false, Optional.empty(), Optional.of(3), List.of("a"), List.of("møde"));

  private static final Note OPEN =
      new Note("Møde", true, Optional.of(LocalDate.of(2017, 3, 2)), Optional.empty(), List.of(), List.of());

  // The codecs are made for each test, not once for the class, so that a mutation test that
  // changes the factories sees its change.
  private final ObjectCodec<Note, ObjectCodecTest.NoteParts> note = ObjectCodecTest.note("note");

  private final ObjectCodec<Note, ObjectCodecTest.NoteParts> memo = ObjectCodecTest.note("memo");

  /** Open notes are of the kind "note", closed ones of the kind "memo". */
  private final UnionCodec<Note> paper = paper(note, memo);

  /** A made-up value with a list of a family's values. */
  record Tray(List<Note> papers) {}

  private final ObjectCodec<Tray, Tray[]> tray =
      ObjectCodec.builder(Tray.class, "Tray", () -> new Tray[1], b -> b[0] == null ? new Tray(List.of()) : b[0])
          .list("papers", paper, Tray::papers, (b, v) -> b[0] = new Tray(ObjectCodecTest.copied(v)))
          .build();

  private static UnionCodec<Note> paper(ObjectCodec<Note, ?> note, ObjectCodec<Note, ?> memo) {
    Map<String, ObjectCodec<? extends Note, ?>> members = new LinkedHashMap<>();
    members.put("note", note);
    members.put("memo", memo);
    return UnionCodec.of("Paper", n -> n.open() ? "note" : "memo", members);
  }

  @Test
  void value_isWrittenInTheFormOfItsMember() {
    assertThat(written(paper, CLOSED)).isEqualTo(written(memo, CLOSED)).startsWith("{\"type\":\"memo\",");
    assertThat(written(paper, OPEN)).isEqualTo(written(note, OPEN)).startsWith("{\"type\":\"note\",");
    assertThat(paper.schema(new SchemaBuilder())).isEqualTo(Map.of("$ref", "#/$defs/Paper"));
  }

  @Test
  void typeFirst_readsTheMemberItNames() {
    assertThat(read(paper, written(memo, CLOSED))).isEqualTo(CLOSED);
    assertThat(read(paper, written(note, OPEN))).isEqualTo(OPEN);
  }

  @Test
  void typeFirst_problemsOfTheMember_areAtTheirPaths() {
    assertThat(fails(paper, "{\"type\": \"memo\", \"version\": 1, \"title\": 5}"))
        .hasMessage("at /x/title: text must be a JSON string, was 5");
    assertThat(fails(paper, "{\"type\": \"memo\", \"title\": \"Referat\", \"colour\": 1}"))
        .hasMessage("at /x/colour: unknown field 'colour' in Note; its fields are " + ObjectCodecTest.FIELDS);
    assertThat(fails(paper, "{\"type\": \"memo\", \"title\": \"Referat\"}"))
        .hasMessage("at /x/version: field 'version' is required in Note, was missing");
    assertThat(failsToRead(paper, "{\"type\": \"memo\", \"type\": \"memo\"}"))
        .hasMessage("at /x/type: field 'type' must appear once in an object, was repeated");
  }

  @Test
  void typeFirst_isReadStraightFromTheParser_typeLaterFromATree() {
    List<Class<?>> readers = new ArrayList<>();
    Codec<String> label =
        new Codec<>() {
          @Override
          public void encode(String value, TokenWriter out) {
            out.string(value);
          }

          @Override
          public String decode(TokenReader in) {
            readers.add(in.getClass());
            return Codecs.text().decode(in);
          }

          @Override
          public Object schema(SchemaBuilder schemas) {
            return SchemaBuilder.of("type", "string");
          }
        };
    ObjectCodec<String, String[]> tick =
        ObjectCodec.builder(String.class, "Tick", () -> new String[1], b -> b[0])
            .constant("type", "tick")
            .required("label", label, s -> s, (b, v) -> b[0] = v)
            .build();
    UnionCodec<String> mark = UnionCodec.of("Mark", s -> "tick", Map.of("tick", tick));

    assertThat(read(mark, "{\"type\": \"tick\", \"label\": \"a\"}")).isEqualTo("a");
    assertThat(read(mark, "{\"label\": \"b\", \"type\": \"tick\"}")).isEqualTo("b");
    assertThat(readers).hasSize(2);
    assertThat(readers.get(0)).isEqualTo(ParserReader.class);
    assertThat(readers.get(1)).isNotEqualTo(ParserReader.class);
  }

  @Test
  void typeLater_readsTheMemberItNames_fromEveryKindOfValue() {
    String json =
        "{\"version\": 1, \"title\": \"Referat\", \"open\": false, \"priority\": 3, \"lines\": [\"a\"],"
            + " \"tags\": [\"møde\"], \"type\": \"memo\"}";

    assertThat(read(paper, json)).isEqualTo(CLOSED);
    assertThat(read(paper, "{\"title\": \"Møde\", \"due\": \"2017-03-02\", \"open\": true, \"type\": \"note\", \"version\": 1}"))
        .isEqualTo(OPEN);
  }

  @Test
  void typeLater_problemsOfTheMember_areThoseWithTypeFirst() {
    String[] fields = {
      "\"title\": 5",
      "\"title\": {\"text\": \"Møde\"}",
      "\"title\": \"Møde\", \"open\": \"no\"",
      "\"title\": \"Møde\", \"open\": 1",
      "\"title\": \"Møde\", \"due\": null",
      "\"title\": \"Møde\", \"priority\": 99999999999999999999",
      "\"title\": \"Møde\", \"priority\": 2.5",
      "\"title\": \"Møde\", \"priority\": 7",
      "\"title\": \"Møde\", \"lines\": [\"a\", [\"b\"]]",
      "\"title\": \"Møde\", \"tags\": [\"a\", \"a\"]",
      "\"title\": \"Møde\", \"colour\": {\"red\": [true, false, null, 1.5]}",
      "\"title\": \" \"",
      "\"version\": 2, \"title\": \"Møde\"",
    };
    String[] problems = {
      "at /x/title: text must be a JSON string, was 5",
      "at /x/title: text must be a JSON string, was an object",
      "at /x/open: must be true or false, was 'no'",
      "at /x/open: must be true or false, was 1",
      "at /x/due: field 'due' in Note must not be null; leave out a field without a value",
      "at /x/priority: priority must be from 1 to 5, was 99999999999999999999",
      "at /x/priority: priority must be a JSON integer, was 2.5",
      "at /x/priority: priority must be from 1 to 5, was 7",
      "at /x/lines/1: text must be a JSON string, was an array",
      "at /x/tags/1: elements must not repeat, was a again",
      "at /x/colour: unknown field 'colour' in Note; its fields are " + ObjectCodecTest.FIELDS,
      "at /x: note title must not be blank, was ' '",
      "at /x/version: field 'version' of Note must be 1, was 2",
    };
    for (int i = 0; i < fields.length; i++) {
      String typeFirst = "{\"type\": \"note\", " + (fields[i].startsWith("\"version\"") ? "" : "\"version\": 1, ") + fields[i] + "}";
      String typeLast = "{" + fields[i] + (fields[i].startsWith("\"version\"") ? "" : ", \"version\": 1") + ", \"type\": \"note\"}";
      assertThat(fails(paper, typeFirst)).as(typeFirst).hasMessage(problems[i]);
      assertThat(fails(paper, typeLast)).as(typeLast).hasMessage(problems[i]);
    }
  }

  @Test
  void missingType_isRejected_withTheTypesThereAre() {
    assertThat(fails(paper, "{\"title\": \"Møde\", \"version\": 1}"))
        .hasMessage("at /x/type: field 'type' is required in Paper, was missing; it must be one of " + MEMBERS);
    assertThat(fails(paper, "{}"))
        .hasMessage("at /x/type: field 'type' is required in Paper, was missing; it must be one of " + MEMBERS);
  }

  @Test
  void typeOfNoMember_isRejected_whereverItComes() {
    assertThat(fails(paper, "{\"type\": \"letter\", \"title\": \"Møde\"}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was 'letter'");
    assertThat(fails(paper, "{\"title\": \"Møde\", \"type\": \"letter\"}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was 'letter'");
    assertThat(fails(paper, "{\"type\": 7}")).hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was 7");
    assertThat(fails(paper, "{\"type\": null, \"title\": \"Møde\"}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was null");
    assertThat(fails(paper, "{\"type\": {\"code\": \"note\"}, \"title\": \"Møde\"}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was an object");
    assertThat(fails(paper, "{\"title\": \"Møde\", \"type\": [\"note\"]}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was an array");
  }

  @Test
  void notAnObject_isRejected() {
    assertThat(fails(paper, "[\"note\"]")).hasMessage("at /x: Paper must be a JSON object, was an array");
    assertThat(fails(paper, "\"note\"")).hasMessage("at /x: Paper must be a JSON object, was 'note'");
  }

  @Test
  void repeatedField_beforeTheType_isAProblemWithTheText() {
    assertThat(failsToRead(paper, "{\"title\": \"a\", \"title\": \"b\", \"type\": \"note\"}"))
        .hasMessage("at /x/title: field 'title' must appear once in an object, was repeated");
    assertThat(failsToRead(paper, "{\"type\": \"letter\", \"type\": \"note\"}"))
        .hasMessage("at /x/type: field 'type' must appear once in an object, was repeated");
  }

  @Test
  void familyInAList_hasItsPathsInTheList() {
    String json =
        "{\"papers\": [" + written(paper, OPEN) + ", {\"title\": \"Referat\", \"version\": 1, \"type\": \"memo\", \"open\": 0}]}";

    assertThat(fails(tray, json)).hasMessage("at /x/papers/1/open: must be true or false, was 0");
    assertThat(fails(tray, "{\"papers\": [{}, {\"title\": \"Møde\"}], \"colour\": 1}"))
        .hasMessage("at /x/colour: unknown field 'colour' in Tray; its fields are [papers]");
    assertThat(read(tray, "{\"papers\": [" + written(paper, OPEN) + ", " + written(paper, CLOSED) + "]}"))
        .isEqualTo(new Tray(List.of(OPEN, CLOSED)));
  }
}
