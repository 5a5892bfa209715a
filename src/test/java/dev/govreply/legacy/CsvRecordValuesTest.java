package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The values of the records of a CSV source: by column name in header order, equal to (and
 * hashing and printing as) the map of the header's names to the row's cells, unmodifiable; a row
 * that does not fit the header keeps what it has, extra cells under {@code #n}.
 */
class CsvRecordValuesTest {

  static List<RecordSource.Record> records(String csv) {
    return RecordSourceTest.all(RecordSource.csv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null));
  }

  @Test
  void aRowIsTheMapOfTheHeadersNamesToItsCells() {
    Map<String, Object> values = records("文号,类别,\n平政字〔2024〕12号,A,\n").get(0).values();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("文号", "平政字〔2024〕12号");
    m.put("类别", "A");
    m.put("column3", "");
    assertThat(values).isEqualTo(m);
    assertThat(m).isEqualTo(values);
    assertThat(values.hashCode()).isEqualTo(m.hashCode());
    assertThat(values.toString()).isEqualTo(m.toString());
    assertThat(values.keySet()).containsExactly("文号", "类别", "column3");
    assertThat(List.copyOf(values.entrySet())).isEqualTo(List.copyOf(m.entrySet()));
    assertThat(values.get("类别")).isEqualTo("A");
    assertThat(values.containsKey("column3")).isTrue();
    assertThat(values.get("备注")).isNull();
    assertThat(values.containsKey("备注")).isFalse();
    assertThat(values.get(null)).isNull();
    assertThat(values).hasSize(3);
    m.put("类别", "B");
    assertThat(values).isNotEqualTo(m);
  }

  @Test
  void forEachGivesTheColumnsAndCellsInHeaderOrder() {
    Map<String, Object> values = records("文号,类别,\n平政字〔2024〕12号,A,\n").get(0).values();
    List<Map.Entry<String, Object>> seen = new ArrayList<>();
    values.forEach((k, v) -> seen.add(Map.entry(k, v)));
    assertThat(seen).containsExactly(Map.entry("文号", "平政字〔2024〕12号"), Map.entry("类别", "A"),
        Map.entry("column3", ""));
  }

  @Test
  void aRowCannotBeChanged() {
    Map<String, Object> r = records("a,b,c\n1,2,3\n").get(0).values();
    assertThatThrownBy(() -> r.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.putAll(Map.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.remove("a")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(r::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.replaceAll((k, v) -> v))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.merge("a", "x", (a, b) -> b))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    Iterator<String> keys = r.keySet().iterator();
    keys.next();
    assertThatThrownBy(keys::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"));
  }

  @Test
  void rowsThatDoNotFitTheHeaderKeepWhatTheyHave() {
    List<RecordSource.Record> r = records("a,b,a\n1,2,3\n4,5\n6,7,8,9\n");
    assertThat(r.get(0).values())
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("a#2", "3"));
    assertThat(r.get(0).problems()).isEmpty();
    assertThat(r.get(1).values()).containsExactly(Map.entry("a", "4"), Map.entry("b", "5"));
    assertThat(r.get(1).problems()).singleElement().satisfies(p -> assertThat(p.reason())
        .isEqualTo("malformed CSV: the row has 2 values, the header 3"));
    assertThat(r.get(2).values()).containsExactly(Map.entry("a", "6"), Map.entry("b", "7"),
        Map.entry("a#2", "8"), Map.entry("#4", "9"));
  }
}
