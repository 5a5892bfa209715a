package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A column without a name — an empty key of a JSON Lines record or a map, a null key of a map —
 * is kept in {@code extensions} under the name of its position, and never takes the place of
 * another column's value.
 */
class UnnamedColumnTest {

  private static final RecordMapper MAPPER = RecordMapper.of(RecordMapping.builder()
      .field(Target.DOCUMENT_NUMBER, FieldSource.column("文号")).build());

  @Test
  void anEmptyKeyOfAJsonLinesRecordLosesNoOtherValue() {
    String line = "{\"文号\":\"平政字〔2024〕8号\",\"\":\"empty key\",\"column\":\"real\","
        + "\"column2\":\"taken\"}\n";
    try (RecordSource s = RecordSource.jsonLines(new ByteArrayInputStream(
        line.getBytes(StandardCharsets.UTF_8)), null)) {
      Reply reply = MAPPER.map(s.next()).reply().orElseThrow();
      assertThat(reply.extensions()).containsExactly(
          Map.entry("column2#2", ExtensionValue.of("empty key")),
          Map.entry("column", ExtensionValue.of("real")),
          Map.entry("column2", ExtensionValue.of("taken")));
    }
  }

  @Test
  void aNullKeyAndAnEmptyKeyOfAMapAreTwoColumns() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("文号", "平政字〔2024〕8号");
    row.put(null, "null key");
    row.put("", "empty key");
    Reply reply = MAPPER.map(row, 1).reply().orElseThrow();
    assertThat(reply.extensions()).containsExactly(
        Map.entry("column2", ExtensionValue.of("null key")),
        Map.entry("column3", ExtensionValue.of("empty key")));
  }
}
