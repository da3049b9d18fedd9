package io.github.frikommune.json;

import static io.github.frikommune.json.Tokens.fails;
import static io.github.frikommune.json.Tokens.failsToRead;
import static io.github.frikommune.json.Tokens.read;
import static io.github.frikommune.json.Tokens.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableList;
import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Codec;
import io.github.frikommune.json.format.internal.Codecs;
import io.github.frikommune.json.format.internal.ObjectCodec;
import io.github.frikommune.json.format.internal.ReadFailure;
import io.github.frikommune.json.format.internal.SchemaBuilder;
import io.github.frikommune.json.format.internal.TokenReader;
import io.github.frikommune.json.format.internal.TokenWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Objects in the format ({@code json-format}'s {@code ObjectCodec}), described here at run
 * time with one field of every kind and read and written through the Jackson 2 adapters; see
 * {@link CodecsTest} for why here.
 */
class ObjectCodecTest {

  /** A made-up value with one field of every kind the format has. */
  record Note(
      String title,
      boolean open,
      Optional<LocalDate> due,
      Optional<Integer> priority,
      List<String> lines,
      List<String> tags) {}

  /** Note's builder, as the format reads it, with an invariant of the builder and one of a setter. */
  static final class NoteParts {
    String title;
    boolean open = true;
    LocalDate due;
    Integer priority;
    List<String> lines = List.of();
    List<String> tags = List.of();

    Note build() {
      if (title.isBlank()) {
        throw new IllegalArgumentException("note title must not be blank, was '" + title + "'");
      }
      if (!open && due != null) {
        throw new IllegalStateException("a closed note has no due date, was due " + due);
      }
      return new Note(title, open, Optional.ofNullable(due), Optional.ofNullable(priority), lines, tags);
    }

    void tags(List<String> elements) {
      for (String tag : copied(elements)) {
        if (!tag.equals(tag.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("a tag must be lower case, was '" + tag + "'");
        }
      }
      tags = List.copyOf(elements);
    }
  }

  /** A made-up value with a list of objects. */
  record Folder(String name, List<Note> notes) {}

  /** Folder's builder. */
  static final class FolderParts {
    String name;
    List<Note> notes = List.of();

    Folder build() {
      return new Folder(name, notes);
    }
  }

  static final String FIELDS = "[type, version, title, open, due, priority, lines, tags]";

  // The codecs are made for each test, not once for the class, so that a mutation test that
  // changes the builder sees its change.
  private final ObjectCodec<Note, NoteParts> noteCodec = note("note");

  private final ObjectCodec<Folder, FolderParts> folderCodec =
      ObjectCodec.builder(Folder.class, "Folder", FolderParts::new, FolderParts::build)
          .required("name", Codecs.text(), Folder::name, (b, v) -> b.name = v)
          .list("notes", noteCodec, Folder::notes, (b, v) -> b.notes = copied(v))
          .build();

  static ObjectCodec<Note, NoteParts> note(String type) {
    return ObjectCodec.builder(Note.class, "Note", NoteParts::new, NoteParts::build)
        .constant("type", type)
        .constant("version", 1L)
        .required("title", Codecs.text(), Note::title, (b, v) -> b.title = v)
        .defaulted("open", Codecs.bool(), Note::open, (b, v) -> b.open = v)
        .optional("due", Codecs.date(), Note::due, (b, v) -> b.due = v)
        .optional("priority", Codecs.integer("priority", 1, 5), Note::priority, (b, v) -> b.priority = v)
        .list("lines", Codecs.text(), Note::lines, (b, v) -> b.lines = ImmutableList.copyOf(copied(v)))
        .set("tags", Codecs.text(), Note::tags, NoteParts::tags)
        .build();
  }

  /**
   * The elements a list's setter is given: some, never none, in a list that behaves as a list
   * while the setter runs.
   */
  static <V> List<V> copied(List<V> elements) {
    assertThat(elements).isNotEmpty();
    assertThatThrownBy(() -> elements.get(elements.size())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> elements.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    return List.copyOf(elements);
  }

  /** A note's JSON: the constant fields, then the fields given. */
  static String note(String type, String fields) {
    return "{\"type\": \"" + type + "\", \"version\": 1" + (fields.isEmpty() ? "" : ", " + fields) + "}";
  }

  private String rejection(String fields) {
    return fails(noteCodec, note("note", fields)).getMessage();
  }

  @Test
  void value_isWrittenFieldByFieldInOrder_andReadBack() {
    Note note =
        new Note(
            "Møde",
            true,
            Optional.of(LocalDate.of(2017, 3, 2)),
            Optional.of(2),
            ImmutableList.of("a", "a"),
            List.of("møde", "plan"));

    String json = written(noteCodec, note);

    assertThat(json)
        .isEqualTo(
            "{\"type\":\"note\",\"version\":1,\"title\":\"Møde\",\"open\":true,\"due\":\"2017-03-02\",\"priority\":2,"
                + "\"lines\":[\"a\",\"a\"],\"tags\":[\"møde\",\"plan\"]}");
    assertThat(read(noteCodec, json)).isEqualTo(note);
    assertThat(noteCodec.name()).isEqualTo("Note");
    assertThat(noteCodec.type()).isEqualTo(Note.class);
    assertThat(noteCodec.schema(new SchemaBuilder())).isEqualTo(Map.of("$ref", "#/$defs/Note"));
  }

  @Test
  void fieldsLeftOut_takeTheirDefaults_andAnAbsentOptionalIsNotWritten() {
    Note note = read(noteCodec, note("note", "\"title\": \"Møde\""));

    assertThat(note).isEqualTo(new Note("Møde", true, Optional.empty(), Optional.empty(), List.of(), List.of()));
    assertThat(written(noteCodec, note))
        .isEqualTo("{\"type\":\"note\",\"version\":1,\"title\":\"Møde\",\"open\":true,\"lines\":[],\"tags\":[]}");
    assertThat(read(noteCodec, note("note", "\"title\": \"Møde\", \"lines\": [], \"tags\": []"))).isEqualTo(note);
  }

  @Test
  void fieldsInAnyOrder_readAsInTheFormatsOrder() {
    String json =
        "{\"tags\": [\"plan\"], \"lines\": [\"a\"], \"priority\": 5, \"due\": \"2017-03-02\", \"open\": true,"
            + " \"title\": \"Møde\", \"version\": 1, \"type\": \"note\"}";

    assertThat(read(noteCodec, json))
        .isEqualTo(
            new Note("Møde", true, Optional.of(LocalDate.of(2017, 3, 2)), Optional.of(5), List.of("a"), List.of("plan")));
    assertThat(read(noteCodec, "{\"title\": \"Møde\", \"type\": \"note\", \"open\": false, \"version\": 1}").open()).isFalse();
  }

  @Test
  void notAnObject_isRejected() {
    assertThat(fails(noteCodec, "[{\"title\": \"Møde\"}]")).hasMessage("at /x: Note must be a JSON object, was an array");
    assertThat(fails(noteCodec, "\"Møde\"")).hasMessage("at /x: Note must be a JSON object, was 'Møde'");
  }

  @Test
  void unknownField_isRejectedAtItsPath_withTheFieldsTheTypeHas() {
    assertThat(rejection("\"title\": \"Møde\", \"colour\": \"red\""))
        .isEqualTo("at /x/colour: unknown field 'colour' in Note; its fields are " + FIELDS);
    assertThat(rejection("\"title\": \"Møde\", \"a/b~c\": 1"))
        .isEqualTo("at /x/a~1b~0c: unknown field 'a/b~c' in Note; its fields are " + FIELDS);
  }

  @Test
  void unknownField_afterTheLastField_isRejected() {
    assertThat(rejection("\"title\": \"Møde\", \"tags\": [], \"colour\": [\"red\", {\"tags\": []}]"))
        .isEqualTo("at /x/colour: unknown field 'colour' in Note; its fields are " + FIELDS);
  }

  @Test
  void unknownField_winsOverBadFieldsBeforeAndAfterIt_andTheFirstUnknownIsNamed() {
    assertThat(rejection("\"title\": 12, \"colour\": {\"title\": 1}, \"due\": null, \"lines\": 5, \"size\": 2"))
        .isEqualTo("at /x/colour: unknown field 'colour' in Note; its fields are " + FIELDS);
    assertThat(fails(noteCodec, "{\"colour\": {\"type\": \"note\"}}"))
        .hasMessage("at /x/colour: unknown field 'colour' in Note; its fields are " + FIELDS);
  }

  @Test
  void fieldsAfterAnUnknownField_areReadButNotDecoded() {
    AtomicInteger decoded = new AtomicInteger();
    Codec<String> counted =
        new Codec<>() {
          @Override
          public void encode(String value, TokenWriter out) {
            out.string(value);
          }

          @Override
          public String decode(TokenReader in) {
            decoded.incrementAndGet();
            return Codecs.text().decode(in);
          }

          @Override
          public Object schema(SchemaBuilder schemas) {
            return SchemaBuilder.of("type", "string");
          }
        };
    ObjectCodec<Note, NoteParts> codec =
        ObjectCodec.builder(Note.class, "Note", NoteParts::new, NoteParts::build)
            .required("title", counted, Note::title, (b, v) -> b.title = v)
            .list("lines", counted, Note::lines, (b, v) -> b.lines = copied(v))
            .build();

    assertThat(fails(codec, "{\"colour\": 1, \"title\": \"Møde\", \"lines\": [\"a\", \"b\"]}"))
        .hasMessage("at /x/colour: unknown field 'colour' in Note; its fields are [title, lines]");
    assertThat(decoded).hasValue(0);
    assertThat(fails(codec, "{\"title\": \"Møde\", \"colour\": 1}"))
        .hasMessage("at /x/colour: unknown field 'colour' in Note; its fields are [title, lines]");
    assertThat(decoded).hasValue(1);
  }

  @Test
  void repeatedField_isAProblemWithTheText_thatWinsOverEveryOther() {
    assertThat(failsToRead(noteCodec, note("note", "\"title\": \"a\", \"colour\": 1, \"title\": \"b\"")))
        .hasMessage("at /x/title: field 'title' must appear once in an object, was repeated");
    assertThat(failsToRead(noteCodec, note("note", "\"due\": null, \"due\": null")))
        .hasMessage("at /x/due: field 'due' must appear once in an object, was repeated");
    assertThat(failsToRead(noteCodec, note("note", "\"colour\": 1, \"title\": \"a\", \"title\": \"b\"")))
        .hasMessage("at /x/title: field 'title' must appear once in an object, was repeated");
    assertThat(failsToRead(noteCodec, note("note", "\"title\": \"a\", \"colour\": 1, \"colour\": 2")))
        .hasMessage("at /x/colour: field 'colour' must appear once in an object, was repeated");
    assertThat(failsToRead(noteCodec, "{\"type\": \"note\", \"type\": \"note\"}"))
        .hasMessage("at /x/type: field 'type' must appear once in an object, was repeated");
  }

  @Test
  void missingRequiredField_isRejectedAtItsPath() {
    assertThat(rejection("")).isEqualTo("at /x/title: field 'title' is required in Note, was missing");
    assertThat(fails(noteCodec, "{\"version\": 1, \"title\": \"Møde\"}"))
        .hasMessage("at /x/type: field 'type' is required in Note, was missing");
    assertThat(fails(noteCodec, "{}")).hasMessage("at /x/type: field 'type' is required in Note, was missing");
  }

  @Test
  void constantField_mustHaveExactlyItsValue() {
    assertThat(fails(noteCodec, note("memo", "\"title\": \"Møde\"")))
        .hasMessage("at /x/type: field 'type' of Note must be 'note', was 'memo'");
    assertThat(fails(noteCodec, "{\"type\": {\"code\": \"note\"}}"))
        .hasMessage("at /x/type: field 'type' of Note must be 'note', was an object");
    assertThat(fails(noteCodec, "{\"type\": \"note\", \"version\": 2, \"title\": \"Møde\"}"))
        .hasMessage("at /x/version: field 'version' of Note must be 1, was 2");
    assertThat(fails(noteCodec, "{\"type\": \"note\", \"version\": \"1\", \"title\": \"Møde\"}"))
        .hasMessage("at /x/version: field 'version' of Note must be 1, was '1'");
    assertThat(fails(noteCodec, "{\"type\": \"note\", \"version\": 1.0, \"title\": \"Møde\"}"))
        .hasMessage("at /x/version: field 'version' of Note must be 1, was 1.0");
    assertThat(fails(noteCodec, "{\"type\": \"note\", \"version\": [1], \"title\": \"Møde\"}"))
        .hasMessage("at /x/version: field 'version' of Note must be 1, was an array");
  }

  @Test
  void nullField_isRejected_evenWhereTheFieldMayBeLeftOut() {
    assertThat(rejection("\"title\": \"Møde\", \"due\": null"))
        .isEqualTo("at /x/due: field 'due' in Note must not be null; leave out a field without a value");
    assertThat(rejection("\"title\": \"Møde\", \"lines\": null"))
        .isEqualTo("at /x/lines: field 'lines' in Note must not be null; leave out a field without a value");
    assertThat(fails(noteCodec, "{\"type\": null, \"version\": 1, \"title\": \"Møde\"}"))
        .hasMessage("at /x/type: field 'type' in Note must not be null; leave out a field without a value");
  }

  @Test
  void badValue_isRejectedAtItsField() {
    assertThat(rejection("\"title\": 12")).isEqualTo("at /x/title: text must be a JSON string, was 12");
    assertThat(rejection("\"title\": \"Møde\", \"open\": \"no\"")).isEqualTo("at /x/open: must be true or false, was 'no'");
    assertThat(rejection("\"title\": \"Møde\", \"priority\": 7")).isEqualTo("at /x/priority: priority must be from 1 to 5, was 7");
  }

  @Test
  void badList_isRejectedAtTheList_orAtItsFirstBadElement() {
    assertThat(rejection("\"title\": \"Møde\", \"lines\": \"a\""))
        .isEqualTo("at /x/lines: must be a JSON array, was 'a'");
    assertThat(rejection("\"title\": \"Møde\", \"lines\": {\"a\": 1}"))
        .isEqualTo("at /x/lines: must be a JSON array, was an object");
    assertThat(rejection("\"title\": \"Møde\", \"lines\": [\"a\", null, 1]"))
        .isEqualTo("at /x/lines/1: an element must not be null");
    assertThat(rejection("\"title\": \"Møde\", \"lines\": [\"a\", 1, [\"b\", \"c\"], {\"d\": [null]}, null, \"e\"]"))
        .isEqualTo("at /x/lines/1: text must be a JSON string, was 1");
    assertThat(rejection("\"title\": \"Møde\", \"lines\": [\"a\", \"b\", \"c\", {\"d\": 1}]"))
        .isEqualTo("at /x/lines/3: text must be a JSON string, was an object");
  }

  @Test
  void aListMayRepeat_aSetMayNot() {
    assertThat(read(noteCodec, note("note", "\"title\": \"Møde\", \"lines\": [\"a\", \"a\"]")).lines()).containsExactly("a", "a");
    assertThat(rejection("\"title\": \"Møde\", \"tags\": [\"møde\", \"plan\", \"møde\", 1]"))
        .isEqualTo("at /x/tags/2: elements must not repeat, was møde again");
  }

  @Test
  void largeSet_isReadWhole_andMayNotRepeatEither() {
    List<String> tags = IntStream.range(0, 300).mapToObj(i -> "t" + i).collect(Collectors.toList());

    assertThat(read(noteCodec, note("note", "\"title\": \"Møde\", \"tags\": " + array(tags))).tags()).isEqualTo(tags);
    assertThat(rejection("\"title\": \"Møde\", \"tags\": " + array(tags.subList(0, 20)).replace("]", ", \"t0\"]")))
        .isEqualTo("at /x/tags/20: elements must not repeat, was t0 again");
    assertThat(rejection("\"title\": \"Møde\", \"tags\": " + array(tags.subList(0, 20)).replace("]", ", \"t18\"]")))
        .isEqualTo("at /x/tags/20: elements must not repeat, was t18 again");
    assertThat(rejection("\"title\": \"Møde\", \"tags\": " + array(tags.subList(0, 17)).replace("]", ", \"t16\"]")))
        .isEqualTo("at /x/tags/17: elements must not repeat, was t16 again");
  }

  @Test
  void setterRule_isReportedAtTheField() {
    JsonFormatException e = fails(noteCodec, note("note", "\"title\": \"Møde\", \"tags\": [\"plan\", \"Møde\"]"));

    assertThat(e).hasMessage("at /x/tags: a tag must be lower case, was 'Møde'");
    assertThat(e).hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderRule_isReportedAtTheObject() {
    JsonFormatException blank = fails(noteCodec, note("note", "\"title\": \" \""));
    JsonFormatException closed = fails(noteCodec, note("note", "\"title\": \"Møde\", \"open\": false, \"due\": \"2017-03-02\""));

    assertThat(blank).hasMessage("at /x: note title must not be blank, was ' '").hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(closed)
        .hasMessage("at /x: a closed note has no due date, was due 2017-03-02")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void problems_areJudgedInTheFormatsOrder_notTheDocuments() {
    assertThat(fails(noteCodec, "{\"tags\": [1], \"priority\": 9, \"title\": 5, \"version\": 1, \"type\": \"note\"}"))
        .hasMessage("at /x/title: text must be a JSON string, was 5");
    assertThat(fails(noteCodec, "{\"priority\": 9, \"version\": 1, \"type\": \"note\"}"))
        .hasMessage("at /x/title: field 'title' is required in Note, was missing");
    assertThat(fails(noteCodec, "{\"lines\": 5, \"due\": null, \"title\": \"Møde\", \"version\": 1, \"type\": \"note\"}"))
        .hasMessage("at /x/due: field 'due' in Note must not be null; leave out a field without a value");
    assertThat(fails(noteCodec, "{\"tags\": [\"Møde\"], \"priority\": 9, \"title\": \" \", \"version\": 1, \"type\": \"note\"}"))
        .hasMessage("at /x/priority: priority must be from 1 to 5, was 9");
    assertThat(fails(noteCodec, "{\"tags\": [\"Møde\"], \"title\": \" \", \"version\": 1, \"type\": \"note\"}"))
        .hasMessage("at /x/tags: a tag must be lower case, was 'Møde'");
  }

  @Test
  void listOfObjects_readsEachObjectAfresh() {
    String json =
        "{\"name\": \"2017\", \"notes\": ["
            + note("note", "\"title\": \"a\", \"due\": \"2017-03-02\", \"tags\": [\"x\"]")
            + ", "
            + note("note", "\"title\": \"b\"")
            + "]}";

    Folder folder = read(folderCodec, json);

    assertThat(folder.notes())
        .containsExactly(
            new Note("a", true, Optional.of(LocalDate.of(2017, 3, 2)), Optional.empty(), List.of(), List.of("x")),
            new Note("b", true, Optional.empty(), Optional.empty(), List.of(), List.of()));
    assertThat(written(folderCodec, folder))
        .isEqualTo(
            "{\"name\":\"2017\",\"notes\":["
                + "{\"type\":\"note\",\"version\":1,\"title\":\"a\",\"open\":true,\"due\":\"2017-03-02\",\"lines\":[],"
                + "\"tags\":[\"x\"]},"
                + "{\"type\":\"note\",\"version\":1,\"title\":\"b\",\"open\":true,\"lines\":[],\"tags\":[]}]}");
    String secondBad =
        "{\"name\": \"2017\", \"notes\": [" + note("note", "\"title\": \"a\"") + ", " + note("note", "\"title\": 2") + "]}";
    assertThat(fails(folderCodec, secondBad))
        .hasMessage("at /x/notes/1/title: text must be a JSON string, was 2");
  }

  @Test
  void longListOfObjects_isReadWhole() {
    List<String> titles = IntStream.range(0, 300).mapToObj(i -> "n" + i).collect(Collectors.toList());
    String json =
        titles.stream()
            .map(t -> note("note", "\"title\": \"" + t + "\""))
            .collect(Collectors.joining(", ", "{\"name\": \"2017\", \"notes\": [", "]}"));

    assertThat(read(folderCodec, json).notes()).extracting(Note::title).isEqualTo(titles);
  }

  @Test
  void pointer_afterAnElementWithAMissingField_isBackAtTheObject() {
    String json = "{\"name\": \"2017\", \"notes\": [" + note("note", "") + "], \"colour\": 1}";

    assertThat(fails(folderCodec, json)).hasMessage("at /x/colour: unknown field 'colour' in Folder; its fields are [name, notes]");
  }

  @Test
  void objectOrListCutShort_isAProblemWithTheText() throws IOException {
    TokenBuffer object = new TokenBuffer(null, false);
    object.writeStartObject();
    object.writeFieldName("title");
    object.writeString("Møde");
    TokenBuffer list = new TokenBuffer(null, false);
    list.writeStartObject();
    list.writeFieldName("title");
    list.writeString("Møde");
    list.writeFieldName("lines");
    list.writeStartArray();
    list.writeString("a");

    assertThat(readFails(object)).hasMessage("at the document root: the document ends before the object is complete");
    assertThat(readFails(list)).hasMessage("at /lines: the document ends before the array is complete");
  }

  private JsonFormatException readFails(TokenBuffer tokens) throws IOException {
    JsonParser p = tokens.asParser();
    p.nextToken();
    ReadFailure e = catchThrowableOfType(ReadFailure.class, () -> noteCodec.decode(new ParserReader(p)));
    assertThat(e).isNotNull();
    return e.failure();
  }

  private static String array(List<String> elements) {
    return elements.stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(", ", "[", "]"));
  }
}
