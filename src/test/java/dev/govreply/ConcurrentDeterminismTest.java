package dev.govreply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.ReplyValidator;
import dev.govreply.json.ReplyJson;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.Reply;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import dev.govreply.text.ReplyTextWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared services (one text reader, writer, JSON codec, validator and checker for all threads)
 * give the same output on many threads as on one: every text document of the test resources is
 * read, written as JSON and canonical text, turned into a ledger row, validated and checked, in
 * rounds on several threads at once, and every output is compared with a sequential run.
 *
 * <p>The build runs {@value #DEFAULT_THREADS} threads × {@value #DEFAULT_ROUNDS} round: in a
 * round each thread reads every other document, the threads starting at different documents, so
 * that each document is read by half the threads at once and the build's time grows with the
 * corpus only once over per two threads; the next round takes the other half. A scaled-up run:
 * {@code mvn -B -ntp test -Dtest=ConcurrentDeterminismTest -Ddeterminism.threads=16
 * -Ddeterminism.rounds=200}.
 */
class ConcurrentDeterminismTest {

  /** Threads when {@code -Ddeterminism.threads} is not given. */
  static final int DEFAULT_THREADS = 4;
  /** Rounds per thread when {@code -Ddeterminism.rounds} is not given. */
  static final int DEFAULT_ROUNDS = 1;

  private static final ReplyTextReader READER = ReplyTextReader.standard();
  private static final ReplyTextWriter WRITER = ReplyTextWriter.standard();
  private static final ReplyJson JSON = ReplyJson.standard();
  private static final ReplyChecker CHECKER = ReplyChecker.of(Profiles.builtIn("gbt9704"));
  private static final ReplyValidator VALIDATOR = ReplyValidator.forLocale(Locale.SIMPLIFIED_CHINESE);

  /** Everything one document gives, as text. */
  private static String outputs(byte[] document) {
    ReadResult read = READER.read(document);
    Reply reply = read.reply();
    byte[] json = JSON.write(reply);
    Reply back = JSON.read(json);
    ConformanceReport report = CHECKER.check(reply, read.report().locator(),
        read.report().findings());
    return String.join("\n---\n", new String(json, java.nio.charset.StandardCharsets.UTF_8),
        String.valueOf(back.equals(reply)), read.report().toText(), WRITER.write(reply),
        LedgerJson.write(LedgerRow.of(reply)), report.toJson(),
        report.toText(Locale.SIMPLIFIED_CHINESE), VALIDATOR.check(reply).toString());
  }

  /**
   * Every text document of the test resources: the samples, each gathered set under {@code
   * corpus/} (found by listing it, so a new set is read without naming it here) and the variants.
   */
  private static List<Path> documents() throws IOException, URISyntaxException {
    Path root = Path.of(ConcurrentDeterminismTest.class.getResource("/samples/SOURCES.md").toURI())
        .getParent().getParent();
    List<Path> dirs = new ArrayList<>();
    dirs.add(root.resolve("samples"));
    try (Stream<Path> sets = Files.list(root.resolve("corpus"))) {
      sets.filter(Files::isDirectory).sorted().forEach(dirs::add);
    }
    dirs.add(root.resolve("variants"));
    List<Path> out = new ArrayList<>();
    for (Path d : dirs) {
      try (Stream<Path> s = Files.list(d)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void sharedServicesGiveTheSameOutputOnManyThreadsAsOnOne() throws Exception {
    int threads = Integer.getInteger("determinism.threads", DEFAULT_THREADS);
    int rounds = Integer.getInteger("determinism.rounds", DEFAULT_ROUNDS);
    List<Path> docs = documents();
    assertThat(docs).hasSizeGreaterThan(90);
    List<byte[]> bytes = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Path p : docs) {
      byte[] b = Files.readAllBytes(p);
      bytes.add(b);
      expected.add(outputs(b));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Callable<Integer> task = () -> {
          int mismatches = 0;
          for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < bytes.size(); i += 2) {
              // each thread walks every other document from another start, so that different
              // documents are read at the same moment (threads of odd and even starts, and
              // the rounds after one another, take the two halves)
              int k = (i + offset * 7 + r) % bytes.size();
              if (!outputs(bytes.get(k)).equals(expected.get(k))) {
                mismatches++;
              }
            }
          }
          return mismatches;
        };
        futures.add(pool.submit(task));
      }
      int mismatches = 0;
      for (Future<Integer> f : futures) {
        mismatches += f.get();
      }
      System.out.printf("determinism: %d threads x %d rounds x %d of %d documents = %d runs,"
          + " %d mismatches%n", threads, rounds, (bytes.size() + 1) / 2, bytes.size(),
          threads * rounds * ((bytes.size() + 1) / 2), mismatches);
      assertThat(mismatches).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
