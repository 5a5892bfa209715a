package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govreply.legacy.MappingResult.Accepted;
import dev.govreply.legacy.MappingResult.FieldError;
import dev.govreply.legacy.MappingResult.Rejected;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    members.put("a", ExtensionValue.of(1L));
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    values.put("x", ExtensionValue.object(members));
    values.put("序号", ExtensionValue.of("7"));
    Rejected r = new Rejected(1, Optional.empty(), values, List.of(DATE), List.of());
    // changing what was given does not change the result: the map is copied ...
    values.put("x", ExtensionValue.of("changed"));
    values.put("y", ExtensionValue.of(2L));
    // ... and a JSON object keeps its own copy of its members
    members.put("a", ExtensionValue.of(2L));
    assertThat(r.values()).containsOnlyKeys("x", "序号");
    assertThat(r.values().keySet()).containsExactly("x", "序号");
    assertThat(r.values().get("x")).isEqualTo(ExtensionValue.object(Map.of("a", ExtensionValue.of(1L))));
    assertThat(r.values().get("序号")).isEqualTo(ExtensionValue.of("7"));
    assertThat(r.isAccepted()).isFalse();
    assertThat(r.reply()).isEmpty();
  }

  /**
   * A caller cannot change a rejection through what it returns: the map of values is
   * unmodifiable, and its values are immutable JSON values, equal to the record's cells.
   */
  @Test
  void theValuesOfARejectionCannotBeChangedByTheCaller() {
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    values.put("x", ExtensionValue.object(Map.of("a", ExtensionValue.of(1L))));
    values.put("list", ExtensionValue.array(ExtensionValue.of("a"), ExtensionValue.of(true)));
    Rejected r = new Rejected(1, Optional.empty(), values, List.of(DATE), List.of());
    Map<String, ExtensionValue> got = r.values();
    assertThatThrownBy(() -> got.put("x", ExtensionValue.of(3L)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> got.remove("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(got::clear).isInstanceOf(UnsupportedOperationException.class);
    ExtensionValue.JsonObject x = (ExtensionValue.JsonObject) got.get("x");
    assertThatThrownBy(() -> x.members().put("a", ExtensionValue.of(3L)))
        .isInstanceOf(UnsupportedOperationException.class);
    ExtensionValue.JsonArray list = (ExtensionValue.JsonArray) got.get("list");
    assertThatThrownBy(() -> list.elements().add(ExtensionValue.nullValue()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.elements().set(0, ExtensionValue.of("b")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.values()).isEqualTo(values);
    assertThat(r.values().get("x")).isEqualTo(ExtensionValue.object(Map.of("a", ExtensionValue.of(1L))));
    // the values are the same each time, and a result equals another of the same values
    assertThat(r.values()).isSameAs(r.values());
    assertThat(r).isEqualTo(new Rejected(1, Optional.empty(), new HashMap<>(values),
        List.of(DATE), List.of())).hasSameHashCodeAs(new Rejected(1, Optional.empty(),
        new LinkedHashMap<>(values), List.of(DATE), List.of()));
  }

  @Test
  void aRejectionHasNoNullNamesOrValues() {
    Map<String, ExtensionValue> nullValue = new HashMap<>();
    nullValue.put("x", null);
    assertThatThrownBy(() -> new Rejected(1, Optional.empty(), nullValue, List.of(DATE), List.of()))
        .isInstanceOf(NullPointerException.class);
    Map<String, ExtensionValue> nullKey = new HashMap<>();
    nullKey.put(null, ExtensionValue.of("x"));
    assertThatThrownBy(() -> new Rejected(1, Optional.empty(), nullKey, List.of(DATE), List.of()))
        .isInstanceOf(NullPointerException.class);
    // JSON null is a value
    Rejected r = new Rejected(1, Optional.empty(), Map.of("x", ExtensionValue.nullValue()),
        List.of(DATE), List.of());
    assertThat(r.values()).containsEntry("x", ExtensionValue.nullValue());
    assertThat(r.toJsonLine()).contains("\"fields\":{\"x\":null}");
  }

  /** The lists of a rejection are copies too. */
  @Test
  void aRejectionCopiesItsErrorsAndFindings() {
    List<FieldError> errors = new ArrayList<>(List.of(DATE));
    Rejected r = new Rejected(1, Optional.empty(), Map.of(), errors, new ArrayList<>());
    errors.add(DATE);
    assertThat(r.rejection()).containsExactly(DATE);
    assertThatThrownBy(() -> r.rejection().add(DATE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectionLineIsJsonWithRecordFieldsAndReasons() throws Exception {
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    values.put("文号", ExtensionValue.of("平交复函〔2021〕27号"));
    values.put("序号", ExtensionValue.of(9L));
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

  /** Every kind of value is printed in the fields as JSON, numbers with every digit. */
  @Test
  void rejectionLinePrintsEveryKindOfValue() throws Exception {
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    values.put("text", ExtensionValue.of("007"));
    values.put("long", ExtensionValue.of(Long.MAX_VALUE));
    values.put("decimal", ExtensionValue.of(new BigDecimal("1.50")));
    values.put("exp", ExtensionValue.of(new BigDecimal("1E+3")));
    values.put("big", ExtensionValue.of(new BigDecimal("123456789012345678901234567890")));
    values.put("double", ExtensionValue.of(0.1));
    values.put("bool", ExtensionValue.of(false));
    values.put("null", ExtensionValue.nullValue());
    values.put("array", ExtensionValue.array(ExtensionValue.of(1L), ExtensionValue.of("a")));
    values.put("object", ExtensionValue.object(Map.of("k", ExtensionValue.array())));
    Rejected r = new Rejected(4, Optional.empty(), values, List.of(DATE), List.of());
    assertThat(r.toJsonLine()).startsWith("{\"record\":4,\"fields\":{\"text\":\"007\","
        + "\"long\":9223372036854775807,\"decimal\":1.50,\"exp\":1E+3,"
        + "\"big\":123456789012345678901234567890,\"double\":0.1,\"bool\":false,"
        + "\"null\":null,\"array\":[1,\"a\"],\"object\":{\"k\":[]}},\"reasons\":[");
    JsonNode fields = new ObjectMapper().readTree(r.toJsonLine()).get("fields");
    assertThat(fields.get("decimal").decimalValue()).isEqualByComparingTo("1.5");
    assertThat(fields.get("big").bigIntegerValue()).hasToString("123456789012345678901234567890");
  }

  /** The rejection line names where the record stood and keeps its raw text, capped. */
  @Test
  void rejectionLineKeepsTheRawTextWithItsPositionAndSaysWhenItIsCut() {
    Rejected r = new Rejected(7, Optional.of(new RecordText(9, 3, 1834, "7,\"a\nb\",\\xFF", 200_000)),
        Map.of("序号", ExtensionValue.of("7")),
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
