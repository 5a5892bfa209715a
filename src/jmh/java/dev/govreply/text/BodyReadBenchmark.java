package dev.govreply.text;

import dev.govreply.model.Body;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The text read of the founding example split into its parts: {@link #textReadBody} is the body
 * recogniser alone ({@link BodyReader} on the body's lines, as the layout reader hands them over),
 * {@link #textReadAll} the whole read; the layout part is the difference. In this package so that
 * it can call the package-private recognisers.
 *
 * <p>Run: {@code mvn test-compile exec:exec@jmh -Djmh.args="BodyReadBenchmark -f 1 -wi 3 -w 2s
 * -i 5 -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BodyReadBenchmark {

  static final String SAMPLE = "samples/00-pingjiang-xzf-jy241.txt";

  private String text;
  private List<String> lines;
  private List<Line> bodyLines;

  /** Loads the sample and finds the lines of its body (from the report of a full read). */
  @Setup
  public void setUp() throws IOException {
    byte[] bytes;
    try (InputStream in = BodyReadBenchmark.class.getResourceAsStream("/" + SAMPLE)) {
      bytes = in != null ? in.readAllBytes()
          : Files.readAllBytes(Path.of("src/test/resources").resolve(SAMPLE));
    }
    text = new String(bytes, StandardCharsets.UTF_8);
    ReadResult full = LayoutReader.read(text, StandardCharsets.UTF_8);
    lines = TextLines.split(text);
    int first = -1;
    int last = -1;
    for (LineRecord r : full.report().lines()) {
      if (r.targets().stream().anyMatch(t -> t.startsWith("body"))) {
        if (first < 0) {
          first = r.number();
        }
        last = r.number();
      }
    }
    bodyLines = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      bodyLines.add(new Line(n, 1, lines.get(n - 1)));
    }
    Body body = textReadBody();
    Reply reply = full.reply();
    if (!body.equals(reply.body())) {
      throw new IllegalStateException("the body alone differs from the body of the full read");
    }
  }

  /** The body recogniser alone, on the body's lines. */
  @Benchmark
  public Body textReadBody() {
    return BodyReader.read(bodyLines, new ReadContext(lines));
  }

  /** The whole read of the decoded text (layout + body + report). */
  @Benchmark
  public ReadResult textReadAll() {
    return LayoutReader.read(text, StandardCharsets.UTF_8);
  }
}
