package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of CSV reading over arbitrary text made of the characters that matter (commas,
 * quotes, CR, LF, spaces, CJK, a surrogate pair): every physical line is accounted for, every
 * record's raw text is the input at its byte offset, and values written as RFC 4180 reads them
 * read back unchanged.
 */
class CsvSplitterPropertiesTest {

  static final List<String> PIECES = List.of("a", "bc", ",", "\"", "\"\"", "\n", "\r", "\r\n", " ",
      "平", "😀");

  static Gen<String> texts(int maxPieces) {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, maxPieces)
        .map(l -> String.join("", l));
  }

  static List<RecordSource.Record> read(byte[] bytes, RecordSource[] source) {
    List<RecordSource.Record> out = new ArrayList<>();
    try (RecordSource s = RecordSource.csv(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      s.forEachRemaining(out::add);
      source[0] = s;
    }
    return out;
  }

  @Test
  void everyLineIsAccountedForAndEveryRawTextIsTheInputAtItsOffset() {
    qt().withExamples(2000).forAll(texts(60)).checkAssert(text -> {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      RecordSource[] s = new RecordSource[1];
      List<RecordSource.Record> records = read(bytes, s);
      RecordSource.Lines lines = s[0].lines().orElseThrow();
      assertThat(lines.total()).isEqualTo(HostileInputs.lines(bytes));
      long offset = -1;
      long line = 0;
      for (int i = 0; i < records.size(); i++) {
        RecordSource.Record r = records.get(i);
        assertThat(r.number()).isEqualTo(i + 1);
        RecordText t = r.text().orElseThrow();
        assertThat(t.offset()).isGreaterThan(offset);
        assertThat(t.line()).isGreaterThan(line);
        assertThat(t.line() + t.lines() - 1).isLessThanOrEqualTo(lines.total());
        assertThat(new String(bytes, (int) t.offset(), bytes.length - (int) t.offset(),
            StandardCharsets.UTF_8)).startsWith(t.text());
        offset = t.offset();
        line = t.line() + t.lines() - 1;
      }
    });
  }

  @Test
  void valuesWrittenAsRfc4180ReadBackUnchanged() {
    Gen<List<List<String>>> tables = integers().between(1, 4).flatMap(columns ->
        lists().of(lists().of(texts(6)).ofSize(columns)).ofSizeBetween(1, 8));
    qt().withExamples(1000).forAll(tables).checkAssert(rows -> {
      int columns = rows.get(0).size();
      StringBuilder csv = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        csv.append(c == 0 ? "" : ",").append("c").append(c);
      }
      csv.append("\r\n");
      for (List<String> row : rows) {
        for (int c = 0; c < columns; c++) {
          csv.append(c == 0 ? "" : ",").append('"').append(row.get(c).replace("\"", "\"\""))
              .append('"');
        }
        csv.append("\r\n");
      }
      RecordSource[] s = new RecordSource[1];
      List<RecordSource.Record> records = read(csv.toString().getBytes(StandardCharsets.UTF_8), s);
      assertThat(records).hasSize(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(records.get(i).problems()).isEmpty();
        assertThat(new ArrayList<>(records.get(i).values().values())).isEqualTo(rows.get(i));
      }
    });
  }
}
