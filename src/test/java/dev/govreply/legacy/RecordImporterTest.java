package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.json.ReplyJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordImporterTest {

  static List<Map<String, ?>> rows(int n) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Object> row = RecordMapperTest.row();
      row.put("文号", "平交复函〔2021〕" + (i + 1) + "号");
      if (i % 7 == 3) {
        row.put("答复日期", "not a date");
      }
      if (i % 5 == 1) {
        row.put("文号", "平交复函[2021]0" + (i + 1) + "号");
      }
      rows.add(row);
    }
    return rows;
  }

  static String output(RecordImporter importer, List<Map<String, ?>> rows, ImportSummary[] out)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    ReplyJson json = ReplyJson.standard();
    try (RecordSource source = RecordSource.of(rows)) {
      out[0] = importer.run(source, r -> r.isAccepted() ? json.writeString(r.reply().orElseThrow())
          : ((MappingResult.Rejected) r).toJsonLine(), (r, text) -> sb.append(text).append('\n'));
    }
    return sb.toString();
  }

  @Test
  void parallelOutputIsIdenticalToSequential() throws IOException {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    List<Map<String, ?>> rows = rows(3000);
    ImportSummary[] s1 = new ImportSummary[1];
    ImportSummary[] s2 = new ImportSummary[1];
    String sequential = output(RecordImporter.of(mapper), rows, s1);
    String parallel = output(RecordImporter.of(mapper).parallel(4), rows, s2);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(s1[0].read()).isEqualTo(3000);
    assertThat(s1[0].rejected()).isEqualTo(rows.stream()
        .filter(r -> "not a date".equals(r.get("答复日期"))).count());
    assertThat(s1[0].written() + s1[0].rejected()).isEqualTo(s1[0].read());
    assertThat(s2[0].findingsByRule()).isEqualTo(s1[0].findingsByRule())
        .containsKeys("GR-TXT-001", "GR-TXT-002");
  }

  /** Imports {@code bytes} as CSV or JSON Lines; the output of every result, in order. */
  static String output(RecordImporter importer, byte[] bytes, boolean jsonLines,
      ImportSummary[] out) throws IOException {
    StringBuilder sb = new StringBuilder();
    ReplyJson json = ReplyJson.standard();
    java.io.InputStream in = new java.io.ByteArrayInputStream(bytes);
    try (RecordSource source = jsonLines
        ? RecordSource.jsonLines(in, java.nio.charset.StandardCharsets.UTF_8)
        : RecordSource.csv(in, java.nio.charset.StandardCharsets.UTF_8)) {
      out[0] = importer.run(source, r -> r.isAccepted() ? json.writeString(r.reply().orElseThrow())
          : ((MappingResult.Rejected) r).toJsonLine(), (r, text) -> sb.append(text).append('\n'));
    }
    return sb.toString();
  }

  /** A hostile JSON Lines input: bad JSON, bad bytes, blank lines, values over the limits. */
  static byte[] hostileJsonLines() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    List<Map<String, ?>> rows = rows(600);
    for (int i = 0; i < rows.size(); i++) {
      try {
        out.writeBytes(m.writeValueAsBytes(rows.get(i)));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      switch (i % 97) {
        case 5 -> out.writeBytes("\n{\"文号\": oops}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        case 6 -> out.writeBytes(new byte[] {'\n', '{', '"', (byte) 0xFF, '"', ':', '1', '}'});
        case 7 -> out.writeBytes("\r\n  \n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        case 8 -> out.writeBytes(("\n{\"备注\":\"" + "x".repeat(RecordSource.MAX_CELL_CHARS + 1)
            + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        default -> { }
      }
      out.write('\n');
    }
    return out.toByteArray();
  }

  /**
   * On inputs full of malformed records — CSV with every kind of broken row, an unclosed quote at
   * the end, and JSON Lines with bad lines — the parallel import writes exactly what the
   * sequential one writes, and gives the same summary.
   */
  @Test
  void parallelOutputIsIdenticalToSequentialOnMalformedInputs() throws IOException {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    byte[][] inputs = {HostileInputs.ledger(1200, 5), hostileJsonLines()};
    for (int k = 0; k < inputs.length; k++) {
      boolean jsonLines = k == 1;
      ImportSummary[] s1 = new ImportSummary[1];
      String sequential = output(RecordImporter.of(mapper), inputs[k], jsonLines, s1);
      assertThat(s1[0].rejected()).isGreaterThan(5);
      assertThat(sequential).contains("\"raw\":");
      for (int threads : new int[] {2, 4}) {
        ImportSummary[] s2 = new ImportSummary[1];
        String parallel = output(RecordImporter.of(mapper).parallel(threads), inputs[k], jsonLines,
            s2);
        assertThat(parallel).as("%d threads, input %d", threads, k).isEqualTo(sequential);
        assertThat(List.of(s2[0].read(), s2[0].written(), s2[0].rejected()))
            .isEqualTo(List.of(s1[0].read(), s1[0].written(), s1[0].rejected()));
        assertThat(s2[0].findingsByRule()).isEqualTo(s1[0].findingsByRule());
        assertThat(s2[0].lines()).isEqualTo(s1[0].lines());
        assertThat(s2[0].sourceFailure()).isEqualTo(s1[0].sourceFailure());
      }
    }
  }

  /**
   * When preparing a record throws, every record before it is written, in order, as in a
   * sequential run, and the exception ends the import (records go to the threads in batches: the
   * failing record's batch must not take its earlier records down with it).
   */
  @Test
  void aPrepareFailureWritesEveryEarlierRecordFirst() {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    for (int threads : new int[] {1, 2, 4}) {
      List<Long> written = new ArrayList<>();
      RecordImporter importer = RecordImporter.of(mapper).parallel(threads);
      assertThatThrownBy(() -> importer.run(RecordSource.of(rows(1000)), r -> {
        if (r.recordNumber() == 100) {
          throw new IllegalStateException("cannot prepare record 100");
        }
        return r.recordNumber();
      }, (r, n) -> written.add(n))).as("%d threads", threads)
          .isInstanceOf(IllegalStateException.class).hasMessage("cannot prepare record 100");
      assertThat(written).as("%d threads", threads).hasSize(99);
      for (int i = 0; i < written.size(); i++) {
        assertThat(written.get(i)).isEqualTo(i + 1L);
      }
    }
  }

  /**
   * The calling thread maps batches itself when the workers fall behind (on two cores it is one of
   * the two mapping threads), and the order stays the record order.
   */
  @Test
  void theCallingThreadMapsWhenTheWorkersFallBehind() throws IOException {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    Thread caller = Thread.currentThread();
    List<Long> written = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger onCaller = new java.util.concurrent.atomic.AtomicInteger();
    ImportSummary s = RecordImporter.of(mapper).parallel(2).run(RecordSource.of(rows(1000)), r -> {
      if (Thread.currentThread() == caller) {
        onCaller.incrementAndGet();
      } else {
        try {
          Thread.sleep(2); // a slow worker
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return r.recordNumber();
    }, (r, n) -> written.add(n));
    assertThat(s.read()).isEqualTo(1000);
    assertThat(written).hasSize(1000);
    for (int i = 0; i < written.size(); i++) {
      assertThat(written.get(i)).isEqualTo(i + 1L);
    }
    assertThat(onCaller.get()).isGreaterThan(500);
  }

  @Test
  void aWriterFailureStopsTheImport() {
    RecordImporter importer = RecordImporter.of(RecordMapper.of(RecordMapperTest.EXAMPLE))
        .parallel(2);
    assertThat(importer.threads()).isEqualTo(2);
    assertThatThrownBy(() -> importer.run(RecordSource.of(rows(2000)), (r, x) -> {
      if (r.recordNumber() == 700) {
        throw new IOException("disk full");
      }
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThatThrownBy(() -> importer.parallel(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
