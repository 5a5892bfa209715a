package dev.govreply.legacy;

import static dev.govreply.legacy.RecordSourceTest.all;
import static dev.govreply.legacy.RecordSourceTest.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Malformed CSV loses no data: every record of the input is written or rejected, a rejected one
 * keeps its raw text with its line and byte offset, every physical line is accounted for, and the
 * limits (columns, value and record length) give problems that name the limit, the column and the
 * position, never an exception.
 */
class MalformedCsvTest {

  static final String HEADER = LedgerRowsGenerator.HEADER;

  static RecordSource csv(byte[] bytes) {
    return RecordSource.csv(new ByteArrayInputStream(bytes), null);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The rejects of an import of {@code bytes} with the example mapping, as JSON. */
  static List<JsonNode> rejects(byte[] bytes, ImportSummary[] summary) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    // UTF-8 given: bad bytes in the first 64 KiB would make the detection choose GB18030
    try (RecordSource source = RecordSource.csv(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8)) {
      summary[0] = RecordImporter.of(RecordMapper.of(RecordMapperTest.EXAMPLE)).run(source,
          (r, x) -> {
            if (r instanceof MappingResult.Rejected j) {
              out.add(json.readTree(j.toJsonLine()));
            }
          });
    }
    return out;
  }

  /**
   * The case: an opening quote that is never closed, in record 8 of 10. Before, rows 9
   * and 10 appeared nowhere and record 8 was rejected with {@code "fields":{}}; now record 8 is
   * rejected with its raw text covering lines 9–11, and the summary says so.
   */
  @Test
  void anUnclosedQuoteIsOneRejectedRecordCoveringTheLinesItSwallowed() throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int k = 1; k <= 10; k++) {
      String r = HostileInputs.row(k);
      sb.append(k == 8 ? r.replace(",已办结", ",\"已办结") : r).append('\n');
    }
    ImportSummary[] s = new ImportSummary[1];
    List<JsonNode> rejects = rejects(utf8(sb.toString()), s);
    assertThat(s[0].read()).isEqualTo(8);
    assertThat(s[0].written()).isEqualTo(7);
    assertThat(rejects).singleElement().satisfies(j -> {
      assertThat(j.get("record").asLong()).isEqualTo(8);
      assertThat(j.get("line").asLong()).isEqualTo(9);
      assertThat(j.get("lines").asLong()).isEqualTo(3);
      assertThat(j.get("raw").textValue()).startsWith(HostileInputs.row(8).replace(",已办结", ",\"已办结"))
          .contains(HostileInputs.row(9)).endsWith(HostileInputs.row(10));
      assertThat(j.get("rawTruncated").booleanValue()).isFalse();
      assertThat(j.get("fields").get("文号").textValue()).isEqualTo("平交复函〔2021〕8号");
      assertThat(j.get("reasons").get(0).get("reason").textValue())
          .contains("never closed: the record covers lines 9–11");
    });
    RecordSource.Lines lines = s[0].lines().orElseThrow();
    assertThat(lines).isEqualTo(new RecordSource.Lines(1, 0, 10, 0,
        Optional.of(new RecordSource.Lines.Longest(8, 9, 3))));
    assertThat(s[0].toText()).contains("lines: 11 = 1 header + 0 blank + 10 in records; the"
        + " longest record, 8, covers 3 lines from line 9");
  }

  /**
   * The case: undecodable bytes after the first 64 KiB (so the charset is detected as
   * UTF-8) in row 390 of 401. Before, the import stopped there with rows 390–401 unaccounted for
   * and no position; now row 390 is rejected with its bytes escaped and the line and byte offset
   * named, and every later row is read.
   */
  @Test
  void undecodableBytesAfterTheProbeRejectOneRecordAndTheRestIsRead() throws IOException {
    // the charset is detected: the bad bytes come after the 64 KiB the detection reads
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(HEADER + "\n"));
    long offset = 0;
    for (int k = 1; k <= 401; k++) {
      byte[] line = utf8(HostileInputs.row(k) + "\n");
      if (k == 390) {
        offset = out.size();
        line = utf8(HostileInputs.row(k).replace("已办结", "") + "\u0000\n");
        line[line.length - 2] = (byte) 0xFF;
      }
      out.writeBytes(line);
    }
    byte[] bytes = out.toByteArray();
    assertThat(offset).isGreaterThan(Charsets.PROBE);
    ImportSummary[] s = new ImportSummary[1];
    List<JsonNode> rejects = new ArrayList<>();
    try (RecordSource source = csv(bytes)) {
      s[0] = RecordImporter.of(RecordMapper.of(RecordMapperTest.EXAMPLE)).run(source, (r, x) -> {
        if (r instanceof MappingResult.Rejected j) {
          rejects.add(new ObjectMapper().readTree(j.toJsonLine()));
        }
      });
    }
    assertThat(s[0].read()).isEqualTo(401);
    assertThat(s[0].written()).isEqualTo(400);
    assertThat(s[0].sourceFailure()).isEmpty();
    assertThat(rejects).singleElement().satisfies(j -> {
      assertThat(j.get("line").asLong()).isEqualTo(391);
      assertThat(j.get("raw").textValue()).endsWith(",李娟,\\xFF");
      assertThat(j.get("reasons").get(0).get("reason").textValue()).isEqualTo("line 391, byte"
          + " offset " + (bytes.length - (401 - 390) * utf8(HostileInputs.row(391) + "\n").length
              - 2) + ": bytes FF do not decode as UTF-8; shown as \\xHH in the raw text");
    });
    assertThat(rejects.get(0).get("offset").asLong()).isEqualTo(offset);
  }

  /**
   * The case, scaled to a test: a cell far over the limit (30 MB here, streamed) is a
   * rejection naming the column and the length; the other values and the raw text's first
   * 64 Ki characters are kept, and memory holds none of the cell beyond the limit.
   */
  @Test
  void aHugeCellIsARejectionNamingTheColumnAndItsLength() throws IOException {
    long length = 30_000_000;
    InputStream in = HostileInputs.stream(utf8(HEADER + "\n" + HostileInputs.row(1) + "\n"
        + HostileInputs.row(2).replace("已办结", "")), (byte) 'x', length,
        utf8("\n" + HostileInputs.row(3) + "\n"));
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> rejects = new ArrayList<>();
    ImportSummary s;
    try (RecordSource source = RecordSource.csv(in, StandardCharsets.UTF_8)) {
      s = RecordImporter.of(RecordMapper.of(RecordMapperTest.EXAMPLE)).run(source, (r, x) -> {
        if (r instanceof MappingResult.Rejected j) {
          rejects.add(json.readTree(j.toJsonLine()));
        }
      });
    }
    assertThat(s.read()).isEqualTo(3);
    assertThat(s.written()).isEqualTo(2);
    JsonNode j = rejects.get(0);
    assertThat(j.get("reasons")).hasSize(1);
    assertThat(j.get("reasons").get(0).get("column").textValue()).isEqualTo("备注");
    assertThat(j.get("reasons").get(0).get("reason").textValue()).isEqualTo("the value is"
        + " 30,000,000 characters long, over the limit of 1,048,576; it is not kept");
    assertThat(j.get("fields").get("文号").textValue()).isEqualTo("平交复函〔2021〕2号");
    assertThat(j.get("fields").has("备注")).isFalse();
    assertThat(j.get("raw").textValue()).hasSize(RecordSource.MAX_RAW_CHARS)
        .startsWith(HostileInputs.row(2).replace("已办结", ""));
    assertThat(j.get("rawTruncated").booleanValue()).isTrue();
    assertThat(j.get("rawLength").asLong())
        .isEqualTo(HostileInputs.row(2).replace("已办结", "").length() + length);
  }

  @Test
  void aValueAtTheLimitIsKeptOneMoreIsNot() {
    String at = "y".repeat(RecordSource.MAX_CELL_CHARS);
    List<RecordSource.Record> r = all(csv(utf8("a,b\n1,\"" + at + "\"\n2," + at + "z\n")));
    assertThat(r.get(0).problems()).isEmpty();
    assertThat(r.get(0).values().get("b")).isEqualTo(at);
    assertThat(r.get(1).values().get("b")).isNull();
    assertThat(r.get(1).problems()).singleElement()
        .isEqualTo(Limits.cellTooLong("b", RecordSource.MAX_CELL_CHARS + 1));
  }

  @Test
  void valuesOverTheRecordLimitInAllAreNotKept() {
    int n = RecordSource.MAX_RECORD_CHARS / RecordSource.MAX_CELL_CHARS + 1;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append("c").append(i);
    }
    sb.append("\n");
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append("v".repeat(RecordSource.MAX_CELL_CHARS));
    }
    sb.append("\nok").append(",x".repeat(n - 1)).append('\n');
    List<RecordSource.Record> r = all(csv(utf8(sb.toString())));
    assertThat(r).hasSize(2);
    assertThat(r.get(0).values().values()).containsOnlyNulls();
    assertThat(r.get(0).problems()).singleElement().isEqualTo(
        Limits.valuesTooLong((long) n * RecordSource.MAX_CELL_CHARS));
    assertThat(r.get(0).text().orElseThrow().truncated()).isTrue();
    assertThat(r.get(1).values().get("c0")).isEqualTo("ok");
  }

  /** A row over the column limit is rejected with its raw text; the header is fine. */
  @Test
  void aRowOverTheColumnLimitIsRejectedWithItsRawText() {
    String wide = "1" + ",".repeat(RecordSource.MAX_COLUMNS);
    List<RecordSource.Record> r = all(csv(utf8("a,b\n" + wide + "\n3,4\n")));
    assertThat(r).hasSize(2);
    assertThat(r.get(0).values()).hasSize(RecordSource.MAX_COLUMNS);
    assertThat(problems(r.get(0))).contains("the record has 10,001 values, over the limit of"
        + " 10,000 columns; the first 10,000 are kept").contains("the row has 10,001 values");
    assertThat(r.get(0).text().orElseThrow().text()).isEqualTo(wide);
    assertThat(r.get(1).problems()).isEmpty();
  }

  /**
   * A header over the column limit ends the source before the first record, naming the limit and
   * where; the lines after it are counted as not read.
   */
  @Test
  void aHeaderOverTheColumnLimitEndsTheSourceNamingTheLimitAndWhere() {
    String header = "a" + ",a".repeat(RecordSource.MAX_COLUMNS);
    RecordSource s = csv(utf8("\n" + header + "\n1\n2\n3\n"));
    assertThat(all(s)).isEmpty();
    assertThat(s.failure()).contains("cannot read the header (line 2, byte offset 1):"
        + " the header has 10,001 columns, over the limit of 10,000; lines 3–5 (3) are not read");
    assertThat(s.lines()).contains(new RecordSource.Lines(1, 1, 0, 3, Optional.empty()));
    // at the limit, the header is read, and the repeated names are made unique
    RecordSource ok = csv(utf8("a" + ",a".repeat(RecordSource.MAX_COLUMNS - 1) + "\n"));
    assertThat(all(ok)).isEmpty();
    assertThat(ok.failure()).isEmpty();
    assertThat(ok.columns()).hasSize(RecordSource.MAX_COLUMNS).startsWith("a", "a#2", "a#3")
        .endsWith("a#10000").doesNotHaveDuplicates();
  }

  @Test
  void aHeaderThatDoesNotDecodeEndsTheSourceWithThePosition() {
    byte[] bytes = utf8("ab,c\n1,2\n3,4\n");
    bytes[1] = (byte) 0xFF;
    RecordSource s = RecordSource.csv(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    assertThat(all(s)).isEmpty();
    assertThat(s.failure()).contains("cannot read the header (line 1, byte offset 0): line 1,"
        + " byte offset 1: bytes FF do not decode as UTF-8; shown as \\xHH in the raw text;"
        + " lines 2–3 (2) are not read");
    RecordSource quote = csv(utf8("a,\"b\n1,2\n"));
    assertThat(all(quote)).isEmpty();
    assertThat(quote.failure()).contains("cannot read the header (line 1, byte offset 0): value"
        + " #2: malformed CSV: the quote that opens the value at line 1 is never closed: the record"
        + " covers lines 1–2, to the end of the input");
    RecordSource wide = csv(utf8("a" + ",a".repeat(RecordSource.MAX_COLUMNS) + "\n1\n"));
    assertThat(all(wide)).isEmpty();
    assertThat(wide.failure()).hasValueSatisfying(f -> assertThat(f).endsWith("; line 2 is not"
        + " read"));
  }

  @Test
  void uniqueNamesSkipNamesTakenByEarlierColumns() {
    assertThat(CsvRecordSource.uniqueNames(new String[] {"a#2", "a", "a", "a", " ", null, "a#3"}))
        .containsExactly("a#2", "a", "a#3", "a#4", "column5", "column6", "a#3#2");
  }

  /** Text after a closing quote rejects the record; the line end still ends it. */
  @Test
  void textAfterAClosingQuoteRejectsTheRecordOnly() {
    List<RecordSource.Record> r = all(csv(utf8("a,b\n1,\"x\"y\n2,3\n")));
    assertThat(r).hasSize(2);
    assertThat(r.get(0).values()).containsEntry("b", "xy");
    assertThat(r.get(0).problems()).singleElement().satisfies(p -> {
      assertThat(p.column()).contains("b");
      assertThat(p.reason()).isEqualTo("malformed CSV: text follows the closing quote of the value"
          + " at line 2");
    });
    assertThat(r.get(1).problems()).isEmpty();
  }

  /** Quoted values keep their line ends, doubled quotes and commas; records keep their text. */
  @Test
  void quotedValuesAndLineEndsAsRfc4180ReadsThem() {
    String csv = "a,b\r\n\"x,\"\"y\"\"\r\nz\",2\r\n3,\"\"\r4,5";
    List<RecordSource.Record> r = all(csv(utf8(csv)));
    assertThat(r).extracting(RecordSource.Record::values).containsExactly(
        Map.of("a", "x,\"y\"\r\nz", "b", "2"), Map.of("a", "3", "b", ""), Map.of("a", "4", "b", "5"));
    assertThat(r).extracting(x -> x.text().orElseThrow()).containsExactly(
        new RecordText(2, 2, 5, "\"x,\"\"y\"\"\r\nz\",2", 14),
        new RecordText(4, 1, 21, "3,\"\"", 4),
        new RecordText(5, 1, 26, "4,5", 3));
  }

  /** In UTF-16 a line end is two bytes, and offsets count bytes. */
  @Test
  void utf16WithAByteOrderMarkIsReadWithByteOffsets() {
    byte[] bytes = "\uFEFFa,b\n平,2\n".getBytes(StandardCharsets.UTF_16LE);
    RecordSource s = csv(bytes);
    List<RecordSource.Record> r = all(s);
    assertThat(s.columns()).containsExactly("a", "b");
    assertThat(r).singleElement().satisfies(x -> {
      assertThat(x.values()).containsExactly(Map.entry("a", "平"), Map.entry("b", "2"));
      assertThat(x.text()).contains(new RecordText(2, 1, 10, "平,2", 3));
    });
    Charset utf16 = StandardCharsets.UTF_16;
    List<RecordSource.Record> given = all(RecordSource.csv(new ByteArrayInputStream(
        "a,b\n上,2\n".getBytes(utf16)), utf16));
    assertThat(given).singleElement().satisfies(x -> assertThat(x.values().get("a")).isEqualTo("上"));
  }

  /** An input that fails while being read gives a record with the error and ends the source. */
  @Test
  void anIoErrorIsARecordWithTheErrorAndTheSourceEndsSayingWhere() {
    // past the 64 KiB the charset detection reads ahead
    byte[] head = utf8("a,b\n" + "1,2\n".repeat(20_000) + "3,");
    InputStream failing = new InputStream() {
      int pos;

      @Override
      public int read() throws IOException {
        if (pos < head.length) {
          return head[pos++];
        }
        throw new IOException("disk gone");
      }
    };
    RecordSource s = RecordSource.csv(failing, StandardCharsets.UTF_8);
    List<RecordSource.Record> r = all(s);
    assertThat(r).hasSize(20_001);
    assertThat(problems(r.get(20_000))).isEqualTo("record: cannot read on at line 20002, byte"
        + " offset 80004: disk gone");
    assertThat(s.failure()).contains("cannot read on at line 20002, byte offset 80004: disk gone;"
        + " the rest of the input is not read");
  }

  /** Every physical line of a ledger full of malformed records is accounted for. */
  @Test
  void everyLineOfAHostileLedgerIsInTheHeaderABlankLineOrARecord() throws IOException {
    byte[] bytes = HostileInputs.ledger(300, 11);
    ImportSummary[] s = new ImportSummary[1];
    List<JsonNode> rejects = rejects(bytes, s);
    RecordSource.Lines lines = s[0].lines().orElseThrow();
    assertThat(lines.total()).isEqualTo(HostileInputs.lines(bytes));
    assertThat(lines.blank()).isEqualTo(2);
    assertThat(lines.notRead()).isZero();
    assertThat(s[0].read()).isEqualTo(300 + 7); // 906 is in the record of 905
    assertThat(s[0].written() + s[0].rejected()).isEqualTo(s[0].read());
    long rejectedLines = 0;
    for (JsonNode j : rejects) {
      assertThat(j.has("raw")).isTrue();
      assertThat(j.get("offset").asLong()).isBetween(0L, (long) bytes.length);
      rejectedLines += j.get("lines").asLong();
    }
    assertThat(rejectedLines).isLessThanOrEqualTo(lines.inRecords());
    assertThat(rejects).extracting(j -> j.get("reasons").get(0).get("reason").textValue())
        .anyMatch(t -> t.contains("the row has 3 values"))
        .anyMatch(t -> t.contains("text follows the closing quote"))
        .anyMatch(t -> t.contains("do not decode as UTF-8"))
        .anyMatch(t -> t.contains("over the limit of 1,048,576"))
        .anyMatch(t -> t.contains("over the limit of 10,000 columns"))
        .anyMatch(t -> t.contains("never closed"));
  }

  /** A stream that hands out at most a few bytes per read, cutting line ends and characters. */
  static InputStream trickle(byte[] bytes) {
    return new InputStream() {
      int pos;
      int turn;

      @Override
      public int read() {
        return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= bytes.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, 1 + turn++ % 5), bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
      }
    };
  }

  /**
   * Reading does not depend on how the input arrives: the same records, texts and offsets when
   * every read returns a few bytes (cutting CR LF, UTF-8 and UTF-16 sequences), in CSV and JSON
   * Lines.
   */
  @Test
  void recordsDoNotDependOnHowTheBytesArrive() {
    byte[] ledger = HostileInputs.ledger(40, 3);
    byte[] utf16 = "\uFEFFa,b\r\n平,\"2\r\n3\"\r\r\n😀,x\r".getBytes(StandardCharsets.UTF_16LE);
    byte[] jsonl = utf8("{\"a\":\"平\"}\r\n\r\n{\"a\":\"x\"}\r{\"a\":2}\n");
    for (byte[] bytes : new byte[][] {ledger, utf16}) {
      java.nio.charset.Charset cs = bytes == ledger ? StandardCharsets.UTF_8 : null;
      RecordSource whole = RecordSource.csv(new ByteArrayInputStream(bytes), cs);
      RecordSource trickled = RecordSource.csv(trickle(bytes), cs);
      List<RecordSource.Record> expected = all(whole);
      assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
      assertThat(all(trickled)).isEqualTo(expected);
      assertThat(trickled.lines()).isEqualTo(whole.lines());
    }
    assertThat(all(RecordSource.jsonLines(trickle(jsonl), null)))
        .isEqualTo(all(RecordSource.jsonLines(new ByteArrayInputStream(jsonl), null)))
        .hasSize(3);
  }
}
