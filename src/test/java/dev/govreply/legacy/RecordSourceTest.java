package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests the sources behind {@link RecordSource}: CSV, JSON Lines and iterables. */
class RecordSourceTest {

  static final Charset GB18030 = Charset.forName("GB18030");
  static final String CSV = "文号,答复日期\r\n平政字〔2024〕12号,2024年3月1日\r\n\r\n\"平政字〔2024〕13号\","
      + "\"2024-03-02\"\r\n";

  static List<RecordSource.Record> all(RecordSource s) {
    List<RecordSource.Record> out = new ArrayList<>();
    try (s) {
      s.forEachRemaining(out::add);
    }
    return out;
  }

  static InputStream bytes(byte[]... parts) {
    int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
    byte[] all = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, i, p.length);
      i += p.length;
    }
    return new ByteArrayInputStream(all);
  }

  @Test
  void csvInUtf8WithAndWithoutBomAndInGb18030GivesTheSameRecords() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    List<RecordSource.Record> plain = all(RecordSource.csv(bytes(CSV.getBytes(StandardCharsets.UTF_8)), null));
    List<RecordSource.Record> withBom = all(RecordSource.csv(
        bytes(bom, CSV.getBytes(StandardCharsets.UTF_8)), null));
    List<RecordSource.Record> gb = all(RecordSource.csv(bytes(CSV.getBytes(GB18030)), null));
    List<RecordSource.Record> gbGiven = all(RecordSource.csv(bytes(CSV.getBytes(GB18030)), GB18030));
    assertThat(plain).hasSize(2).isEqualTo(withBom).isEqualTo(gb).isEqualTo(gbGiven);
    assertThat(plain.get(0).values()).containsExactly(Map.entry("文号", "平政字〔2024〕12号"),
        Map.entry("答复日期", "2024年3月1日"));
    assertThat(plain.get(1).number()).isEqualTo(2);
    assertThat(plain.get(1).line()).hasValue(4); // the empty line 3 is skipped
  }

  @Test
  void csvDetectionLooksPastAUtf8SequenceCutByTheProbe() {
    StringBuilder sb = new StringBuilder("a\r\n");
    while (sb.length() < Charsets.PROBE) {
      sb.append("平政字〔2024〕12号\r\n");
    }
    List<RecordSource.Record> r = all(RecordSource.csv(bytes(sb.toString()
        .getBytes(StandardCharsets.UTF_8)), null));
    assertThat(r).allSatisfy(rec -> assertThat(rec.values().get("a")).isEqualTo("平政字〔2024〕12号"));
  }

  @Test
  void aMalformedCsvRowIsARecordWithAProblemAndReadingGoesOn() {
    String csv = "a,b,,b\n1,2,3,4\n5,6,7,8,9\n10,11\n12,13,14,15\n";
    RecordSource s = RecordSource.csv(bytes(csv.getBytes(StandardCharsets.UTF_8)), null);
    List<RecordSource.Record> r = all(s);
    assertThat(s.columns()).containsExactly("a", "b", "column3", "b#2");
    assertThat(r).hasSize(4);
    assertThat(r.get(0).values()).containsOnlyKeys("a", "b", "column3", "b#2");
    assertThat(r.get(1).problem()).hasValueSatisfying(p -> assertThat(p).contains("5 values"));
    assertThat(r.get(1).values()).containsEntry("#5", "9");
    assertThat(r.get(2).problem()).hasValueSatisfying(p -> assertThat(p).contains("2 values"));
    assertThat(r.get(3).problem()).isEmpty();
    assertThat(s.failure()).isEmpty();
  }

  @Test
  void anUnclosedQuoteEndsTheInputWithOneBadRecord() {
    String csv = "a,b\n1,2\n\"3,4\n5,6\n";
    List<RecordSource.Record> r = all(RecordSource.csv(bytes(csv.getBytes(StandardCharsets.UTF_8)), null));
    assertThat(r).hasSize(2);
    assertThat(r.get(1).problem()).hasValueSatisfying(p -> assertThat(p).contains("malformed CSV"));
  }

  @Test
  void undecodableBytesEndTheInputWithAFailure() {
    // decoding works in chunks: the rows of earlier chunks are read, then the record at which
    // decoding failed carries the problem and the input ends
    StringBuilder sb = new StringBuilder("a\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i).append('\n');
    }
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, '\n'};
    RecordSource s = RecordSource.csv(bytes(head, bad), StandardCharsets.UTF_8);
    List<RecordSource.Record> r = all(s);
    assertThat(r.size()).isBetween(10_000, 20_001);
    assertThat(r.subList(0, r.size() - 1)).allSatisfy(x -> assertThat(x.problem()).isEmpty());
    assertThat(r.get(r.size() - 1).problem()).isPresent();
    assertThat(s.failure()).hasValueSatisfying(f -> assertThat(f).contains("cannot decode"));
  }

  @Test
  void emptyCsvHasNoRecords() {
    assertThat(all(RecordSource.csv(bytes(new byte[0]), null))).isEmpty();
    assertThat(all(RecordSource.csv(bytes("a,b\n".getBytes(StandardCharsets.UTF_8)), null))).isEmpty();
  }

  @Test
  void jsonLinesKeepTypesAndRejectBadLinesOneByOne() {
    String jsonl = "\uFEFF{\"文号\":\"平政字〔2024〕12号\",\"建议号\":241,\"ok\":true,\"x\":null,\"l\":[1]}\n"
        + "\n"
        + "{\"文号\": oops}\n"
        + "[1,2]\n"
        + "{\"文号\":\"平政字〔2024〕13号\"}\n";
    List<RecordSource.Record> r = all(RecordSource.jsonLines(
        bytes(jsonl.getBytes(StandardCharsets.UTF_8)), null));
    assertThat(r).hasSize(4);
    assertThat(r.get(0).values().get("建议号")).isEqualTo(241);
    assertThat(r.get(0).values().get("ok")).isEqualTo(true);
    assertThat(r.get(0).values()).containsKey("x");
    assertThat(r.get(1).problem()).isPresent();
    assertThat(r.get(1).raw()).contains("{\"文号\": oops}");
    assertThat(r.get(1).line()).hasValue(3);
    assertThat(r.get(2).problem()).hasValueSatisfying(p -> assertThat(p).contains("not an object"));
    assertThat(r.get(3).number()).isEqualTo(4);
    assertThat(r.get(3).line()).hasValue(5);
  }

  @Test
  void iterablesGiveOneRecordPerElementEvenWhenBroken() {
    List<Map<String, ?>> maps = new ArrayList<>();
    maps.add(Map.of("a", "1"));
    maps.add(null);
    maps.add(Map.of("a", 2));
    List<RecordSource.Record> r = all(RecordSource.of(maps));
    assertThat(r).extracting(RecordSource.Record::number).containsExactly(1L, 2L, 3L);
    assertThat(r.get(1).problem()).contains("the record is null");

    Iterable<Map<String, ?>> throwing = () -> new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        if (i >= 3) {
          throw new IllegalStateException("connection lost");
        }
        return true;
      }

      @Override
      public Map<String, ?> next() {
        if (i++ == 1) {
          throw new IllegalStateException("bad row");
        }
        return Map.of("a", "x");
      }
    };
    RecordSource s = RecordSource.of(throwing);
    List<RecordSource.Record> t = all(s);
    assertThat(t).hasSize(3);
    assertThat(t.get(1).problem()).hasValueSatisfying(p -> assertThat(p).contains("bad row"));
    assertThat(s.failure()).hasValueSatisfying(f -> assertThat(f).contains("connection lost"));
  }

  @Test
  void csvFromAFileThatDoesNotExistFails() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordSource.csv(
        java.nio.file.Path.of("/nonexistent/x.csv"), null)).isInstanceOf(IOException.class);
  }
}
