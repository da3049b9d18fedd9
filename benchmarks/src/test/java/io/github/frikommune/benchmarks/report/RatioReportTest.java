package io.github.frikommune.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.frikommune.benchmarks.report.RatioReport.Line;
import io.github.frikommune.benchmarks.report.RatioReport.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RatioReportTest {
  private static final JmhRun RUN = JmhRun.parse(sample());

  @Test
  void parse_readsNamesParamsTimesInNanosAndAllocation() {
    assertThat(RUN.measurements()).hasSize(8);
    Measurement library = RUN.measurements().get(0);
    assertThat(library.benchmark()).isEqualTo("JsonDecodeBenchmarks.library");
    assertThat(library.params()).containsEntry("scenario", "seed");
    assertThat(library.nanosPerOp()).isEqualTo(12_000.0);
    assertThat(library.bytesPerOp()).hasValue(6000.0);
    Measurement streaming = RUN.measurements().get(2);
    assertThat(streaming.bytesPerOp()).as("the older '·gc.alloc.rate.norm' key").hasValue(100.0);
    Measurement scan = RUN.measurements().get(7);
    assertThat(scan.nanosPerOp()).isEqualTo(500_000.0);
    assertThat(scan.bytesPerOp()).isEmpty();
    assertThat(RUN.vm()).isEqualTo("OpenJDK 64-Bit Server VM 17.0.15+6");
    assertThat(RUN.profile()).isEqualTo("1 fork, 2 × 1 s warm-up, 3 × 1 s measurement");
  }

  @Test
  void report_judgesEachTargetAgainstItsBaselineInTheSameRun() {
    RatioReport report = RatioReport.of(Targets.all(), RUN);

    assertThat(line(report, "JSON decode, seed scenario ÷ Jackson into records").ratio().getAsDouble())
        .isCloseTo(1.2, within(1e-9));
    assertThat(line(report, "JSON decode, seed scenario ÷ Jackson into records").verdict()).isEqualTo(Verdict.HOLDS);
    assertThat(line(report, "JSON encode, seed scenario ÷ Jackson from records").verdict()).isEqualTo(Verdict.MISSED);
    assertThat(line(report, "bytes allocated, JSON decode, seed scenario ÷ records").ratio().getAsDouble())
        .isCloseTo(1.2, within(1e-9));
    assertThat(line(report, "bytes allocated, JSON encode, seed scenario ÷ records").verdict())
        .isEqualTo(Verdict.MISSED);
    assertThat(line(report, "exemption question, 1,000 trials: linear scan ÷ index").ratio().getAsDouble())
        .isCloseTo(500_000.0 / 120.0, within(1e-6));
    assertThat(line(report, "exemption question, 1,000 trials: linear scan ÷ index").verdict())
        .isEqualTo(Verdict.HOLDS);
    assertThat(line(report, "exemption question, 1,000 trials: index ÷ one HashMap lookup").verdict())
        .isEqualTo(Verdict.NOT_MEASURED);
    assertThat(line(report, "JSON decode, seed scenario ÷ streaming token walk (lower bound)").verdict())
        .isEqualTo(Verdict.CONTEXT);
    assertThat(report.allHold()).isFalse();
  }

  @Test
  void text_printsVerdictRatioBoundAndTarget() {
    String text = RatioReport.of(Targets.all(), RUN).text();

    assertThat(text)
        .contains("HOLDS            1.20×  ≤ 1.3×     JSON decode, seed scenario ÷ Jackson into records")
        .contains("MISSED           1.50×  ≤ 1.2×     JSON encode, seed scenario ÷ Jackson from records")
        .contains("NOT_MEASURED         —  ≤ 3×       exemption question, 1,000 trials: index ÷ one HashMap lookup");
  }

  @Test
  void replaceSection_rewritesOnlyBetweenTheMarkers() {
    String readme = "# Title\n\n## Performance\n\n" + RatioReport.START + "\nold\n" + RatioReport.END + "\n\n## Next\n";
    String section = RatioReport.of(Targets.all(), RUN).markdown(2, LocalDate.of(2026, 11, 22));

    String refreshed = RatioReport.replaceSection(readme, section);

    assertThat(refreshed)
        .startsWith("# Title\n\n## Performance\n\n" + RatioReport.START + "\nMeasured on 2026-11-22 on 2 cores with"
            + " OpenJDK 64-Bit Server VM 17.0.15+6 and JMH 1.37 (1 fork, 2 × 1 s warm-up, 3 × 1 s measurement).\n")
        .contains("| JSON decode, seed scenario ÷ Jackson into records | 1.20× | ≤ 1.3× | HOLDS |\n")
        .contains("| JSON decode, seed scenario ÷ streaming token walk (lower bound) | 3.00× |  |  |\n")
        .endsWith(RatioReport.END + "\n\n## Next\n")
        .doesNotContain("old");
    assertThat(RatioReport.replaceSection(refreshed, section)).isEqualTo(refreshed);
  }

  @Test
  void replaceSection_withoutMarkers_isRejected() {
    assertThatThrownBy(() -> RatioReport.replaceSection("# Title\n", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "README must hold the markers <!-- performance:start --> and then <!-- performance:end -->"
                + " in its Performance section");
  }

  @Test
  void parse_timeUnitThatIsNotPerOperation_isRejected() {
    String json = "[{\"benchmark\":\"p.C.m\",\"primaryMetric\":{\"score\":1.0,\"scoreUnit\":\"ops/s\"}}]";

    assertThatThrownBy(() -> JmhRun.parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "JMH score unit must be a time per operation (ns/op, us/op, ms/op, s/op), was 'ops/s' for p.C.m");
  }

  private static Line line(RatioReport report, String name) {
    return report.lines().stream().filter(l -> l.target().name().equals(name)).findFirst().orElseThrow();
  }

  private static String sample() {
    try (InputStream in = RatioReportTest.class.getResourceAsStream("jmh-sample.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
