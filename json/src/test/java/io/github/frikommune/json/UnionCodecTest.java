package io.github.frikommune.json;

import static io.github.frikommune.json.ObjectCodecTest.NOTE;
import static io.github.frikommune.json.Tokens.fails;
import static io.github.frikommune.json.Tokens.failsToRead;
import static io.github.frikommune.json.Tokens.read;
import static io.github.frikommune.json.Tokens.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frikommune.json.ObjectCodecTest.Note;
import io.github.frikommune.json.format.internal.ObjectCodec;
import io.github.frikommune.json.format.internal.SchemaBuilder;
import io.github.frikommune.json.format.internal.UnionCodec;
import java.time.LocalDate;
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

  private static final ObjectCodec<Note, ObjectCodecTest.NoteParts> MEMO = ObjectCodecTest.note("memo");

  /** Open notes are of the kind "note", closed ones of the kind "memo". */
  private static final UnionCodec<Note> PAPER = paper();

  /** A made-up value with a list of a family's values. */
  record Tray(List<Note> papers) {}

  private static final ObjectCodec<Tray, Tray[]> TRAY =
      ObjectCodec.builder(Tray.class, "Tray", () -> new Tray[1], b -> b[0] == null ? new Tray(List.of()) : b[0])
          .list("papers", PAPER, Tray::papers, (b, v) -> b[0] = new Tray(ObjectCodecTest.copied(v)))
          .build();

  private static UnionCodec<Note> paper() {
    Map<String, ObjectCodec<? extends Note, ?>> members = new LinkedHashMap<>();
    members.put("note", NOTE);
    members.put("memo", MEMO);
    return UnionCodec.of("Paper", n -> n.open() ? "note" : "memo", members);
  }

  private static final Note CLOSED =
      new Note("Referat", false, Optional.empty(), Optional.of(3), List.of("a"), List.of("møde"));

  private static final Note OPEN =
      new Note("Møde", true, Optional.of(LocalDate.of(2017, 3, 2)), Optional.empty(), List.of(), List.of());

  @Test
  void value_isWrittenInTheFormOfItsMember() {
    assertThat(written(PAPER, CLOSED)).isEqualTo(written(MEMO, CLOSED)).startsWith("{\"type\":\"memo\",");
    assertThat(written(PAPER, OPEN)).isEqualTo(written(NOTE, OPEN)).startsWith("{\"type\":\"note\",");
    assertThat(PAPER.schema(new SchemaBuilder())).isEqualTo(Map.of("$ref", "#/$defs/Paper"));
  }

  @Test
  void typeFirst_readsTheMemberItNames() {
    assertThat(read(PAPER, written(MEMO, CLOSED))).isEqualTo(CLOSED);
    assertThat(read(PAPER, written(NOTE, OPEN))).isEqualTo(OPEN);
  }

  @Test
  void typeFirst_problemsOfTheMember_areAtTheirPaths() {
    assertThat(fails(PAPER, "{\"type\": \"memo\", \"version\": 1, \"title\": 5}"))
        .hasMessage("at /x/title: text must be a JSON string, was 5");
    assertThat(fails(PAPER, "{\"type\": \"memo\", \"title\": \"Referat\", \"colour\": 1}"))
        .hasMessage("at /x/colour: unknown field 'colour' in Note; its fields are " + ObjectCodecTest.FIELDS);
    assertThat(fails(PAPER, "{\"type\": \"memo\", \"title\": \"Referat\"}"))
        .hasMessage("at /x/version: field 'version' is required in Note, was missing");
    assertThat(failsToRead(PAPER, "{\"type\": \"memo\", \"type\": \"memo\"}"))
        .hasMessage("at /x/type: field 'type' must appear once in an object, was repeated");
  }

  @Test
  void typeLater_readsTheMemberItNames_fromEveryKindOfValue() {
    String json =
        "{\"version\": 1, \"title\": \"Referat\", \"open\": false, \"priority\": 3, \"lines\": [\"a\"],"
            + " \"tags\": [\"møde\"], \"type\": \"memo\"}";

    assertThat(read(PAPER, json)).isEqualTo(CLOSED);
    assertThat(read(PAPER, "{\"title\": \"Møde\", \"due\": \"2017-03-02\", \"open\": true, \"type\": \"note\", \"version\": 1}"))
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
      assertThat(fails(PAPER, typeFirst)).as(typeFirst).hasMessage(problems[i]);
      assertThat(fails(PAPER, typeLast)).as(typeLast).hasMessage(problems[i]);
    }
  }

  @Test
  void missingType_isRejected_withTheTypesThereAre() {
    assertThat(fails(PAPER, "{\"title\": \"Møde\", \"version\": 1}"))
        .hasMessage("at /x/type: field 'type' is required in Paper, was missing; it must be one of " + MEMBERS);
    assertThat(fails(PAPER, "{}"))
        .hasMessage("at /x/type: field 'type' is required in Paper, was missing; it must be one of " + MEMBERS);
  }

  @Test
  void typeOfNoMember_isRejected_whereverItComes() {
    assertThat(fails(PAPER, "{\"type\": \"letter\", \"title\": \"Møde\"}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was 'letter'");
    assertThat(fails(PAPER, "{\"title\": \"Møde\", \"type\": \"letter\"}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was 'letter'");
    assertThat(fails(PAPER, "{\"type\": 7}")).hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was 7");
    assertThat(fails(PAPER, "{\"type\": null, \"title\": \"Møde\"}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was null");
    assertThat(fails(PAPER, "{\"type\": {\"code\": \"note\"}, \"title\": \"Møde\"}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was an object");
    assertThat(fails(PAPER, "{\"title\": \"Møde\", \"type\": [\"note\"]}"))
        .hasMessage("at /x/type: Paper type must be one of " + MEMBERS + ", was an array");
  }

  @Test
  void notAnObject_isRejected() {
    assertThat(fails(PAPER, "[\"note\"]")).hasMessage("at /x: Paper must be a JSON object, was an array");
    assertThat(fails(PAPER, "\"note\"")).hasMessage("at /x: Paper must be a JSON object, was 'note'");
  }

  @Test
  void repeatedField_beforeTheType_isAProblemWithTheText() {
    assertThat(failsToRead(PAPER, "{\"title\": \"a\", \"title\": \"b\", \"type\": \"note\"}"))
        .hasMessage("at /x/title: field 'title' must appear once in an object, was repeated");
    assertThat(failsToRead(PAPER, "{\"type\": \"letter\", \"type\": \"note\"}"))
        .hasMessage("at /x/type: field 'type' must appear once in an object, was repeated");
  }

  @Test
  void familyInAList_hasItsPathsInTheList() {
    String json =
        "{\"papers\": [" + written(PAPER, OPEN) + ", {\"title\": \"Referat\", \"version\": 1, \"type\": \"memo\", \"open\": 0}]}";

    assertThat(fails(TRAY, json)).hasMessage("at /x/papers/1/open: must be true or false, was 0");
    assertThat(read(TRAY, "{\"papers\": [" + written(PAPER, OPEN) + ", " + written(PAPER, CLOSED) + "]}"))
        .isEqualTo(new Tray(List.of(OPEN, CLOSED)));
  }
}
