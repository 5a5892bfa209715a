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
import dev.govreply.model.ExtensionValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ExtensionNodes}: conversions between {@link ExtensionValue}s and Jackson 2 trees. */
class ExtensionNodesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A mapper whose trees keep every digit and the scale of numbers. */
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Values of each kind. */
  static Stream<ExtensionValue> values() {
    return Stream.of(
        ExtensionValue.of("平江县人民政府"),
        ExtensionValue.of(""),
        ExtensionValue.of("𠀀 \"q\" \\ \t \u0001"),
        ExtensionValue.of("x\ud800y\udc00"),
        ExtensionValue.of(true),
        ExtensionValue.of(false),
        ExtensionValue.nullValue(),
        ExtensionValue.of(0),
        ExtensionValue.of(-42),
        ExtensionValue.of(Long.MAX_VALUE),
        ExtensionValue.of(new BigDecimal("18446744073709551616")),
        ExtensionValue.of(0.1),
        ExtensionValue.of(-1.5),
        ExtensionValue.of(new BigDecimal("2.50")),
        ExtensionValue.of(new BigDecimal("1250.0")),
        ExtensionValue.of(new BigDecimal("1.25E+3")),
        ExtensionValue.of(new BigDecimal("1E+400")),
        ExtensionValue.of(new BigDecimal("-7E-999999999")),
        ExtensionValue.of(new BigDecimal("0.10000000000000000000000000000000000000001")),
        ExtensionValue.array(),
        ExtensionValue.array(ExtensionValue.of(1), ExtensionValue.of("二"), ExtensionValue.nullValue(),
            ExtensionValue.array(ExtensionValue.of(true))),
        ExtensionValue.object(Map.of()),
        JsonFixtures.object("z", ExtensionValue.of(1), "a", JsonFixtures.object("", ExtensionValue.of(false)),
            "m", ExtensionValue.array(ExtensionValue.of(new BigDecimal("3.000")))));
  }

  @ParameterizedTest
  @MethodSource("values")
  void everyKindRoundTrips(ExtensionValue value) throws Exception {
    JsonNode node = ExtensionNodes.toNode(value);
    assertThat(ExtensionNodes.fromNode(node)).isEqualTo(value);
    // and through Jackson's JSON text, read with exact decimals
    assertThat(ExtensionNodes.fromNode(EXACT.readTree(MAPPER.writeValueAsString(node))))
        .isEqualTo(value);
  }

  @Test
  void eachKindBecomesItsNodeType() {
    assertThat(ExtensionNodes.toNode(ExtensionValue.of("s"))).isEqualTo(TextNode.valueOf("s"));
    assertThat(ExtensionNodes.toNode(ExtensionValue.of(true))).isEqualTo(BooleanNode.TRUE);
    assertThat(ExtensionNodes.toNode(ExtensionValue.of(false))).isEqualTo(BooleanNode.FALSE);
    assertThat(ExtensionNodes.toNode(ExtensionValue.nullValue())).isEqualTo(NullNode.getInstance());
    assertThat(ExtensionNodes.toNode(ExtensionValue.of(5)).getNodeType()).isEqualTo(JsonNodeType.NUMBER);
    assertThat(ExtensionNodes.toNode(ExtensionValue.of(5)).decimalValue()).isEqualTo(new BigDecimal("5"));
    assertThat(ExtensionNodes.toNode(ExtensionValue.array()).getNodeType())
        .isEqualTo(JsonNodeType.ARRAY);
    assertThat(ExtensionNodes.toNode(ExtensionValue.object(Map.of())).getNodeType())
        .isEqualTo(JsonNodeType.OBJECT);

    assertThat(ExtensionNodes.fromNode(TextNode.valueOf("s"))).isEqualTo(ExtensionValue.of("s"));
    assertThat(ExtensionNodes.fromNode(BooleanNode.TRUE)).isEqualTo(ExtensionValue.of(true));
    assertThat(ExtensionNodes.fromNode(BooleanNode.FALSE)).isEqualTo(ExtensionValue.of(false));
    assertThat(ExtensionNodes.fromNode(NullNode.getInstance())).isEqualTo(ExtensionValue.nullValue());
    assertThat(ExtensionNodes.fromNode(NODES.arrayNode())).isEqualTo(ExtensionValue.array());
    assertThat(ExtensionNodes.fromNode(NODES.objectNode())).isEqualTo(ExtensionValue.object(Map.of()));
  }

  @Test
  void nestedTreesConvertDeeplyAndKeepMemberOrder() throws Exception {
    String json = "{\"z\":{\"b\":[1,\"二\",null,true,{\"\":false}],\"a\":{}},\"a\":\"𠀀\","
        + "\"n\":-2.5}";
    JsonNode tree = MAPPER.readTree(json);
    ExtensionValue value = ExtensionNodes.fromNode(tree);
    assertThat(value).isEqualTo(JsonFixtures.object(
        "z", JsonFixtures.object(
            "b", ExtensionValue.array(ExtensionValue.of(1), ExtensionValue.of("二"), ExtensionValue.nullValue(),
                ExtensionValue.of(true), JsonFixtures.object("", ExtensionValue.of(false))),
            "a", ExtensionValue.object(Map.of())),
        "a", ExtensionValue.of("𠀀"),
        "n", ExtensionValue.of(new BigDecimal("-2.5"))));
    assertThat(((ExtensionValue.JsonObject) value).members().keySet()).containsExactly("z", "a", "n");
    JsonNode back = ExtensionNodes.toNode(value);
    List<String> names = new ArrayList<>();
    back.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("z", "a", "n");
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void numbersKeepEveryDigitAndTheirScale() throws Exception {
    assertThat(ExtensionNodes.fromNode(IntNode.valueOf(42))).isEqualTo(ExtensionValue.of(42));
    assertThat(ExtensionNodes.fromNode(ShortNode.valueOf((short) -7))).isEqualTo(ExtensionValue.of(-7));
    assertThat(ExtensionNodes.fromNode(LongNode.valueOf(Long.MIN_VALUE)))
        .isEqualTo(ExtensionValue.of(Long.MIN_VALUE));
    BigInteger big = new BigInteger("123456789012345678901234567890123456789012345678901234567890");
    assertThat(ExtensionNodes.fromNode(BigIntegerNode.valueOf(big)))
        .isEqualTo(ExtensionValue.of(new BigDecimal(big)));
    // a DecimalNode keeps its scale: 2.50 is not 2.5, 1250.0 is not 1.25E+3
    assertThat(ExtensionNodes.fromNode(DecimalNode.valueOf(new BigDecimal("2.50"))))
        .isEqualTo(ExtensionValue.of(new BigDecimal("2.50")))
        .isNotEqualTo(ExtensionValue.of(new BigDecimal("2.5")));
    assertThat(ExtensionNodes.fromNode(DecimalNode.valueOf(new BigDecimal("1.25E+3"))).toString())
        .isEqualTo("1.25E+3");
    assertThat(ExtensionNodes.fromNode(DecimalNode.valueOf(new BigDecimal("1E+400"))).toString())
        .isEqualTo("1E+400");
    String digits = "0.1000000000000000000000000000000000000000000000000000000000000000000000001";
    assertThat(ExtensionNodes.fromNode(DecimalNode.valueOf(new BigDecimal(digits))).toString())
        .isEqualTo(digits);
    // a double converts as Double.toString prints it
    assertThat(ExtensionNodes.fromNode(DoubleNode.valueOf(0.1))).isEqualTo(ExtensionValue.of(0.1));
    assertThat(ExtensionNodes.fromNode(DoubleNode.valueOf(1250.0)).toString()).isEqualTo("1250.0");
    assertThat(ExtensionNodes.fromNode(DoubleNode.valueOf(1e300)).toString()).isEqualTo("1.0E+300");
    assertThat(ExtensionNodes.fromNode(FloatNode.valueOf(1.5f))).isEqualTo(ExtensionValue.of(1.5));

    // the other way: every digit and the scale reach the node and Jackson's output
    for (String n : List.of("2.50", "1250.0", "1.25E+3", "1E+400", "-7E-999999999", digits,
        "123456789012345678901234567890")) {
      JsonNode node = ExtensionNodes.toNode(ExtensionValue.of(new BigDecimal(n)));
      assertThat(node.isNumber()).as(n).isTrue();
      assertThat(node.decimalValue()).as(n).isEqualTo(new BigDecimal(n));
      assertThat(MAPPER.writeValueAsString(node)).as(n).isEqualTo(new BigDecimal(n).toString());
    }
  }

  @Test
  void treesReadWithBigDecimalsKeepTheNumbersAsWritten() throws Exception {
    ExtensionValue value = ExtensionNodes.fromNode(EXACT.readTree(
        "[5,2.50,1.25e3,1e400,0.10000000000000000001,18446744073709551616]"));
    assertThat(value).isEqualTo(ExtensionValue.array(ExtensionValue.of(5),
        ExtensionValue.of(new BigDecimal("2.50")), ExtensionValue.of(new BigDecimal("1.25E+3")),
        ExtensionValue.of(new BigDecimal("1E+400")),
        ExtensionValue.of(new BigDecimal("0.10000000000000000001")),
        ExtensionValue.of(new BigDecimal("18446744073709551616"))));
    // a default mapper reads 1e400 as an infinite double, which JSON cannot hold
    assertThatThrownBy(() -> ExtensionNodes.fromNode(MAPPER.readTree("[1e400]")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
  }

  @Test
  void aBinaryNodeBecomesItsBase64Text() throws Exception {
    byte[] bytes = {1, 2, 3, (byte) 0xff, 0, (byte) 0x80};
    BinaryNode node = BinaryNode.valueOf(bytes);
    ExtensionValue value = ExtensionNodes.fromNode(node);
    assertThat(value).isEqualTo(ExtensionValue.of("AQID/wCA"));
    // as Jackson writes the node
    assertThat(MAPPER.writeValueAsString(node)).isEqualTo("\"AQID/wCA\"");
    assertThat(ExtensionNodes.fromNode(BinaryNode.valueOf(new byte[0]))).isEqualTo(ExtensionValue.of(""));
    ArrayNode inside = NODES.arrayNode().add(new byte[] {(byte) 0xfb});
    assertThat(ExtensionNodes.fromNode(inside)).isEqualTo(ExtensionValue.array(ExtensionValue.of("+w==")));
    // and back it is a string, not bytes
    assertThat(ExtensionNodes.toNode(value)).isEqualTo(TextNode.valueOf("AQID/wCA"));
  }

  @Test
  void pojoNodesAndNonFiniteNumbersAreRefused() {
    assertThatThrownBy(() -> ExtensionNodes.fromNode(new POJONode(new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POJO");
    for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> ExtensionNodes.fromNode(DoubleNode.valueOf(d))).as("%s", d)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(d));
    }
    assertThatThrownBy(() -> ExtensionNodes.fromNode(FloatNode.valueOf(Float.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExtensionNodes.fromNode(FloatNode.valueOf(Float.NEGATIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class);
    // also deep inside a tree
    ObjectNode tree = NODES.objectNode();
    tree.putArray("a").add(1).addPOJO(new Object());
    assertThatThrownBy(() -> ExtensionNodes.fromNode(tree))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POJO");
    ObjectNode nan = NODES.objectNode();
    nan.putObject("o").put("x", Double.NaN);
    assertThatThrownBy(() -> ExtensionNodes.fromNode(nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
  }

  /** A missing node says a value is absent, which a JSON null does not: it is refused. */
  @Test
  void aMissingNodeIsRefusedAndAJsonNullIsTheNullValue() {
    assertThatThrownBy(() -> ExtensionNodes.fromNode(MissingNode.getInstance()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing node");
    assertThatThrownBy(() -> ExtensionNodes.fromNode(NODES.objectNode().path("absent")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ExtensionNodes.fromNode(NODES.nullNode())).isEqualTo(ExtensionValue.nullValue());
  }

  /** An integer becomes the integer node Jackson reads it as; other numbers a DecimalNode. */
  @Test
  void numbersBecomeTheNodesJacksonReadsThemAs() throws Exception {
    for (String json : List.of("5", "-7", "1099511627776", "123456789012345678901234567890")) {
      JsonNode node = ExtensionNodes.toNode(ExtensionValue.of(new BigDecimal(json)));
      assertThat(node).as(json).isEqualTo(MAPPER.readTree(json));
      assertThat(ExtensionNodes.fromNode(node)).isEqualTo(ExtensionValue.of(new BigDecimal(json)));
    }
    JsonNode cents = ExtensionNodes.toNode(ExtensionValue.of(new BigDecimal("1.50")));
    assertThat(cents.isBigDecimal()).isTrue();
    assertThat(cents.decimalValue().scale()).isEqualTo(2);
    assertThat(ExtensionNodes.toNode(ExtensionValue.of(new BigDecimal("1E+2"))).isBigDecimal())
        .as("1E+2 has scale -2: not an integer node, which would read back as 100").isTrue();
  }

  /** A float keeps its own digits, not those of the double it widens to. */
  @Test
  void aFloatKeepsItsOwnDigits() {
    assertThat(ExtensionNodes.fromNode(FloatNode.valueOf(0.1f)))
        .isEqualTo(ExtensionValue.of(new BigDecimal("0.1")));
    assertThat(ExtensionValue.of(0.1f)).hasToString("0.1");
    assertThatThrownBy(() -> ExtensionValue.of(Float.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> ExtensionNodes.fromNode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ExtensionNodes.toNode(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void treesAreCopiesEachWay() {
    ObjectNode tree = NODES.objectNode();
    tree.put("state", "办理中").putArray("steps").add("交办");
    ExtensionValue value = ExtensionNodes.fromNode(tree);
    // changing the tree afterwards does not change the value
    tree.put("state", "已办结");
    ((ArrayNode) tree.get("steps")).add("办理");
    assertThat(value).isEqualTo(JsonFixtures.object("state", ExtensionValue.of("办理中"),
        "steps", ExtensionValue.array(ExtensionValue.of("交办"))));
    // each toNode is a new tree the caller may change
    JsonNode first = ExtensionNodes.toNode(value);
    JsonNode second = ExtensionNodes.toNode(value);
    assertThat(first).isNotSameAs(second).isEqualTo(second);
    ((ObjectNode) first).put("state", "changed");
    ((ArrayNode) first.get("steps")).removeAll();
    assertThat(ExtensionNodes.fromNode(second)).isEqualTo(value);
    assertThat(ExtensionNodes.toNode(value)).isEqualTo(second);
  }
}
