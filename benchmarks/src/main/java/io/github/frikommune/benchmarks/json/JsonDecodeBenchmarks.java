package io.github.frikommune.benchmarks.json;

import io.github.frikommune.core.portfolio.Portfolio;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding a whole document from UTF-8 bytes, one document per operation: the library into
 * the domain's values, against Jackson databind into {@linkplain PlainRecords plain records}
 * of the same shape (what a user would otherwise write), and against a streaming walk over the
 * same tokens (the lower bound, which builds nothing).
 *
 * <p>The document is the one the library writes: the round-1 seed case ({@code seed}, about
 * 24 KB) or a generated portfolio of 1,000 applications with their decisions and trials
 * ({@code 1000}). All three read it with the same parser settings, those of
 * {@link JsonBaselines#MAPPER}.
 */
@State(Scope.Benchmark)
public class JsonDecodeBenchmarks {
  /** The document: {@code seed} or {@code 1000}. */
  @Param({"seed", "1000"})
  public String scenario;

  private byte[] json;

  /** Writes the scenario's document. */
  @Setup
  public void setUp() {
    json = JsonBaselines.write(JsonBaselines.portfolio(scenario));
  }

  /**
   * The library: the document read as a portfolio, every value built through the domain's
   * checks.
   *
   * @return the portfolio
   * @throws IOException if the document cannot be read
   */
  @Benchmark
  public Portfolio library() throws IOException {
    return JsonBaselines.MAPPER.readValue(json, Portfolio.class);
  }

  /**
   * Jackson databind into plain records, which check nothing.
   *
   * @return the records
   * @throws IOException if the document cannot be read
   */
  @Benchmark
  public PlainRecords.Portfolio records() throws IOException {
    return JsonBaselines.MAPPER.readValue(json, PlainRecords.Portfolio.class);
  }

  /**
   * A streaming walk over every token, reading each value and building nothing.
   *
   * @return what the walk saw
   * @throws IOException if the document cannot be read
   */
  @Benchmark
  public long streaming() throws IOException {
    return JsonBaselines.walk(json);
  }
}
