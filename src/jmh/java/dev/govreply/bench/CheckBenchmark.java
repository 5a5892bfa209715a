package dev.govreply.bench;

import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.examples.FoundingExample;
import dev.govreply.json.ReplyJson;
import dev.govreply.model.Reply;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of a conformance check against the cost of reading the same reply from JSON.
 *
 * <p>{@link #check} checks the founding example (平政字〔2024〕12号, {@link FoundingExample#reply()})
 * under {@code gbt9704} — every catalogue rule on the model plus Bean Validation of the whole
 * reply; {@link #jsonRead} reads the reply's canonical {@code govreply/1} bytes with
 * {@link ReplyJson#read(byte[])}, the baseline. The target is a ratio check / jsonRead of at most 1.
 * The checker, and with it the shared Hibernate Validator factory, is built and warmed in
 * {@link #setUp()}, outside the measured loop.
 *
 * <p>Run: {@code mvn test-compile exec:exec@jmh -Djmh.args="CheckBenchmark -f 1 -wi 3 -w 2s -i 5
 * -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {

  private final ReplyJson json = ReplyJson.standard();
  private ReplyChecker checker;
  private Reply reply;
  private byte[] bytes;

  /** The fixture, its canonical bytes, and the checker (bootstrapping the validator once). */
  @Setup
  public void setUp() {
    reply = FoundingExample.reply();
    bytes = json.write(reply);
    checker = ReplyChecker.builder().profile(Profiles.GBT9704)
        .clock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC)).build();
    checker.check(reply); // bootstraps the shared validator factory and its metadata
    if (!json.read(bytes).equals(reply)) {
      throw new IllegalStateException("the fixture does not round-trip");
    }
  }

  /** The conformance check of the founding example under gbt9704. */
  @Benchmark
  public ConformanceReport check() {
    return checker.check(reply);
  }

  /** The baseline: reading the same reply from its canonical JSON bytes. */
  @Benchmark
  public Reply jsonRead() {
    return json.read(bytes);
  }
}
