package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link CsvRow}, the CSV source's row map: it behaves as the unmodifiable
 * {@link LinkedHashMap} copy a record made of it before, and records keep it without copying.
 */
class CsvRowTest {

  static final CsvRow.Header HEADER = new CsvRow.Header(new String[] {"文号", "类别", "column3"});

  static CsvRow row(Object... values) {
    return new CsvRow(HEADER, values);
  }

  static Map<String, Object> linked(Object... values) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(HEADER.name(i), values[i]);
    }
    return m;
  }

  @Test
  void behavesAsALinkedHashMapOfTheSameEntries() {
    CsvRow r = row("平政字〔2024〕12号", "A", null);
    Map<String, Object> m = linked("平政字〔2024〕12号", "A", null);
    assertThat(r).isEqualTo(m);
    assertThat(m).isEqualTo(r);
    assertThat(r.hashCode()).isEqualTo(m.hashCode());
    assertThat(r.toString()).isEqualTo(m.toString());
    assertThat(r.keySet()).containsExactly("文号", "类别", "column3");
    assertThat(List.copyOf(r.entrySet())).isEqualTo(List.copyOf(m.entrySet()));
    assertThat(r.get("类别")).isEqualTo("A");
    assertThat(r.get("column3")).isNull();
    assertThat(r.containsKey("column3")).isTrue();
    assertThat(r.get("备注")).isNull();
    assertThat(r.containsKey("备注")).isFalse();
    assertThat(r.get(null)).isNull();
    assertThat(r.size()).isEqualTo(3);
    assertThat(r).isNotEqualTo(linked("平政字〔2024〕12号", "B", null));
    assertThat(new CsvRow(new CsvRow.Header(new String[0]), new Object[0])).isEqualTo(Map.of());
  }

  @Test
  void cannotBeChanged() {
    CsvRow r = row("a", "b", "c");
    assertThatThrownBy(() -> r.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.putAll(Map.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.remove("文号")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(r::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.replaceAll((k, v) -> v))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.merge("文号", "x", (a, b) -> b))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    Iterator<String> keys = r.keySet().iterator();
    keys.next();
    assertThatThrownBy(keys::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r).isEqualTo(linked("a", "b", "c"));
  }

  @Test
  void needsUniqueNamesAndOneValuePerColumn() {
    assertThatThrownBy(() -> new CsvRow.Header(new String[] {"a", "a"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CsvRow(HEADER, new Object[] {"a"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(HEADER.index("类别")).isEqualTo(1);
    assertThat(HEADER.index("备注")).isEqualTo(-1);
  }

  @Test
  void recordsKeepRowsAndCopyOtherMaps() {
    CsvRow r = row("a", "b", "c");
    RecordSource.Record kept = new RecordSource.Record(1, Optional.empty(), r, List.of());
    assertThat(kept.values()).isSameAs(r);
    Map<String, Object> m = new HashMap<>(linked("a", "b", "c"));
    RecordSource.Record copied = new RecordSource.Record(1, Optional.empty(), m, List.of());
    m.put("文号", "changed");
    assertThat(copied.values()).containsEntry("文号", "a");
    assertThatThrownBy(() -> copied.values().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(kept).isEqualTo(new RecordSource.Record(1, Optional.empty(),
        linked("a", "b", "c"), List.of()));
  }

  @Test
  void theCsvSourceGivesRowsOnlyForRowsThatFitTheHeader() {
    String csv = "a,b,a\n1,2,3\n4,5\n6,7,8,9\n";
    List<RecordSource.Record> r = RecordSourceTest.all(RecordSource.csv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), null));
    assertThat(r.get(0).values()).isInstanceOf(CsvRow.class)
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("a#2", "3"));
    assertThat(r.get(1).values()).isNotInstanceOf(CsvRow.class)
        .containsExactly(Map.entry("a", "4"), Map.entry("b", "5"));
    assertThat(r.get(2).values()).isNotInstanceOf(CsvRow.class)
        .containsExactly(Map.entry("a", "6"), Map.entry("b", "7"), Map.entry("a#2", "8"),
            Map.entry("#4", "9"));
  }
}
