package io.github.frikommune.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.json.FrikommuneJson;
import io.github.frikommune.json.format.JsonFormat;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the main job and checks that the facts of "The seed case" appear in its report. */
class NorthJutlandTest {
  @TempDir static Path dir;
  private static String printed;
  private static String errors;
  private static int status;

  @BeforeAll
  static void runTheScenario() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    status =
        NorthJutland.run(
            dir,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    printed = out.toString(StandardCharsets.UTF_8);
    errors = err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsCleanly_andWritesTheMarkdownReport() throws Exception {
    assertThat(status).isZero();
    assertThat(errors).isEmpty();
    assertThat(printed).doesNotContain("Exception").doesNotContain("\tat ");
    Path markdown = dir.resolve("report.md");
    assertThat(printed).contains("Rapport (Markdown): " + markdown.toAbsolutePath().normalize());
    assertThat(Files.readString(markdown, StandardCharsets.UTF_8)).contains("```mermaid\ngantt");
  }

  @Test
  void writesTheScenarioAsJson_thatValidatesAgainstThePublishedSchema_andReadsBackEqual() throws Exception {
    Path json = dir.resolve("north-jutland.json");
    assertThat(printed).contains("Scenario (JSON): " + json.toAbsolutePath().normalize());
    String text = Files.readString(json, StandardCharsets.UTF_8);
    String schema;
    try (InputStream in = JsonFormat.openSchema()) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema, InputFormat.JSON)
                .validate(text, InputFormat.JSON))
        .isEmpty();
    assertThat(FrikommuneJson.read(text, Portfolio.class)).isEqualTo(NorthJutlandScenario.portfolio());
    assertThat(text)
        .contains("\"title\": \"Mikrolån\"")
        .contains("\"outcome\": \"partially-granted\"")
        .contains("\"decidedOn\": \"2017-02-01\"")
        .contains("\"inForceFrom\": \"2017-07-01\"")
        .contains("Målgruppen indsnævres til kun at omfatte jobparate/uddannelsesparate borgere.");
  }

  @Test
  void roundSummary_sevenSentFiveGrantedTwoRejected_aalborgOnFour() {
    assertThat(printed).contains("Round 1: 7 sent, 5 granted wholly or partially, 2 rejected; Aalborg lead or co-applicant on 4");
  }

  @Test
  void decisions_ofFirstFebruary2017_withConditionsAndReasons() {
    assertThat(printed)
        .contains("**Mikrolån** (NJ-1-01): partially-granted (delvist imødekommet) on 2017-02-01")
        .contains("Målgruppen indsnævres til kun at omfatte jobparate/uddannelsesparate borgere.")
        .contains("De øvrige kommuner vil særskilt skulle ansøge regeringen om også at deltage.")
        .contains("rejected (ikke imødekommet) on 2017-02-01")
        .contains("Regeringen vil afvente evaluering af et lignende forsøg, der blev afsluttet i 2016.")
        .contains("integrationsborgere ikke længere er omfattet")
        .contains("Regeringen ønsker ikke en delvis tilbagevenden til det tidligere integrationsprogram.");
  }

  @Test
  void states_trialsDifferBetweenThirtiethJuneAndFirstJuly2017() {
    assertThat(printed)
        .contains("| 2017-01-31 | 2017-02-01 | 2017-04-26 | 2017-06-30 | 2017-07-01 |")
        .contains("| trial NJ-1-01 Mikrolån | afventer hjemmel | afventer hjemmel | afventer hjemmel | hjemmel vedtaget | igangsat |");
  }

  @Test
  void round2_aalborgsApplicationsApprovedBeforeTheDeadline() {
    assertThat(printed)
        .contains("| application NJ-2-A1 Fleksibilitet i forhold til rehabiliteringsteams | kladde | kladde | politisk godkendt | indsendt | indsendt |");
  }

  @Test
  void exemptionQuestions_answerAsTheSeedsSay() {
    assertThat(printed)
        .contains("May **Aalborg** on 2017-08-01 deviate from *aktivloven § 65* for *jobparate kontanthjælpsmodtagere*? **Yes**")
        .contains("legal basis lov om frikommunenetværk § 9 (lov nr. 658 af 8. juni 2017)")
        .contains("May **Hjørring** on 2017-08-01 deviate from *aktivloven § 65* for *jobparate kontanthjælpsmodtagere*? **No**")
        .contains("Hjørring must apply separately to join trial NJ-1-01")
        .contains("it is in force from 2017-07-01")
        .contains("the target group integrationsborgere is excluded from trial NJ-1-03");
  }

  @Test
  void network_isTheElevenMunicipalitiesOfNorthJutland_withItsTheme() {
    assertThat(printed).contains("Theme (tema): En mere fleksibel og effektiv beskæftigelsesindsats, herunder også"
        + " nytænkning af integrationsområdet");
    assertThat(NorthJutlandScenario.portfolio().networks().get(0).members()).extracting(m -> m.name())
        .containsExactlyInAnyOrder("Aalborg", "Brønderslev", "Frederikshavn", "Hjørring", "Jammerbugt", "Læsø",
            "Mariagerfjord", "Morsø", "Rebild", "Thisted", "Vesthimmerlands");
  }

  @Test
  void round1_hasTheSevenApplications_withAalborgTakingPartInTheFirstFour_roleNotOnRecord() {
    assertThat(printed)
        .contains("| NJ-1-01 | Mikrolån | not on record |  | Aalborg | partially granted |")
        .contains("| NJ-1-02 | Arbejdsmarkedserfaring for udsatte borgere ved gunstigere fradrag for lønindtægt | not on record |  | Aalborg | rejected |")
        .contains("| NJ-1-03 | Iværksætteri for udvalgte målgrupper, herunder bl.a. dimittender | not on record |  | Aalborg | partially granted |")
        .contains("| NJ-1-04 | Formkrav ved lovpligtige samtaler | not on record |  | Aalborg | granted |")
        .contains("| NJ-1-05 | Fleksibilitet i forhold til forholdstalskravene | not on record |  |  | granted |")
        .contains("| NJ-1-06 | Fleksible rammer for uddannelse | not on record |  |  | granted |")
        .contains("| NJ-1-07 | Individuelt og fleksibelt integrationsprogram | not on record |  |  | rejected |")
        .contains("| Aalborg | 0 | 0 | 4 | 4 |");
  }

  @Test
  void round2_hasAalborgsTwoApplications_andTheOtherMunicipalitiesThree() {
    assertThat(printed)
        .contains("**Fleksibilitet i forhold til rehabiliteringsteams** (NJ-2-A1): awaiting decision")
        .contains("**Undtagelse af bestemmelserne om at give aktivitetsparate unge uddannelsespålæg** (NJ-2-A2): awaiting decision")
        .contains("**Brug af psykologer i indsatsen til behandling** (NJ-2-O1): no submission on record")
        .contains("**Fleksibilitet på sygedagpengeområdet, herunder fx lempede krav om lægeattester** (NJ-2-O2)")
        .contains("**Forsøg med 8 ugers virksomhedspraktik for udvalgte målgrupper af forsikrede ledige** (NJ-2-O3)");
  }

  @Test
  void round2_aalborgsMilestones_describedConsultedApprovedSent() {
    assertThat(printed)
        .contains("  - described (færdigbeskrevet): 2017-03-20")
        .contains("  - consultation (høring) of LBR (Lokalt Beskæftigelsesråd): sendt i høring i slutningen af marts 2017")
        .contains("  - approved (politisk godkendt) by Aalborg, Beskæftigelsesudvalget, 2017-04-25")
        .contains("  - submitted (indsendt): 2017-05-01");
  }

  @Test
  void evaluationKickOff_of2March2017_withKoraStarKlArbejdsmarkedskontorAndRamboell() throws Exception {
    String participants = "KORA, STAR, KL, Arbejdsmarkedskontor Midt-Nord, Rambøll";
    assertThat(printed)
        .contains("- 2017-03-02: Opstartende workshop med fokus på evaluering, with KORA; taking part with the network: "
            + participants)
        .contains("| 2017-03-02 | evaluation workshop |");
    assertThat(Files.readString(dir.resolve("north-jutland.json"), StandardCharsets.UTF_8))
        .contains("\"heldOn\": \"2017-03-02\"")
        .contains("\"Arbejdsmarkedskontor Midt-Nord\"");
  }

  @Test
  void theLaw_inForceFirstJuly2017_isOnTheTimeline() {
    assertThat(printed).contains("| 2017-07-01 | in force | lov nr. 658 af 8. juni 2017 in force |");
  }

  @Test
  void timeline_andLifecycleDiagram_areMermaid() {
    assertThat(printed).contains("lov nr. 658 af 8. juni 2017 in force").contains("stateDiagram-v2").contains("gantt");
  }
}
