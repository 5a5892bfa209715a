package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govreply.json.ReplyJson;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.RecordMapping.Target;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A record whose reply {@link ReplyJson#standard()} could not write as a document it reads back
 * is rejected by a mapper {@linkplain RecordMapper.Builder#writableBy writing for it} naming the
 * field, never accepted for the writer to fail on: the other records of the source are mapped as
 * usual. A mapper without the check accepts it.
 */
class UnwritableReplyTest {

  private static final RecordMapper MAPPER = RecordMapper.builder(RecordMapping.builder()
      .field(Target.DOCUMENT_NUMBER, FieldSource.column("文号")).build())
      .writableBy(ReplyJson.standard()).build();

  private static List<MappingResult> mapAll(RecordSource source) {
    List<MappingResult> results = new ArrayList<>();
    try (source) {
      while (source.hasNext()) {
        results.add(MAPPER.map(source.next()));
      }
    }
    return results;
  }

  @Test
  void anExtensionNestedDeeperThanTheWriterAllowsIsRejectedNamingItsKey() {
    String deep = "[".repeat(64) + "1" + "]".repeat(64);
    String lines = "{\"文号\":\"平政字〔2024〕1号\",\"x\":" + deep + "}\n"
        + "{\"文号\":\"平政字〔2024〕2号\",\"y\":[[1]]}\n";
    List<MappingResult> results = mapAll(RecordSource.jsonLines(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), null));
    assertThat(results).hasSize(2);
    assertThat(results.get(0).isAccepted()).isFalse();
    FieldError e = results.get(0).rejection().get(0);
    assertThat(e.field()).isEqualTo("extensions");
    assertThat(e.column()).contains("x");
    assertThat(e.reason()).startsWith("at /extensions/x/0/").contains("maxDepth (64)");
    assertThat(results.get(1).isAccepted()).isTrue();
    ReplyJson.standard().write(results.get(1).reply().orElseThrow());
  }

  /** Without the check a mapper accepts the reply: writing JSON is not its only use. */
  @Test
  void aMapperThatDoesNotWriteForJsonAcceptsIt() {
    String deep = "[".repeat(64) + "1" + "]".repeat(64);
    String line = "{\"文号\":\"平政字〔2024〕1号\",\"x\":" + deep + "}\n";
    RecordMapper plain = RecordMapper.of(RecordMapping.builder()
        .field(Target.DOCUMENT_NUMBER, FieldSource.column("文号")).build());
    try (RecordSource source = RecordSource.jsonLines(
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), null)) {
      assertThat(plain.map(source.next()).isAccepted()).isTrue();
    }
  }

  @Test
  void aReplyLargerThanTheWriterAllowsIsRejectedNamingTheColumnWhereItGrewTooLarge() {
    String big = "汉".repeat(1_000_000);
    String csv = "文号,a,b,c\n平政字〔2024〕1号," + big + "," + big + "," + big + "\n"
        + "平政字〔2024〕2号,1,2,3\n";
    List<MappingResult> results = mapAll(RecordSource.csv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    assertThat(results).hasSize(2);
    assertThat(results.get(0).isAccepted()).isFalse();
    FieldError e = results.get(0).rejection().get(0);
    assertThat(e.field()).isEqualTo("extensions");
    assertThat(e.column()).contains("c");
    assertThat(e.reason()).contains("maxDocumentBytes");
    assertThat(results.get(1).isAccepted()).isTrue();
  }

  @Test
  void aMapRecordOfTheLibraryIsRejectedAlike() {
    JsonNode deep = JsonNodeFactory.instance.numberNode(1);
    for (int i = 0; i < 64; i++) {
      deep = JsonNodeFactory.instance.arrayNode().add(deep);
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("文号", "平政字〔2024〕1号");
    row.put("a/b", deep);
    MappingResult r = MAPPER.map(row, 7);
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.recordNumber()).isEqualTo(7);
    assertThat(r.rejection()).extracting(FieldError::field, FieldError::column)
        .containsExactly(tuple("extensions", Optional.of("a/b")));
  }
}
