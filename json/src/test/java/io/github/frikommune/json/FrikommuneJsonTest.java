package io.github.frikommune.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.core.seed.SeedCase;
import io.github.frikommune.json.format.JsonFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading documents from text and bytes, and the format's exception from any mapper's. */
class FrikommuneJsonTest {

  /** A bean of a user's, with a list, so that a path can hold an index. */
  record CaseFile(String title, List<String> notes) {}

  @Test
  void goldenDocument_readFromBytes_isTheSeedCase() {
    byte[] bytes = Golden.read("seed-round1.json").getBytes(StandardCharsets.UTF_8);

    assertThat(FrikommuneJson.read(new ByteArrayInputStream(bytes), Portfolio.class)).isEqualTo(SeedCase.portfolio());
  }

  @Test
  void translate_ofTheFormatsExceptionWrappedByJackson_isThatException() {
    String json = "{\"note\":\"x\",\"municipality\":{\"code\":999},\"provision\":\"aktivloven\",\"outcome\":\"granted\"}";
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> FrikommuneJson.mapper().readValue(json, FrikommuneModuleTest.CaseNote.class));

    JsonFormatException translated = FrikommuneJson.translate(e);

    assertThat(translated).isSameAs(e.getCause());
    assertThat(translated).hasMessage("at /municipality/code: municipality code must be one of the 98 official codes, was 999");
  }

  @Test
  void translate_ofJacksonsOwnMappingProblem_givesItsPathWithFieldsAndIndexes() {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> FrikommuneJson.mapper().readValue("{\"title\":\"x\",\"notes\":[\"a\",{}]}", CaseFile.class));

    JsonFormatException translated = FrikommuneJson.translate(e);

    assertThat(translated.path()).isEqualTo("/notes/1");
    assertThat(translated.problem()).startsWith("Cannot deserialize value of type `java.lang.String` from Object value");
    assertThat(translated).hasCause(e);
  }

  @Test
  void translate_ofMalformedJson_givesWhereTheParserStopped() {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class, () -> FrikommuneJson.mapper().readTree("{\"title\": \"x\",, }"));

    JsonFormatException translated = FrikommuneJson.translate(e);

    assertThat(translated.path()).isEqualTo("/title");
    assertThat(translated.problem())
        .isEqualTo("Unexpected character (',' (code 44)): was expecting double-quote to start field name (line 1, column 15)");
  }
}
