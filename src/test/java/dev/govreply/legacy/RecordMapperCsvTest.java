package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The rows of a CSV file map exactly as the same values in a plain map do, whatever the header
 * (columns reordered, missing, added), when one mapper is shared by files with different headers
 * and by threads; and values that never repeat (sessions, addressees) are each converted.
 */
class RecordMapperCsvTest {

  static String ledger(int rows, long seed) throws IOException {
    StringWriter w = new StringWriter();
    LedgerRowsGenerator.write(w, rows, seed);
    return w.toString();
  }

  static List<RecordSource.Record> records(String csv) {
    return RecordSourceTest.all(RecordSource.csv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null));
  }

  /** The same record with its values in a plain map, which the mapper reads by name. */
  static RecordSource.Record asMap(RecordSource.Record r) {
    return new RecordSource.Record(r.number(), r.text(), new LinkedHashMap<>(r.values()),
        r.problems());
  }

  /** Rewrites a CSV's columns: {@code order} gives, per output column, the input column or -1. */
  static String reorder(String csv, int[] order, String[] extraNames) {
    List<RecordSource.Record> in = records(csv);
    List<String> header = new ArrayList<>(RecordSource.csv(new ByteArrayInputStream(
        csv.getBytes(StandardCharsets.UTF_8)), null).columns());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < order.length; i++) {
      sb.append(i == 0 ? "" : ",").append(order[i] < 0 ? extraNames[i] : header.get(order[i]));
    }
    sb.append("\r\n");
    for (RecordSource.Record r : in) {
      for (int i = 0; i < order.length; i++) {
        Object v = order[i] < 0 ? "x" + r.number() : r.values().get(header.get(order[i]));
        sb.append(i == 0 ? "" : ",").append('"')
            .append(String.valueOf(v).replace("\"", "\"\"")).append('"');
      }
      sb.append("\r\n");
    }
    return sb.toString();
  }

  @Test
  void csvRowsMapAsTheSameValuesInAMap() throws IOException {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    List<RecordSource.Record> rows = records(ledger(1500, 7));
    assertThat(rows).hasSize(1500);
    int accepted = 0;
    for (RecordSource.Record r : rows) {
      MappingResult byIndex = mapper.map(r);
      assertThat(byIndex).isEqualTo(RecordMapper.of(RecordMapperTest.EXAMPLE).map(asMap(r)));
      accepted += byIndex.isAccepted() ? 1 : 0;
    }
    assertThat(accepted).isBetween(1400, 1499);
  }

  @Test
  void oneMapperReadsFilesWithDifferentHeaders() throws IOException {
    String csv = ledger(300, 11);
    // reversed; without 联系电话 (12) and 答复日期 (13); with two unknown columns
    int[] reversed = new int[16];
    for (int i = 0; i < 16; i++) {
      reversed[i] = 15 - i;
    }
    int[] fewer = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15, -1, -1};
    String[] extra = new String[16];
    extra[14] = "附件";
    extra[15] = "";
    List<List<RecordSource.Record>> files = List.of(records(csv),
        records(reorder(csv, reversed, extra)), records(reorder(csv, fewer, extra)));
    RecordMapper shared = RecordMapper.of(RecordMapperTest.EXAMPLE);
    for (int i = 0; i < 300; i++) {
      for (List<RecordSource.Record> file : files) {
        RecordSource.Record r = file.get(i);
        assertThat(shared.map(r)).isEqualTo(RecordMapper.of(RecordMapperTest.EXAMPLE)
            .map(asMap(r)));
      }
    }
    // without the required date every record of the third file is rejected, naming the date
    assertThat(shared.map(files.get(2).get(0)).rejection())
        .anySatisfy(e -> assertThat(e.field()).isEqualTo("date"));
    assertThat(shared.map(files.get(2).get(0)).isAccepted()).isFalse();
  }

  @Test
  void threadsSharingAMapperGetTheSequentialResults() throws Exception {
    String csv = ledger(600, 3);
    int[] reversed = new int[16];
    for (int i = 0; i < 16; i++) {
      reversed[i] = 15 - i;
    }
    List<RecordSource.Record> rows = new ArrayList<>(records(csv));
    rows.addAll(records(reorder(csv, reversed, new String[16])));
    List<MappingResult> expected = new ArrayList<>();
    for (RecordSource.Record r : rows) {
      expected.add(RecordMapper.of(RecordMapperTest.EXAMPLE).map(asMap(r)));
    }
    RecordMapper shared = RecordMapper.of(RecordMapperTest.EXAMPLE);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<MappingResult>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < rows.size(); i++) {
          // the two headers alternate between threads
          RecordSource.Record r = rows.get(i % 2 == 0 ? i / 2 : 600 + i / 2);
          futures.add(pool.submit(() -> shared.map(r)));
        }
      }
      int k = 0;
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < rows.size(); i++) {
          assertThat(futures.get(k++).get()).isEqualTo(expected.get(i % 2 == 0 ? i / 2
              : 600 + i / 2));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void valuesThatNeverRepeatAreEachConverted() {
    RecordMapper mapper = RecordMapper.of(RecordMapperTest.EXAMPLE);
    for (int i = 1; i <= 5_000; i++) {
      LinkedHashMap<String, Object> row = new LinkedHashMap<>(RecordMapperTest.row());
      row.put("届次", "岳阳市" + i + "届人大" + (i % 9 + 1) + "次会议");
      row.put("代表姓名", "张" + i + "等" + (i % 50 + 1) + "位代表");
      MappingResult r = mapper.map(row, i);
      assertThat(r.isAccepted()).isTrue();
      assertThat(r.reply().orElseThrow().motion().orElseThrow().session().orElseThrow().term())
          .hasValue(i);
      assertThat(r.reply().orElseThrow().addressee().orElseThrow().statedCount())
          .hasValue(i % 50 + 1);
    }
  }
}
