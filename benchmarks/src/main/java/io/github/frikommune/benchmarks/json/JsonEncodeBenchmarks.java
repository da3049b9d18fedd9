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
 * of 1,000 applications ({@code 1000}). Each benchmark has a state of its own, so the JVM that
 * measures one has run only what that one needs before it is measured, and its compiler is
 * not still busy with the others' setup (reading the records, recording the tokens) when the
 * measurement starts.
 */
public class JsonEncodeBenchmarks {

  /** The library's input: the scenario's portfolio. */
  @State(Scope.Benchmark)
  public static class Library {
    /** The document: {@code seed} or {@code 1000}. */
    @Param({"seed", "1000"})
    public String scenario;

    private Portfolio portfolio;

    /**
     * Makes the scenario's portfolio and writes it once, as the other two states do to make
     * their input.
     */
    @Setup
    public void setUp() {
      portfolio = JsonBaselines.portfolio(scenario);
      JsonBaselines.write(portfolio);
    }
  }

  /** The records' input: the library's document of the scenario, read as records. */
  @State(Scope.Benchmark)
  public static class Records {
    /** The document: {@code seed} or {@code 1000}. */
    @Param({"seed", "1000"})
    public String scenario;

    private PlainRecords.Portfolio records;

    /** Makes the scenario's document and reads it as records. */
    @Setup
    public void setUp() {
      records = JsonBaselines.readRecords(JsonBaselines.write(JsonBaselines.portfolio(scenario)));
    }
  }

  /** The lower bound's input: the tokens of the library's document of the scenario. */
  @State(Scope.Benchmark)
  public static class Tokens {
    /** The document: {@code seed} or {@code 1000}. */
    @Param({"seed", "1000"})
    public String scenario;

    private JsonBaselines.RecordedTokens tokens;

    /**
     * Makes the scenario's document and records its tokens.
     *
     * @throws IOException if the document cannot be read back
     */
    @Setup
    public void setUp() throws IOException {
      tokens = JsonBaselines.record(JsonBaselines.write(JsonBaselines.portfolio(scenario)));
    }
  }

  /**
   * The library: the portfolio written in the format.
   *
   * @param in the portfolio
   * @return the document
   * @throws IOException if it cannot be written
   */
  @Benchmark
  public byte[] library(Library in) throws IOException {
    return JsonBaselines.MAPPER.writeValueAsBytes(in.portfolio);
  }

  /**
   * Jackson databind from plain records.
   *
   * @param in the records
   * @return the document
   * @throws IOException if it cannot be written
   */
  @Benchmark
  public byte[] records(Records in) throws IOException {
    return JsonBaselines.MAPPER.writeValueAsBytes(in.records);
  }

  /**
   * The document's tokens written again, with nothing to look up.
   *
   * @param in the tokens
   * @return the document
   * @throws IOException if it cannot be written
   */
  @Benchmark
  public byte[] tokens(Tokens in) throws IOException {
    return JsonBaselines.MAPPER.writeValueAsBytes(in.tokens);
  }
}
