package dev.govreply.bench;

import dev.govreply.json.ReplyJson;
import dev.govreply.model.Reply;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the founding example (平政字〔2024〕12号, {@code samples/00-pingjiang-xzf-jy241.txt})
 * from text against reading the same document from its canonical JSON, in the same run.
 *
 * <p>{@link #textReadString} recognises the layout of the decoded text; {@link #textReadBytes}
 * adds charset detection and strict UTF-8 decoding of the file's bytes; {@link #jsonRead} reads
 * the canonical {@code govreply/1} JSON of the reply that the text reader produced (the same
 * document, so the two build the same {@code Reply}). The target is {@code textReadString /
 * jsonRead <= 2}.
 *
 * <p>All inputs are in memory before the first iteration ({@code @State(Scope.Benchmark)}, set
 * up once); each method returns its result, which JMH consumes with its blackhole, so nothing is
 * optimised away. {@code dev.govreply.text.BodyReadBenchmark} splits the text read into the body
 * recogniser and the rest.
 *
 * <p>Run: {@code mvn test-compile exec:exec@jmh -Djmh.args="TextReadBenchmark -f 1 -wi 3 -w 2s
 * -i 5 -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextReadBenchmark {

  static final String SAMPLE = "samples/00-pingjiang-xzf-jy241.txt";

  private final ReplyTextReader reader = ReplyTextReader.standard();
  private final ReplyJson json = ReplyJson.standard();
  private String text;
  private byte[] textBytes;
  private byte[] jsonBytes;

  /** Loads the sample (test class path, else the source tree) and writes its JSON. */
  @Setup
  public void setUp() throws IOException {
    textBytes = load();
    text = new String(textBytes, StandardCharsets.UTF_8);
    Reply reply = reader.read(text).reply();
    jsonBytes = json.write(reply);
    if (!json.read(jsonBytes).equals(reply) || !reader.read(textBytes).reply().equals(reply)) {
      throw new IllegalStateException("the text and JSON reads disagree");
    }
  }

  static byte[] load() throws IOException {
    try (InputStream in = TextReadBenchmark.class.getResourceAsStream("/" + SAMPLE)) {
      if (in != null) {
        return in.readAllBytes();
      }
    }
    Path file = Path.of("src/test/resources").resolve(SAMPLE);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find " + SAMPLE
          + " on the class path or under src/test/resources", e);
    }
  }

  /** Text read of the decoded document. */
  @Benchmark
  public ReadResult textReadString() {
    return reader.read(text);
  }

  /** Text read of the document's bytes: detection, strict decoding, then the layout. */
  @Benchmark
  public ReadResult textReadBytes() {
    return reader.read(textBytes);
  }

  /** The baseline: strict read of the same document's canonical JSON. */
  @Benchmark
  public Reply jsonRead() {
    return json.read(jsonBytes);
  }
}
