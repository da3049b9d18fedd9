package io.github.frikommune.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * A JMH run as its JSON result file (JMH's {@code -rf json}) records it: the measurements,
 * and the JVM and profile they were taken with.
 *
 * <p>Immutable and thread-safe.
 */
public final class JmhRun {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private final ImmutableList<Measurement> measurements;
  private final String jmhVersion;
  private final String vm;
  private final String profile;

  private JmhRun(ImmutableList<Measurement> measurements, String jmhVersion, String vm, String profile) {
    this.measurements = measurements;
    this.jmhVersion = jmhVersion;
    this.vm = vm;
    this.profile = profile;
  }

  /**
   * Reads JMH's JSON result.
   *
   * @param json the content of the result file
   * @return the run
   * @throws IllegalArgumentException if the text is not a JMH JSON result, or a score's unit is
   *     not a time per operation
   */
  public static JmhRun parse(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("JMH result must be JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("JMH result must be a JSON array of benchmarks");
    }
    ImmutableList.Builder<Measurement> measurements = ImmutableList.builder();
    String jmhVersion = "";
    String vm = "";
    String profile = "";
    for (JsonNode b : root) {
      measurements.add(measurement(b));
      jmhVersion = b.path("jmhVersion").asText();
      vm = b.path("vmName").asText() + " " + b.path("vmVersion").asText();
      profile =
          String.format(
              "%d fork, %d × %s warm-up, %d × %s measurement",
              b.path("forks").asInt(),
              b.path("warmupIterations").asInt(),
              b.path("warmupTime").asText(),
              b.path("measurementIterations").asInt(),
              b.path("measurementTime").asText());
    }
    return new JmhRun(measurements.build(), jmhVersion, vm, profile);
  }

  private static Measurement measurement(JsonNode b) {
    String fullName = b.path("benchmark").asText();
    String[] parts = fullName.split("\\.");
    if (parts.length < 2) {
      throw new IllegalArgumentException("JMH benchmark must be named package.Class.method, was '" + fullName + "'");
    }
    String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
    ImmutableMap.Builder<String, String> params = ImmutableMap.builder();
    for (Map.Entry<String, JsonNode> p : b.path("params").properties()) {
      params.put(p.getKey(), p.getValue().asText());
    }
    JsonNode primary = b.path("primaryMetric");
    double nanos = primary.path("score").asDouble() * nanosPer(primary.path("scoreUnit").asText(), fullName);
    double bytes = Double.NaN;
    for (Map.Entry<String, JsonNode> metric : b.path("secondaryMetrics").properties()) {
      // JMH names the profiler's metrics with a leading "·" in some versions.
      if (metric.getKey().replace("·", "").equals(ALLOCATION)) {
        bytes = metric.getValue().path("score").asDouble();
      }
    }
    return new Measurement(name, params.build(), nanos, bytes);
  }

  private static double nanosPer(String unit, String benchmark) {
    switch (unit) {
      case "ns/op":
        return 1;
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        throw new IllegalArgumentException(
            "JMH score unit must be a time per operation (ns/op, us/op, ms/op, s/op), was '"
                + unit
                + "' for "
                + benchmark);
    }
  }

  /**
   * The measurements, in the file's order.
   *
   * @return the measurements
   */
  public ImmutableList<Measurement> measurements() {
    return measurements;
  }

  /**
   * The JMH version that measured.
   *
   * @return the version, e.g. {@code 1.37}
   */
  public String jmhVersion() {
    return jmhVersion;
  }

  /**
   * The measuring JVM.
   *
   * @return its name and version
   */
  public String vm() {
    return vm;
  }

  /**
   * The profile the benchmarks ran with.
   *
   * @return forks, warm-up and measurement iterations
   */
  public String profile() {
    return profile;
  }

  @Override
  public String toString() {
    return "JmhRun[" + measurements.size() + " measurements, " + Objects.toString(vm) + "]";
  }
}
