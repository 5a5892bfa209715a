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

class ExtensionValueTest {

  @Test
  void eachKindHoldsItsValue() {
    assertThat(ExtensionValue.of("办结").value()).isEqualTo("办结");
    assertThat(ExtensionValue.of(true).value()).isTrue();
    assertThat(ExtensionValue.of(false).value()).isFalse();
    assertThat(ExtensionValue.of(241).value()).isEqualTo(new BigDecimal("241"));
    assertThat(ExtensionValue.of(0.1).value()).isEqualTo(new BigDecimal("0.1"));
    assertThat(ExtensionValue.of(new BigDecimal("1E+400")).value())
        .isEqualTo(new BigDecimal("1E+400"));
    assertThat(ExtensionValue.array(ExtensionValue.of(1), ExtensionValue.nullValue()).get(1))
        .isEqualTo(ExtensionValue.nullValue());
    assertThat(ExtensionValue.object(Map.of("a", ExtensionValue.of("b"))).get("a"))
        .isEqualTo(ExtensionValue.of("b"));
    assertThat(ExtensionValue.object(Map.of()).get("missing")).isNull();
  }

  @Test
  void numbersPrintAsJsonWithEveryDigit() {
    assertThat(ExtensionValue.of(241)).hasToString("241");
    assertThat(ExtensionValue.of(-7L)).hasToString("-7");
    assertThat(ExtensionValue.of(0.5)).hasToString("0.5");
    assertThat(ExtensionValue.of(new BigDecimal("1250.0"))).hasToString("1250.0");
    assertThat(ExtensionValue.of(new BigDecimal("0.10000000000000000001")))
        .hasToString("0.10000000000000000001");
    assertThat(ExtensionValue.of(new BigDecimal("1.25e3"))).hasToString("1.25E+3");
    assertThat(ExtensionValue.nullValue()).hasToString("null");
  }

  @Test
  void numbersAreEqualWhenPrintedAlike() {
    assertThat(ExtensionValue.of(new BigDecimal("1.0"))).isEqualTo(ExtensionValue.of(new BigDecimal("1.0")))
        .hasSameHashCodeAs(ExtensionValue.of(new BigDecimal("1.0")))
        .isNotEqualTo(ExtensionValue.of(new BigDecimal("1.00")))
        .isNotEqualTo(ExtensionValue.of(1));
    assertThat(ExtensionValue.of(5)).isEqualTo(ExtensionValue.of(new BigDecimal("5")));
  }

  /** A subclass of BigDecimal is copied into a BigDecimal: it could change or print otherwise. */
  @Test
  void aBigDecimalSubclassIsCopied() {
    BigDecimal odd = new BigDecimal("12.50") {
      @Override
      public String toString() {
        return "odd";
      }
    };
    ExtensionValue.JsonNumber n = ExtensionValue.of(odd);
    assertThat(n.value().getClass()).isEqualTo(BigDecimal.class);
    assertThat(n).hasToString("12.50").isEqualTo(ExtensionValue.of(new BigDecimal("12.50")));
  }

  @Test
  void nonFiniteDoublesAreRefused() {
    for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> ExtensionValue.of(d)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(Double.toString(d));
    }
  }

  @Test
  void nullsAreRefusedWithTheNameOfWhatIsMissing() {
    assertThatThrownBy(() -> ExtensionValue.of((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> ExtensionValue.of((BigDecimal) null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> ExtensionValue.array(Arrays.asList(ExtensionValue.of(1), null)))
        .isInstanceOf(NullPointerException.class);
    Map<String, ExtensionValue> nullValue = new HashMap<>();
    nullValue.put("workflow", null);
    assertThatThrownBy(() -> ExtensionValue.object(nullValue)).isInstanceOf(NullPointerException.class)
        .hasMessage("value of member workflow");
    Map<String, ExtensionValue> nullName = new HashMap<>();
    nullName.put(null, ExtensionValue.of(1));
    assertThatThrownBy(() -> ExtensionValue.object(nullName)).isInstanceOf(NullPointerException.class)
        .hasMessage("member name");
  }

  @Test
  void arraysAndObjectsAreCopiedAndUnmodifiable() {
    List<ExtensionValue> elements = new ArrayList<>(List.of(ExtensionValue.of("交办")));
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    members.put("history", ExtensionValue.array(elements));
    ExtensionValue.JsonArray array = ExtensionValue.array(elements);
    ExtensionValue.JsonObject object = ExtensionValue.object(members);
    elements.add(ExtensionValue.of("办理"));
    members.put("workflow", ExtensionValue.of("办结"));
    assertThat(array.elements()).containsExactly(ExtensionValue.of("交办"));
    assertThat(object.members()).containsOnlyKeys("history");
    assertThatThrownBy(() -> array.elements().add(ExtensionValue.of(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> object.members().put("x", ExtensionValue.of(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new ExtensionValue.JsonObject(members).members().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void objectsKeepTheirMembersInInsertionOrderAndAreEqualWithTheSameMembersInAnyOrder() {
    Map<String, ExtensionValue> members = new LinkedHashMap<>();
    members.put("zeta", ExtensionValue.of(1));
    members.put("alpha", ExtensionValue.of(2));
    members.put("中文键", ExtensionValue.of(true));
    ExtensionValue.JsonObject object = ExtensionValue.object(members);
    assertThat(object.members().keySet()).containsExactly("zeta", "alpha", "中文键");
    assertThat(object).isEqualTo(ExtensionValue.object(new HashMap<>(members)))
        .hasSameHashCodeAs(ExtensionValue.object(new HashMap<>(members)));
    assertThat(ExtensionValue.array(ExtensionValue.of(1), ExtensionValue.of(2)))
        .isNotEqualTo(ExtensionValue.array(ExtensionValue.of(2), ExtensionValue.of(1)));
  }

  @Test
  void booleansAndNullAreShared() {
    assertThat(ExtensionValue.of(true)).isSameAs(ExtensionValue.of(true))
        .isEqualTo(new ExtensionValue.JsonBoolean(true));
    assertThat(ExtensionValue.nullValue()).isSameAs(ExtensionValue.nullValue())
        .isEqualTo(new ExtensionValue.JsonNull());
  }
}
