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
