package dev.govreply.legacy;

import static dev.govreply.legacy.RecordSourceTest.all;
import static dev.govreply.legacy.RecordSourceTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Malformed JSON Lines lose no data: each physical line is a record (blank lines aside) with its
 * raw text, line and byte offset; bad bytes, bad JSON and the limits reject that line only.
 */
class MalformedJsonLinesTest {

  static RecordSource jsonl(byte[] bytes) {
    return RecordSource.jsonLines(new ByteArrayInputStream(bytes), null);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void eachLineIsARecordWithItsTextLineAndOffset() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8("{\"a\":\"平\"}\r\n\r\n{\"a\":\"x\u0000\"}\r{\"a\":2}"));
    byte[] bytes = out.toByteArray();
    int bad = new String(bytes, StandardCharsets.UTF_8).indexOf('\u0000') + 2; // 平 is 3 bytes
    bytes[bad] = (byte) 0xC0;
    RecordSource s = jsonl(bytes);
    List<RecordSource.Record> r = all(s);
    assertThat(r).hasSize(3);
    assertThat(r.get(0).text()).contains(new RecordText(1, 1, 0, "{\"a\":\"平\"}", 9));
    assertThat(r.get(1).text()).contains(new RecordText(3, 1, 15, "{\"a\":\"x\\xC0\"}", 13));
    assertThat(problems(r.get(1))).isEqualTo("record: line 3, byte offset 22: bytes C0 do not"
        + " decode as UTF-8; shown as \\xHH in the raw text");
    assertThat(r.get(1).values()).isEmpty();
    assertThat(r.get(2).values()).containsEntry("a", 2);
    assertThat(r.get(2).text().orElseThrow().line()).isEqualTo(4);
    assertThat(s.lines()).contains(new RecordSource.Lines(0, 1, 3, 0,
        Optional.of(new RecordSource.Lines.Longest(1, 1, 1))));
  }

  @Test
  void aRepeatedKeyIsARecordProblemNamingItNotAValueReplaced() {
    List<RecordSource.Record> r = all(jsonl(utf8(
        "{\"文号\":\"平政字〔2024〕1号\",\"标题\":\"甲\",\"标题\":\"乙\"}\n"
            + "{\"文号\":\"平政字〔2024〕2号\",\"x\":{\"a\":1,\"a\":2}}\n"
            + "{\"文号\":\"平政字〔2024〕3号\",\"x\":{\"a\":1},\"a\":2}\n")));
    assertThat(r).hasSize(3);
    assertThat(r.get(0).values()).isEmpty();
    assertThat(r.get(0).problems()).singleElement().satisfies(p -> {
      assertThat(p.column()).contains("标题");
      assertThat(p.reason()).isEqualTo("malformed JSON line: the key 标题 is repeated"
          + " (near character 34); a key may be given once, so which value is meant is not known");
    });
    assertThat(r.get(1).problems()).singleElement().satisfies(p -> {
      assertThat(p.column()).contains("x");
      assertThat(p.reason()).startsWith("malformed JSON line: the key a is repeated in the"
          + " object at /x (near character ");
    });
    assertThat(r.get(2).problems()).isEmpty();
    assertThat(r.get(2).values()).containsOnlyKeys("文号", "x", "a");
  }

  @Test
  void aValueOverTheCellLimitIsLeftOutNamingItsKey() {
    String big = "y".repeat(RecordSource.MAX_CELL_CHARS + 1);
    List<RecordSource.Record> r = all(jsonl(utf8("{\"a\":1,\"正文\":\"" + big + "\"}\n")));
    assertThat(r.get(0).values()).containsOnlyKeys("a");
    assertThat(r.get(0).problems()).containsExactly(
        Limits.cellTooLong("正文", RecordSource.MAX_CELL_CHARS + 1));
    RecordText t = r.get(0).text().orElseThrow();
    assertThat(t.truncated()).isTrue();
    assertThat(t.text()).hasSize(RecordSource.MAX_RAW_CHARS);
    assertThat(t.length()).isEqualTo(RecordSource.MAX_CELL_CHARS + 1 + 15);
  }

  @Test
  void aLineOverTheRecordLimitIsNotParsed() {
    String line = "{\"a\":\"" + "y".repeat(RecordSource.MAX_RECORD_CHARS) + "\"}";
    List<RecordSource.Record> r = all(jsonl(utf8(line + "\n{\"b\":1}\n")));
    assertThat(r).hasSize(2);
    assertThat(r.get(0).problems()).containsExactly(Limits.lineTooLong(line.length()));
    assertThat(r.get(0).values()).isEmpty();
    assertThat(r.get(1).values()).containsEntry("b", 1);
  }

  @Test
  void anObjectOverTheColumnLimitKeepsTheFirstColumns() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i <= RecordSource.MAX_COLUMNS; i++) {
      sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
    }
    List<RecordSource.Record> r = all(jsonl(utf8(sb.append("}\n").toString())));
    assertThat(r.get(0).values()).hasSize(RecordSource.MAX_COLUMNS).containsKey("k0")
        .doesNotContainKey("k" + RecordSource.MAX_COLUMNS);
    assertThat(r.get(0).problems()).containsExactly(
        Limits.tooManyValues(RecordSource.MAX_COLUMNS + 1));
  }

  /** Maps from any source keep to the same limits (a record of the mapper or of an iterable). */
  @Test
  void mapsKeepToTheSameLimits() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("文号", "平交复函〔2021〕1号");
    m.put("答复内容", "z".repeat(RecordSource.MAX_CELL_CHARS + 5));
    MappingResult r = RecordMapper.of(RecordMapperTest.EXAMPLE).map(m, 4);
    assertThat(r.rejection().get(0)).isEqualTo(
        Limits.cellTooLong("答复内容", RecordSource.MAX_CELL_CHARS + 5));
    assertThat(((MappingResult.Rejected) r).values()).containsOnlyKeys("文号");
    List<RecordSource.Record> fromIterable = all(RecordSource.of(List.of(m)));
    assertThat(fromIterable.get(0).problems()).containsExactly(
        Limits.cellTooLong("答复内容", RecordSource.MAX_CELL_CHARS + 5));
  }
}
