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
import java.util.Optional;
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

  /** The reasons of a record's problems, one after the other. */
  static String problems(RecordSource.Record r) {
    return r.problems().stream().map(MappingResult.FieldError::toString)
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** The records with offset 0: the same text in another charset has other byte offsets. */
  static List<RecordSource.Record> withoutOffsets(List<RecordSource.Record> records) {
    return records.stream().map(r -> new RecordSource.Record(r.number(), r.text().map(t ->
        new RecordText(t.line(), t.lines(), 0, t.text(), t.length())), r.values(), r.problems()))
        .collect(java.util.stream.Collectors.toList());
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
    assertThat(plain).hasSize(2);
    assertThat(withoutOffsets(plain)).isEqualTo(withoutOffsets(withBom))
        .isEqualTo(withoutOffsets(gb)).isEqualTo(withoutOffsets(gbGiven));
    assertThat(plain.get(1).text().orElseThrow().offset()).isEqualTo(65);
    assertThat(withBom.get(1).text().orElseThrow().offset()).isEqualTo(65 + 3);
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
    assertThat(problems(r.get(1))).contains("5 values");
    assertThat(r.get(1).values()).containsEntry("#5", "9");
    assertThat(problems(r.get(2))).contains("2 values");
    assertThat(r.get(3).problems()).isEmpty();
    assertThat(s.failure()).isEmpty();
  }

  /**
   * A quote that is never closed makes one record of every line to the end of the input, as RFC
   * 4180 reads it: that record is rejected with its raw text covering those lines, so that no row
   * is lost (before, rows 3 and 4 appeared nowhere).
   */
  @Test
  void anUnclosedQuoteMakesOneRecordOfEveryLineToTheEndWithItsRawText() {
    String csv = "a,b\n1,2\n3,\"4\n5,6\n7,8\n";
    RecordSource s = RecordSource.csv(bytes(csv.getBytes(StandardCharsets.UTF_8)), null);
    List<RecordSource.Record> r = all(s);
    assertThat(r).hasSize(2);
    assertThat(r.get(0).problems()).isEmpty();
    RecordText text = r.get(1).text().orElseThrow();
    assertThat(text).isEqualTo(new RecordText(3, 3, 8, "3,\"4\n5,6\n7,8", 12));
    assertThat(r.get(1).problems()).singleElement().satisfies(p -> {
      assertThat(p.column()).contains("b");
      assertThat(p.reason()).isEqualTo("malformed CSV: the quote that opens the value at line 3"
          + " is never closed: the record covers lines 3–5, to the end of the input");
    });
    assertThat(s.failure()).isEmpty();
    assertThat(s.lines()).contains(new RecordSource.Lines(1, 0, 4, 0,
        Optional.of(new RecordSource.Lines.Longest(2, 3, 3))));
  }

  /**
   * Bytes that do not decode reject the record they are in — its raw text shows them as \xHH, the
   * problem names the line and byte offset — and reading goes on with the next line (before, the
   * input ended there, leaving the rest unread).
   */
  @Test
  void undecodableBytesRejectTheirRecordAndReadingGoesOn() {
    StringBuilder sb = new StringBuilder("a,b\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append(i).append(",x\n");
    }
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'y', ',', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'z', '\n', '1', ',', '2', '\n'};
    RecordSource s = RecordSource.csv(bytes(head, bad), StandardCharsets.UTF_8);
    List<RecordSource.Record> r = all(s);
    assertThat(r).hasSize(20_002);
    assertThat(r.subList(0, 20_000)).allSatisfy(x -> assertThat(x.problems()).isEmpty());
    RecordSource.Record broken = r.get(20_000);
    assertThat(broken.text().orElseThrow()).isEqualTo(
        new RecordText(20_002, 1, head.length, "y,\\xC3(\\xFFz", 12));
    assertThat(problems(broken)).isEqualTo("record: line 20002, byte offset " + (head.length + 2)
        + ": bytes C3 do not decode as UTF-8; shown as \\xHH in the raw text");
    assertThat(r.get(20_001).values()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(r.get(20_001).problems()).isEmpty();
    assertThat(s.failure()).isEmpty();
  }

  @Test
  void emptyCsvHasNoRecords() {
    assertThat(all(RecordSource.csv(bytes(new byte[0]), null))).isEmpty();
    assertThat(all(RecordSource.csv(bytes("a,b\n".getBytes(StandardCharsets.UTF_8)), null))).isEmpty();
  }

  /** A JSON Lines input without a record is refused like an empty CSV, not imported as nothing. */
  @Test
  void aJsonLinesInputWithoutARecordEndsTheSourceSayingWhy() {
    RecordSource empty = RecordSource.jsonLines(bytes(new byte[0]), null);
    assertThat(all(empty)).isEmpty();
    assertThat(empty.failure()).contains("the input is empty: it holds no record");
    RecordSource blank = RecordSource.jsonLines(bytes("\n \n".getBytes(StandardCharsets.UTF_8)), null);
    assertThat(all(blank)).isEmpty();
    assertThat(blank.failure()).contains("the input holds no record: every line is blank");
    assertThat(blank.lines()).contains(new RecordSource.Lines(0, 2, 0, 0, Optional.empty()));
    RecordSource one = RecordSource.jsonLines(bytes("{\"a\":1}\n\n".getBytes(StandardCharsets.UTF_8)), null);
    assertThat(all(one)).hasSize(1);
    assertThat(one.failure()).isEmpty();
  }

  @Test
  void aCsvWithoutAHeaderEndsTheSourceSayingWhy() {
    RecordSource empty = RecordSource.csv(bytes(new byte[0]), null);
    assertThat(all(empty)).isEmpty();
    assertThat(empty.failure()).contains("the input is empty: it has no header");
    RecordSource blank = RecordSource.csv(bytes(" \n\t\n".getBytes(StandardCharsets.UTF_8)), null);
    assertThat(all(blank)).isEmpty();
    assertThat(blank.failure()).contains("the input has no header: every line is blank");
    assertThat(blank.lines()).contains(new RecordSource.Lines(0, 2, 0, 0, Optional.empty()));
    RecordSource header = RecordSource.csv(bytes("a,b\n".getBytes(StandardCharsets.UTF_8)), null);
    assertThat(all(header)).isEmpty();
    assertThat(header.failure()).isEmpty(); // a header and no rows: an empty ledger, no failure
  }

  @Test
  void aCsvWhoseCharsetCannotBeToldCountsItsLinesAsNotRead() {
    // two hanzi, valid both as GB18030 and as Big5, too few to tell
    byte[] input = "你好\r\n你好\r你好\n\n你好".getBytes(Charset.forName("GB18030"));
    RecordSource s = RecordSource.csv(bytes(input), null);
    assertThat(all(s)).isEmpty();
    assertThat(s.lines()).contains(new RecordSource.Lines(0, 0, 0, 5, Optional.empty()));
    assertThat(s.failure()).hasValueSatisfying(f -> assertThat(f)
        .startsWith("cannot read the input: cannot tell the charset")
        .endsWith("; lines 1–5 (5) are not read"));
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
    assertThat(r.get(1).problems()).isNotEmpty();
    assertThat(r.get(1).text().orElseThrow().text()).isEqualTo("{\"文号\": oops}");
    assertThat(r.get(1).line()).hasValue(3);
    assertThat(problems(r.get(2))).contains("not an object");
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
    assertThat(problems(r.get(1))).isEqualTo("record: the record is null");

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
    assertThat(problems(t.get(1))).contains("bad row");
    assertThat(s.failure()).hasValueSatisfying(f -> assertThat(f).contains("connection lost"));
  }

  @Test
  void csvFromAFileThatDoesNotExistFails() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordSource.csv(
        java.nio.file.Path.of("/nonexistent/x.csv"), null)).isInstanceOf(IOException.class);
  }
}
