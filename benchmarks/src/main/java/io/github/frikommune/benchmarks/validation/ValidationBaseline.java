package io.github.frikommune.benchmarks.validation;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.frikommune.benchmarks.input.GeneratedPortfolio;
import io.github.frikommune.core.portfolio.Portfolio;
import io.github.frikommune.json.FrikommuneJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What validation is measured against: decoding, with the library, the JSON document of the
 * portfolio that {@link ValidationBenchmarks} validates at 10,000 applications. One operation
 * decodes the whole document once.
 *
 * <p>The target "validation ÷ JSON decode, per application" divides the time to validate a
 * portfolio by the time to decode it. Both benchmarks take the same generated portfolio of
 * {@value #APPLICATIONS} applications (same seed, same decisions and trials), so the ratio of
 * their times per operation is the ratio per application, and each application costs as much
 * to decode here as it does to validate there: nothing in either is spread over a smaller or
 * a larger portfolio. A ratio of 0.5 means validating a document takes half as long as reading
 * it, so a reader who decodes can always afford to validate.
 */
@State(Scope.Benchmark)
public class ValidationBaseline {
  /** The number of applications, the portfolio of {@link ValidationBenchmarks} at 10,000. */
  public static final int APPLICATIONS = 10_000;

  private static final JsonMapper MAPPER = FrikommuneJson.mapper();

  private byte[] json;

  /** Generates the portfolio and writes its document. */
  @Setup
  public void setUp() {
    json = FrikommuneJson.write(GeneratedPortfolio.withApplications(APPLICATIONS)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The library's decoder, from UTF-8 bytes, with the mapper of {@link FrikommuneJson#mapper()}.
   *
   * @return the portfolio
   * @throws IOException if the document cannot be read
   */
  @Benchmark
  public Portfolio decode() throws IOException {
    return MAPPER.readValue(json, Portfolio.class);
  }
}
