package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

  @Test
  void eachKindHoldsItsValue() {
    assertThat(JsonValue.of("办结").value()).isEqualTo("办结");
    assertThat(JsonValue.of(true).value()).isTrue();
    assertThat(JsonValue.of(false).value()).isFalse();
    assertThat(JsonValue.of(241).value()).isEqualTo(new BigDecimal("241"));
    assertThat(JsonValue.of(0.1).value()).isEqualTo(new BigDecimal("0.1"));
    assertThat(JsonValue.of(new BigDecimal("1E+400")).value())
        .isEqualTo(new BigDecimal("1E+400"));
    assertThat(JsonValue.array(JsonValue.of(1), JsonValue.nullValue()).get(1))
        .isEqualTo(JsonValue.nullValue());
    assertThat(JsonValue.object(Map.of("a", JsonValue.of("b"))).get("a"))
        .isEqualTo(JsonValue.of("b"));
    assertThat(JsonValue.object(Map.of()).get("missing")).isNull();
  }

  @Test
  void numbersPrintAsJsonWithEveryDigit() {
    assertThat(JsonValue.of(241)).hasToString("241");
    assertThat(JsonValue.of(-7L)).hasToString("-7");
    assertThat(JsonValue.of(0.5)).hasToString("0.5");
    assertThat(JsonValue.of(new BigDecimal("1250.0"))).hasToString("1250.0");
    assertThat(JsonValue.of(new BigDecimal("0.10000000000000000001")))
        .hasToString("0.10000000000000000001");
    assertThat(JsonValue.of(new BigDecimal("1.25e3"))).hasToString("1.25E+3");
    assertThat(JsonValue.nullValue()).hasToString("null");
  }

  @Test
  void numbersAreEqualWhenPrintedAlike() {
    assertThat(JsonValue.of(new BigDecimal("1.0"))).isEqualTo(JsonValue.of(new BigDecimal("1.0")))
        .hasSameHashCodeAs(JsonValue.of(new BigDecimal("1.0")))
        .isNotEqualTo(JsonValue.of(new BigDecimal("1.00")))
        .isNotEqualTo(JsonValue.of(1));
    assertThat(JsonValue.of(5)).isEqualTo(JsonValue.of(new BigDecimal("5")));
  }

  @Test
  void nonFiniteDoublesAreRefused() {
    for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> JsonValue.of(d)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(Double.toString(d));
    }
  }

  @Test
  void nullsAreRefusedWithTheNameOfWhatIsMissing() {
    assertThatThrownBy(() -> JsonValue.of((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> JsonValue.of((BigDecimal) null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> JsonValue.array(Arrays.asList(JsonValue.of(1), null)))
        .isInstanceOf(NullPointerException.class);
    Map<String, JsonValue> nullValue = new HashMap<>();
    nullValue.put("workflow", null);
    assertThatThrownBy(() -> JsonValue.object(nullValue)).isInstanceOf(NullPointerException.class)
        .hasMessage("value of member workflow");
    Map<String, JsonValue> nullName = new HashMap<>();
    nullName.put(null, JsonValue.of(1));
    assertThatThrownBy(() -> JsonValue.object(nullName)).isInstanceOf(NullPointerException.class)
        .hasMessage("member name");
  }

  @Test
  void arraysAndObjectsAreCopiedAndUnmodifiable() {
    List<JsonValue> elements = new ArrayList<>(List.of(JsonValue.of("交办")));
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("history", JsonValue.array(elements));
    JsonValue.JsonArray array = JsonValue.array(elements);
    JsonValue.JsonObject object = JsonValue.object(members);
    elements.add(JsonValue.of("办理"));
    members.put("workflow", JsonValue.of("办结"));
    assertThat(array.elements()).containsExactly(JsonValue.of("交办"));
    assertThat(object.members()).containsOnlyKeys("history");
    assertThatThrownBy(() -> array.elements().add(JsonValue.of(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> object.members().put("x", JsonValue.of(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new JsonValue.JsonObject(members).members().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void objectsKeepTheirMembersInInsertionOrderAndAreEqualWithTheSameMembersInAnyOrder() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("zeta", JsonValue.of(1));
    members.put("alpha", JsonValue.of(2));
    members.put("中文键", JsonValue.of(true));
    JsonValue.JsonObject object = JsonValue.object(members);
    assertThat(object.members().keySet()).containsExactly("zeta", "alpha", "中文键");
    assertThat(object).isEqualTo(JsonValue.object(new HashMap<>(members)))
        .hasSameHashCodeAs(JsonValue.object(new HashMap<>(members)));
    assertThat(JsonValue.array(JsonValue.of(1), JsonValue.of(2)))
        .isNotEqualTo(JsonValue.array(JsonValue.of(2), JsonValue.of(1)));
  }

  @Test
  void booleansAndNullAreShared() {
    assertThat(JsonValue.of(true)).isSameAs(JsonValue.of(true))
        .isEqualTo(new JsonValue.JsonBoolean(true));
    assertThat(JsonValue.nullValue()).isSameAs(JsonValue.nullValue())
        .isEqualTo(new JsonValue.JsonNull());
  }
}
