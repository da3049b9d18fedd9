package io.github.frikommune.benchmarks.json;

import io.github.frikommune.core.portfolio.Portfolio;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encoding a whole document to UTF-8 bytes, one document per operation: the library from the
 * domain's values, against Jackson databind from {@linkplain PlainRecords plain records} of the
 * same shape (what a user would otherwise write), and against writing the document's tokens,
 * recorded in advance, with the same generator (the lower bound).
 *
 * <p>All three write exactly the same bytes with the generator and pretty printer of
 * {@link JsonBaselines#MAPPER}: the round-1 seed case ({@code seed}) or a generated portfolio
 * of 1,000 applications ({@code 1000}).
 */
@State(Scope.Benchmark)
public class JsonEncodeBenchmarks {
  /** The document: {@code seed} or {@code 1000}. */
  @Param({"seed", "1000"})
  public String scenario;

  private Portfolio portfolio;
  private PlainRecords.Portfolio records;
  private JsonBaselines.RecordedTokens tokens;

  /**
   * Makes the scenario's portfolio, the same document as records, and its tokens.
   *
   * @throws IOException if the document cannot be read back
   */
  @Setup
  public void setUp() throws IOException {
    portfolio = JsonBaselines.portfolio(scenario);
    byte[] json = JsonBaselines.write(portfolio);
    records = JsonBaselines.readRecords(json);
    tokens = JsonBaselines.record(json);
  }

  /**
   * The library: the portfolio written in the format.
   *
   * @return the document
   * @throws IOException if it cannot be written
   */
  @Benchmark
  public byte[] library() throws IOException {
    return JsonBaselines.MAPPER.writeValueAsBytes(portfolio);
  }

  /**
   * Jackson databind from plain records.
   *
   * @return the document
   * @throws IOException if it cannot be written
   */
  @Benchmark
  public byte[] records() throws IOException {
    return JsonBaselines.MAPPER.writeValueAsBytes(records);
  }

  /**
   * The document's tokens written again, with nothing to look up.
   *
   * @return the document
   * @throws IOException if it cannot be written
   */
  @Benchmark
  public byte[] tokens() throws IOException {
    return JsonBaselines.MAPPER.writeValueAsBytes(tokens);
  }
}
