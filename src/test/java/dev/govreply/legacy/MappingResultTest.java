package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govreply.legacy.MappingResult.Accepted;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.MappingResult.Rejected;
import dev.govreply.model.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingResultTest {

  static final FieldError DATE = new FieldError("date", Optional.of("答复日期"),
      Optional.of("2021-13-01"), "no such date: 2021-13-01");

  @Test
  void acceptedHasAReplyAndNoRejection() {
    Reply reply = Reply.builder().issuer("平江县人民政府").build();
    Accepted a = new Accepted(3, reply, List.of(), Optional.empty());
    assertThat(a.isAccepted()).isTrue();
    assertThat(a.reply()).contains(reply);
    assertThat(a.rejection()).isEmpty();
    assertThat(a.recordNumber()).isEqualTo(3);
  }

  @Test
  void rejectedNeedsAReasonAndCopiesItsValues() {
    assertThatThrownBy(() -> new Rejected(1, Optional.empty(), Map.of(), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("a", 1);
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("x", node);
    Rejected r = new Rejected(1, Optional.empty(), values, List.of(DATE), List.of());
    node.put("a", 2);
    ((ObjectNode) r.values().get("x")).put("a", 3);
    assertThat(r.values().get("x").get("a").intValue()).isEqualTo(1);
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.reply()).isEmpty();
  }

  @Test
  void rejectionLineIsJsonWithRecordFieldsAndReasons() throws Exception {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("文号", JsonNodeFactory.instance.textNode("平交复函〔2021〕27号"));
    values.put("序号", JsonNodeFactory.instance.numberNode(9));
    Rejected r = new Rejected(9, Optional.of(new RecordText(33, 1, 1200, "9,平交复函〔2021〕27号", 17)),
        values, List.of(new FieldError("resultClass", Optional.of("类别"), Optional.of("E类"),
            "bad"), DATE), List.of());
    String line = r.toJsonLine();
    assertThat(line).doesNotContain("\n").startsWith(
        "{\"record\":9,\"line\":33,\"lines\":1,\"offset\":1200,\"fields\":{");
    JsonNode n = new ObjectMapper().readTree(line);
    assertThat(n.get("fields").get("序号").intValue()).isEqualTo(9);
    assertThat(n.get("reasons")).hasSize(2);
    assertThat(n.get("reasons").get(1).get("column").textValue()).isEqualTo("答复日期");
    assertThat(r.toJsonLine()).isEqualTo(line);
  }

  /** The rejection line names where the record stood and keeps its raw text, capped. */
  @Test
  void rejectionLineKeepsTheRawTextWithItsPositionAndSaysWhenItIsCut() {
    Rejected r = new Rejected(7, Optional.of(new RecordText(9, 3, 1834, "7,\"a\nb\",\\xFF", 200_000)),
        Map.of("序号", JsonNodeFactory.instance.textNode("7")),
        List.of(new FieldError("record", Optional.of("备注"), Optional.empty(), "too long")),
        List.of());
    assertThat(r.line()).hasValue(9);
    assertThat(r.toJsonLine()).isEqualTo("{\"record\":7,\"line\":9,\"lines\":3,\"offset\":1834,"
        + "\"fields\":{\"序号\":\"7\"},\"raw\":\"7,\\\"a\\nb\\\",\\\\xFF\",\"rawLength\":200000,"
        + "\"rawTruncated\":true,\"reasons\":[{\"field\":\"record\",\"column\":\"备注\","
        + "\"reason\":\"too long\"}]}");
    Rejected fromMap = new Rejected(2, Optional.empty(), Map.of(), List.of(DATE), List.of());
    assertThat(fromMap.line()).isEmpty();
    assertThat(fromMap.toJsonLine()).startsWith("{\"record\":2,\"fields\":{},\"reasons\":[")
        .doesNotContain("raw").doesNotContain("offset");
    assertThatThrownBy(() -> new RecordText(1, 1, 0, "abc", 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fieldErrorToString() {
    assertThat(DATE.toString())
        .isEqualTo("date (答复日期 = \"2021-13-01\"): no such date: 2021-13-01");
    assertThat(new FieldError("record", Optional.empty(), Optional.empty(), "x").toString())
        .isEqualTo("record: x");
  }
}
