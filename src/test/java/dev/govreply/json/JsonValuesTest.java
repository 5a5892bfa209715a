package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.ShortNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.govreply.model.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JsonValues}: conversions between {@link JsonValue}s and Jackson 2 trees. */
class JsonValuesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A mapper whose trees keep every digit and the scale of numbers. */
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values of each kind. */
  static Stream<JsonValue> values() {
    return Stream.of(
        JsonValue.of("平江县人民政府"),
        JsonValue.of(""),
        JsonValue.of("𠀀 \"q\" \\ \t \u0001"),
        JsonValue.of("x\ud800y\udc00"),
        JsonValue.of(true),
        JsonValue.of(false),
        JsonValue.nullValue(),
        JsonValue.of(0),
        JsonValue.of(-42),
        JsonValue.of(Long.MAX_VALUE),
        JsonValue.of(new BigDecimal("18446744073709551616")),
        JsonValue.of(0.1),
        JsonValue.of(-1.5),
        JsonValue.of(new BigDecimal("2.50")),
        JsonValue.of(new BigDecimal("1250.0")),
        JsonValue.of(new BigDecimal("1.25E+3")),
        JsonValue.of(new BigDecimal("1E+400")),
        JsonValue.of(new BigDecimal("-7E-999999999")),
        JsonValue.of(new BigDecimal("0.10000000000000000000000000000000000000001")),
        JsonValue.array(),
        JsonValue.array(JsonValue.of(1), JsonValue.of("二"), JsonValue.nullValue(),
            JsonValue.array(JsonValue.of(true))),
        JsonValue.object(Map.of()),
        JsonFixtures.object("z", JsonValue.of(1), "a", JsonFixtures.object("", JsonValue.of(false)),
            "m", JsonValue.array(JsonValue.of(new BigDecimal("3.000")))));
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyKindRoundTrips(JsonValue value) throws Exception {
    JsonNode node = JsonValues.toNode(value);
    assertThat(JsonValues.fromNode(node)).isEqualTo(value);
    // and through Jackson's JSON text, read with exact decimals
    assertThat(JsonValues.fromNode(EXACT.readTree(MAPPER.writeValueAsString(node))))
        .isEqualTo(value);
  }

  @Test
  void eachKindBecomesItsNodeType() {
    assertThat(JsonValues.toNode(JsonValue.of("s"))).isEqualTo(TextNode.valueOf("s"));
    assertThat(JsonValues.toNode(JsonValue.of(true))).isEqualTo(BooleanNode.TRUE);
    assertThat(JsonValues.toNode(JsonValue.of(false))).isEqualTo(BooleanNode.FALSE);
    assertThat(JsonValues.toNode(JsonValue.nullValue())).isEqualTo(NullNode.getInstance());
    assertThat(JsonValues.toNode(JsonValue.of(5)).getNodeType()).isEqualTo(JsonNodeType.NUMBER);
    assertThat(JsonValues.toNode(JsonValue.of(5)).decimalValue()).isEqualTo(new BigDecimal("5"));
    assertThat(JsonValues.toNode(JsonValue.array()).getNodeType())
        .isEqualTo(JsonNodeType.ARRAY);
    assertThat(JsonValues.toNode(JsonValue.object(Map.of())).getNodeType())
        .isEqualTo(JsonNodeType.OBJECT);

    assertThat(JsonValues.fromNode(TextNode.valueOf("s"))).isEqualTo(JsonValue.of("s"));
    assertThat(JsonValues.fromNode(BooleanNode.TRUE)).isEqualTo(JsonValue.of(true));
    assertThat(JsonValues.fromNode(BooleanNode.FALSE)).isEqualTo(JsonValue.of(false));
    assertThat(JsonValues.fromNode(NullNode.getInstance())).isEqualTo(JsonValue.nullValue());
    assertThat(JsonValues.fromNode(NODES.arrayNode())).isEqualTo(JsonValue.array());
    assertThat(JsonValues.fromNode(NODES.objectNode())).isEqualTo(JsonValue.object(Map.of()));
  }

  @Test
  void nestedTreesConvertDeeplyAndKeepMemberOrder() throws Exception {
    String json = "{\"z\":{\"b\":[1,\"二\",null,true,{\"\":false}],\"a\":{}},\"a\":\"𠀀\","
        + "\"n\":-2.5}";
    JsonNode tree = MAPPER.readTree(json);
    JsonValue value = JsonValues.fromNode(tree);
    assertThat(value).isEqualTo(JsonFixtures.object(
        "z", JsonFixtures.object(
            "b", JsonValue.array(JsonValue.of(1), JsonValue.of("二"), JsonValue.nullValue(),
                JsonValue.of(true), JsonFixtures.object("", JsonValue.of(false))),
            "a", JsonValue.object(Map.of())),
        "a", JsonValue.of("𠀀"),
        "n", JsonValue.of(new BigDecimal("-2.5"))));
    assertThat(((JsonValue.JsonObject) value).members().keySet()).containsExactly("z", "a", "n");
    JsonNode back = JsonValues.toNode(value);
    List<String> names = new ArrayList<>();
    back.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("z", "a", "n");
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void numbersKeepEveryDigitAndTheirScale() throws Exception {
    assertThat(JsonValues.fromNode(IntNode.valueOf(42))).isEqualTo(JsonValue.of(42));
    assertThat(JsonValues.fromNode(ShortNode.valueOf((short) -7))).isEqualTo(JsonValue.of(-7));
    assertThat(JsonValues.fromNode(LongNode.valueOf(Long.MIN_VALUE)))
        .isEqualTo(JsonValue.of(Long.MIN_VALUE));
    BigInteger big = new BigInteger("123456789012345678901234567890123456789012345678901234567890");
    assertThat(JsonValues.fromNode(BigIntegerNode.valueOf(big)))
        .isEqualTo(JsonValue.of(new BigDecimal(big)));
    // a DecimalNode keeps its scale: 2.50 is not 2.5, 1250.0 is not 1.25E+3
    assertThat(JsonValues.fromNode(DecimalNode.valueOf(new BigDecimal("2.50"))))
        .isEqualTo(JsonValue.of(new BigDecimal("2.50")))
        .isNotEqualTo(JsonValue.of(new BigDecimal("2.5")));
    assertThat(JsonValues.fromNode(DecimalNode.valueOf(new BigDecimal("1.25E+3"))).toString())
        .isEqualTo("1.25E+3");
    assertThat(JsonValues.fromNode(DecimalNode.valueOf(new BigDecimal("1E+400"))).toString())
        .isEqualTo("1E+400");
    String digits = "0.1000000000000000000000000000000000000000000000000000000000000000000000001";
    assertThat(JsonValues.fromNode(DecimalNode.valueOf(new BigDecimal(digits))).toString())
        .isEqualTo(digits);
    // a double converts as Double.toString prints it
    assertThat(JsonValues.fromNode(DoubleNode.valueOf(0.1))).isEqualTo(JsonValue.of(0.1));
    assertThat(JsonValues.fromNode(DoubleNode.valueOf(1250.0)).toString()).isEqualTo("1250.0");
    assertThat(JsonValues.fromNode(DoubleNode.valueOf(1e300)).toString()).isEqualTo("1.0E+300");
    assertThat(JsonValues.fromNode(FloatNode.valueOf(1.5f))).isEqualTo(JsonValue.of(1.5));

    // the other way: every digit and the scale reach the node and Jackson's output
    for (String n : List.of("2.50", "1250.0", "1.25E+3", "1E+400", "-7E-999999999", digits,
        "123456789012345678901234567890")) {
      JsonNode node = JsonValues.toNode(JsonValue.of(new BigDecimal(n)));
      assertThat(node.isNumber()).as(n).isTrue();
      assertThat(node.decimalValue()).as(n).isEqualTo(new BigDecimal(n));
      assertThat(MAPPER.writeValueAsString(node)).as(n).isEqualTo(new BigDecimal(n).toString());
    }
  }

  @Test
  void treesReadWithBigDecimalsKeepTheNumbersAsWritten() throws Exception {
    JsonValue value = JsonValues.fromNode(EXACT.readTree(
        "[5,2.50,1.25e3,1e400,0.10000000000000000001,18446744073709551616]"));
    assertThat(value).isEqualTo(JsonValue.array(JsonValue.of(5),
        JsonValue.of(new BigDecimal("2.50")), JsonValue.of(new BigDecimal("1.25E+3")),
        JsonValue.of(new BigDecimal("1E+400")),
        JsonValue.of(new BigDecimal("0.10000000000000000001")),
        JsonValue.of(new BigDecimal("18446744073709551616"))));
    // a default mapper reads 1e400 as an infinite double, which JSON cannot hold
    assertThatThrownBy(() -> JsonValues.fromNode(MAPPER.readTree("[1e400]")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
  }

  @Test
  void aBinaryNodeBecomesItsBase64Text() throws Exception {
    byte[] bytes = {1, 2, 3, (byte) 0xff, 0, (byte) 0x80};
    BinaryNode node = BinaryNode.valueOf(bytes);
    JsonValue value = JsonValues.fromNode(node);
    assertThat(value).isEqualTo(JsonValue.of("AQID/wCA"));
    // as Jackson writes the node
    assertThat(MAPPER.writeValueAsString(node)).isEqualTo("\"AQID/wCA\"");
    assertThat(JsonValues.fromNode(BinaryNode.valueOf(new byte[0]))).isEqualTo(JsonValue.of(""));
    ArrayNode inside = NODES.arrayNode().add(new byte[] {(byte) 0xfb});
    assertThat(JsonValues.fromNode(inside)).isEqualTo(JsonValue.array(JsonValue.of("+w==")));
    // and back it is a string, not bytes
    assertThat(JsonValues.toNode(value)).isEqualTo(TextNode.valueOf("AQID/wCA"));
  }

  @Test
  void pojoNodesAndNonFiniteNumbersAreRefused() {
    assertThatThrownBy(() -> JsonValues.fromNode(new POJONode(new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POJO");
    for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> JsonValues.fromNode(DoubleNode.valueOf(d))).as("%s", d)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(d));
    }
    assertThatThrownBy(() -> JsonValues.fromNode(FloatNode.valueOf(Float.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonValues.fromNode(FloatNode.valueOf(Float.NEGATIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class);
    // also deep inside a tree
    ObjectNode tree = NODES.objectNode();
    tree.putArray("a").add(1).addPOJO(new Object());
    assertThatThrownBy(() -> JsonValues.fromNode(tree))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POJO");
    ObjectNode nan = NODES.objectNode();
    nan.putObject("o").put("x", Double.NaN);
    assertThatThrownBy(() -> JsonValues.fromNode(nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
  }

  @Test
  void aMissingNodeIsNull() {
    assertThat(JsonValues.fromNode(MissingNode.getInstance())).isEqualTo(JsonValue.nullValue());
    assertThat(JsonValues.fromNode(NODES.objectNode().path("absent")))
        .isEqualTo(JsonValue.nullValue());
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> JsonValues.fromNode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JsonValues.toNode(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void treesAreCopiesEachWay() {
    ObjectNode tree = NODES.objectNode();
    tree.put("state", "办理中").putArray("steps").add("交办");
    JsonValue value = JsonValues.fromNode(tree);
    // changing the tree afterwards does not change the value
    tree.put("state", "已办结");
    ((ArrayNode) tree.get("steps")).add("办理");
    assertThat(value).isEqualTo(JsonFixtures.object("state", JsonValue.of("办理中"),
        "steps", JsonValue.array(JsonValue.of("交办"))));
    // each toNode is a new tree the caller may change
    JsonNode first = JsonValues.toNode(value);
    JsonNode second = JsonValues.toNode(value);
    assertThat(first).isNotSameAs(second).isEqualTo(second);
    ((ObjectNode) first).put("state", "changed");
    ((ArrayNode) first.get("steps")).removeAll();
    assertThat(JsonValues.fromNode(second)).isEqualTo(value);
    assertThat(JsonValues.toNode(value)).isEqualTo(second);
  }
}
