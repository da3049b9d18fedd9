package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.frikommune.json.format.JsonFormatException;
import io.github.frikommune.json.format.internal.Codecs;
import io.github.frikommune.json.format.internal.Nodes;
import io.github.frikommune.json.format.internal.ObjectCodec;
import io.github.frikommune.json.format.internal.Path;
import io.github.frikommune.json.format.internal.UnionCodec;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Objects and families of objects in the format ({@code json-format}'s {@code ObjectCodec} and
 * {@code UnionCodec}), described here at run time with one field of every kind; see
 * {@link CodecsTest} for why here.
 */
class ObjectCodecTest {

  /** A made-up value with one field of every kind the format has. */
  record Note(String title, boolean open, Optional<LocalDate> due, List<String> lines, List<String> tags) {}

  /** Note's builder, as the format reads it. */
  static final class NoteParts {
    String title;
    boolean open = true;
    Optional<LocalDate> due = Optional.empty();
    List<String> lines = List.of();
    List<String> tags = List.of();

    Note build() {
      if (title == null) {
        throw new IllegalStateException("Cannot build Note, some of required attributes are not set [title]");
      }
      if (title.isBlank()) {
        throw new IllegalArgumentException("note title must not be blank, was '" + title + "'");
      }
      return new Note(title, open, due, lines, tags);
    }
  }

  private static final ObjectCodec<Note, NoteParts> NOTE = note("note");

  private static ObjectCodec<Note, NoteParts> note(String type) {
    return ObjectCodec.builder(Note.class, "Note", NoteParts::new, NoteParts::build)
        .constant("type", type)
        .required("title", Codecs.text(), Note::title, (b, v) -> b.title = v)
        .defaulted("open", Codecs.bool(), Note::open, (b, v) -> b.open = v)
        .optional("due", Codecs.date(), Note::due, (b, v) -> b.due = Optional.of(v))
        .list("lines", Codecs.text(), Note::lines, (b, v) -> b.lines = v)
        .set("tags", Codecs.text(), Note::tags, (b, v) -> b.tags = v)
        .build();
  }

  private static Map<String, Object> fields(Object... keyValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      fields.put((String) keyValues[i], keyValues[i + 1]);
    }
    return fields;
  }

  private static String rejection(Object node) {
    return catchThrowableOfType(JsonFormatException.class, () -> NOTE.decode(node, Path.at("/n"))).getMessage();
  }

  @Test
  void value_isWrittenFieldByFieldInOrder_andReadBack() {
    Note note = new Note("Møde", false, Optional.of(LocalDate.of(2017, 3, 2)), List.of("a", "b"), List.of("møde"));

    Object written = NOTE.encode(note);

    assertThat(written).isEqualTo(fields(
        "type", "note", "title", "Møde", "open", false, "due", "2017-03-02", "lines", List.of("a", "b"),
        "tags", List.of("møde")));
    assertThat(((Map<?, ?>) written).keySet()).hasToString("[type, title, open, due, lines, tags]");
    assertThat(NOTE.decode(written, Path.ROOT)).isEqualTo(note);
    assertThat(NOTE.name()).isEqualTo("Note");
    assertThat(NOTE.type()).isEqualTo(Note.class);
  }

  @Test
  void fieldsLeftOut_takeTheirDefaults_andAnAbsentOptionalIsNotWritten() {
    Note note = NOTE.decode(fields("type", "note", "title", "Møde"), Path.ROOT);

    assertThat(note).isEqualTo(new Note("Møde", true, Optional.empty(), List.of(), List.of()));
    assertThat(((Map<?, ?>) NOTE.encode(note)).keySet()).hasToString("[type, title, open, lines, tags]");
  }

  @Test
  void badObjects_areRejectedAtTheirPath() {
    assertThat(rejection(fields("type", "note", "title", "Møde", "colour", "red")))
        .isEqualTo("at /n/colour: unknown field 'colour' in Note; its fields are [type, title, open, due, lines, tags]");
    assertThat(rejection(fields("type", "note"))).isEqualTo("at /n/title: field 'title' is required in Note, was missing");
    assertThat(rejection(fields("title", "Møde"))).isEqualTo("at /n/type: field 'type' is required in Note, was missing");
    assertThat(rejection(fields("type", "memo", "title", "Møde")))
        .isEqualTo("at /n/type: field 'type' of Note must be 'note', was 'memo'");
    assertThat(rejection(fields("type", "note", "title", "Møde", "due", Nodes.NULL)))
        .isEqualTo("at /n/due: field 'due' in Note must not be null; leave out a field without a value");
    assertThat(rejection(fields("type", "note", "title", "Møde", "lines", List.of("a", Nodes.NULL))))
        .isEqualTo("at /n/lines/1: an element must not be null");
    assertThat(rejection(fields("type", "note", "title", "Møde", "tags", List.of("møde", "møde"))))
        .isEqualTo("at /n/tags/1: elements must not repeat, was møde again");
    assertThat(rejection(fields("type", "note", "title", "Møde", "lines", "a")))
        .isEqualTo("at /n/lines: must be a JSON array, was 'a'");
    assertThat(rejection(fields("type", "note", "title", " "))).isEqualTo("at /n: note title must not be blank, was ' '");
    assertThat(rejection(List.of())).isEqualTo("at /n: Note must be a JSON object, was an array");
  }

  @Test
  void aListMayRepeat_aSetMayNot() {
    assertThat(NOTE.decode(fields("type", "note", "title", "Møde", "lines", List.of("a", "a")), Path.ROOT).lines())
        .containsExactly("a", "a");
  }

  @Test
  void family_readsTheMemberItsTypeNames_andWritesTheMembersForm() {
    ObjectCodec<Note, NoteParts> memo = note("memo");
    Map<String, ObjectCodec<? extends Note, ?>> members = new LinkedHashMap<>();
    members.put("note", NOTE);
    members.put("memo", memo);
    UnionCodec<Note> family = UnionCodec.of("Paper", n -> n.open() ? "note" : "memo", members);
    Note closed = new Note("Referat", false, Optional.empty(), List.of(), List.of());

    assertThat(family.encode(closed)).isEqualTo(memo.encode(closed));
    assertThat(family.decode(memo.encode(closed), Path.ROOT)).isEqualTo(closed);
    assertThat(catchThrowableOfType(JsonFormatException.class, () -> family.decode(fields("title", "x"), Path.at("/p"))))
        .hasMessage("at /p/type: field 'type' is required in Paper, was missing; it must be one of [note, memo]");
    assertThat(catchThrowableOfType(JsonFormatException.class, () -> family.decode(fields("type", 7L), Path.at("/p"))))
        .hasMessage("at /p/type: Paper type must be one of [note, memo], was 7");
    assertThat(catchThrowableOfType(JsonFormatException.class, () -> family.decode(fields("type", "letter"), Path.at("/p"))))
        .hasMessage("at /p/type: Paper type must be one of [note, memo], was 'letter'");
  }
}
