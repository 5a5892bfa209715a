package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The import takes time linear in every dimension of its input that was quadratic: repeated
 * header names, distinct unmapped columns (CSV and JSON Lines) and a mapping template naming many
 * columns. Each test times the work at n and 4n on warmed-up code, as the least CPU time of
 * several runs, and fails when the time grows 10 times or more — quadratic growth is about 16
 * times, linear 4 — five times in a row, so that a noisy machine does not fail it.
 */
class LinearGrowthTest {

  /** The columns at the small size; 4 times as many reach the column limit. */
  static final int N = RecordSource.MAX_COLUMNS / 4;

  static final String[] EXAMPLE_COLUMNS = LedgerRowsGenerator.HEADER.split(",");

  /**
   * Asserts that {@code work} at 4n takes less than 10 times what it takes at n (linear growth is
   * 4 times, quadratic 16). Time is the CPU time of this thread, so that other processes on the
   * machine do not count, and the least of several runs, the one least disturbed by collections
   * and compilation; five tries.
   *
   * @param work the work at a size, made ready beforehand (inputs built outside the timing)
   */
  static void assertLinear(String what, int n, IntFunction<Runnable> work) {
    Runnable small = work.apply(n);
    Runnable large = work.apply(4 * n);
    double[] ratios = new double[5];
    for (int attempt = 0; attempt < ratios.length; attempt++) {
      for (int i = 0; i < 3; i++) {
        small.run();
        large.run();
      }
      ratios[attempt] = (double) least(large) / Math.max(1, least(small));
      if (ratios[attempt] < 10) {
        return;
      }
    }
    fail(what + ": time at 4n / time at n = " + Arrays.toString(ratios) + ", not linear");
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long least(Runnable r) {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 7; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      r.run();
      least = Math.min(least, THREADS.getCurrentThreadCpuTime() - start);
    }
    return least;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads and maps every record of a CSV with the example mapping; checks the count. */
  static Runnable importCsv(byte[] csv, long records) {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    return () -> {
      try (RecordSource s = RecordSource.csv(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)) {
        ImportSummary summary = RecordImporter.of(mapper).run(s, (r, x) -> { });
        assertThat(summary.read()).isEqualTo(records);
        assertThat(summary.sourceFailure()).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** The case: 10k repeated header names took 5.8 s, 40k 76 s ({@code name#k} probing). */
  @Test
  void repeatedHeaderNames() {
    assertLinear("repeated header names", N, n -> {
      String row = HostileInputs.row(1);
      byte[] csv = utf8(LedgerRowsGenerator.HEADER + ",x".repeat(n - EXAMPLE_COLUMNS.length)
          + "\n" + row + ",".repeat(n - EXAMPLE_COLUMNS.length) + "\n");
      return importCsv(csv, 1);
    });
  }

  /** The case: 100k distinct unmapped columns took 73 s ({@code putExtension}). */
  @Test
  void distinctUnmappedCsvColumns() {
    assertLinear("distinct unmapped columns", N, n -> {
      StringBuilder sb = new StringBuilder(LedgerRowsGenerator.HEADER);
      StringBuilder row = new StringBuilder(HostileInputs.row(1));
      for (int i = EXAMPLE_COLUMNS.length; i < n; i++) {
        sb.append(",c").append(i);
        row.append(',').append(i);
      }
      return importCsv(utf8(sb + "\n" + row + "\n"), 1);
    });
  }

  /** The case: a JSON line with 100k keys took 94.5 s. */
  @Test
  void jsonLinesWithManyKeys() {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    assertLinear("JSON keys", N, n -> {
      String[] values = HostileInputs.row(1).split(",");
      StringBuilder sb = new StringBuilder("{");
      for (int i = 0; i < EXAMPLE_COLUMNS.length; i++) {
        sb.append('"').append(EXAMPLE_COLUMNS[i]).append("\":\"").append(values[i]).append("\",");
      }
      for (int i = EXAMPLE_COLUMNS.length; i < n - 1; i++) {
        sb.append("\"k").append(i).append("\":\"").append(i).append("\",");
      }
      byte[] line = utf8(sb.append("\"end\":1}\n").toString());
      return () -> {
        try (RecordSource s = RecordSource.jsonLines(new ByteArrayInputStream(line), null)) {
          MappingResult r = mapper.map(s.next());
          assertThat(r.isAccepted()).as("%s", r.rejection()).isTrue();
          assertThat(r.reply().orElseThrow().extensions()).hasSizeGreaterThan(n - 20);
        }
      };
    });
  }

  /**
   * The case: a template naming 40k columns took 9.8 s. The mapping is read, the mapper
   * built, the header checked for the columns the mapping names (as the CLI does, through
   * {@link RecordSource#columns()}) and a record mapped.
   */
  @Test
  void aTemplateNamingManyColumns() {
    assertLinear("template columns", N, n -> {
      StringBuilder template = new StringBuilder();
      StringBuilder header = new StringBuilder("文号,建议号,答复日期");
      StringBuilder row = new StringBuilder("平交复函〔2021〕1号,12,2021年7月6日");
      for (int i = 3; i < n; i++) {
        template.append("{t").append(i).append("}");
        header.append(",t").append(i);
        row.append(",x");
      }
      String mapping = "{\"format\":\"govreply-mapping/1\",\"fields\":{\"documentNumber\":\"文号\","
          + "\"motionNumber\":\"建议号\",\"date\":\"答复日期\",\"title\":{\"template\":\""
          + template + "\"}}}";
      byte[] csv = utf8(header + "\n" + row + "\n");
      return () -> {
        RecordMapper mapper = RecordMapper.of(RecordMapping.fromJson(mapping));
        try (RecordSource s = RecordSource.csv(new ByteArrayInputStream(csv), null)) {
          long missing = mapper.mapping().namedColumns().stream()
              .filter(c -> !s.columns().contains(c)).count();
          assertThat(missing).isZero();
          MappingResult r = mapper.map(s.next());
          assertThat(r.reply().orElseThrow().title().orElseThrow()).hasSize(n - 3);
        }
      };
    });
  }
}
