package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.Module;
import dev.govreply.ReplyGenerators;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import dev.govreply.model.Session;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GovReplyModuleTest {

  private static final ReplyJson JSON = ReplyJson.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new GovReplyModule());

  /** A user's DTO holding a small value and a reply. */
  record Filing(DocumentNumber number, Session session, Reply reply) {}

  /** A user's DTO with small values as map keys. */
  record Index(Map<DocumentNumber, String> titles) {}

  @Test
  void writesTheSameBytesAsReplyJson() throws Exception {
    Reply reply = JsonFixtures.small();
    assertThat(MAPPER.writeValueAsBytes(reply)).isEqualTo(JSON.write(reply));
    assertThat(MAPPER.readValue(JSON.write(reply), Reply.class)).isEqualTo(reply);
  }

  @Test
  void generatedRepliesRoundTripThroughTheMapper() {
    qt().withExamples(200).forAll(ReplyGenerators.replies()).checkAssert(r -> {
      try {
        byte[] bytes = MAPPER.writeValueAsBytes(r);
        assertThat(bytes).isEqualTo(JSON.write(r));
        assertThat(MAPPER.readValue(bytes, Reply.class)).isEqualTo(r);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void surrogatesAndControlsAreWrittenAsReplyJsonWritesThem() throws Exception {
    Reply reply = Reply.builder().title("𠀀\t\u0001\"\\ 😀 x\ud800 \udc00y")
        .putExtension("键𠀀\u001f", ExtensionValue.of("😀"))
        .putExtension("lone", ExtensionValue.of("\ud800"))
        .putExtension("nested", JsonFixtures.object("\ud83d\ude00", ExtensionValue.array(
            ExtensionValue.of("\udc00"), ExtensionValue.of("a\ud800b"))))
        .build();
    byte[] expected = JSON.write(reply);
    assertThat(new String(expected, java.nio.charset.StandardCharsets.UTF_8)).contains("𠀀\\t\\u0001");
    assertThat(MAPPER.writeValueAsBytes(reply)).isEqualTo(expected);
    assertThat(MAPPER.writeValueAsString(reply)).isEqualTo(JSON.writeString(reply));
    assertThat(MAPPER.readValue(expected, Reply.class)).isEqualTo(reply);
  }

  @Test
  void extensionNumbersAreWrittenAsReplyJsonWritesThem() throws Exception {
    Reply reply = Reply.builder()
        .putExtension("int", ExtensionValue.of(5))
        .putExtension("half", ExtensionValue.of(new BigDecimal("0.5")))
        .putExtension("exp", ExtensionValue.of(new BigDecimal("1.25e3")))
        .putExtension("huge", ExtensionValue.of(new BigDecimal("1e400")))
        .putExtension("scaled", ExtensionValue.of(new BigDecimal("1250.0")))
        .putExtension("digits", ExtensionValue.of(new BigDecimal(
            new BigInteger("123456789012345678901234567890123456789"), 20)))
        .putExtension("double", ExtensionValue.of(0.1))
        .build();
    byte[] expected = JSON.write(reply);
    assertThat(new String(expected, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"format\":\"govreply/1\",\"extensions\":{\"int\":5,\"half\":0.5,"
            + "\"exp\":1.25E+3,\"huge\":1E+400,\"scaled\":1250.0,"
            + "\"digits\":1234567890123456789.01234567890123456789,\"double\":0.1}}");
    assertThat(MAPPER.writeValueAsBytes(reply)).isEqualTo(expected);
    Reply again = MAPPER.readValue(expected, Reply.class);
    assertThat(again).isEqualTo(reply);
    // the mapper's own number settings do not apply inside a reply: every digit and scale is kept
    ObjectMapper doubles = new ObjectMapper().registerModule(new GovReplyModule())
        .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    assertThat(doubles.readValue(expected, Reply.class)).isEqualTo(reply);
    assertThat(MAPPER.writeValueAsBytes(again)).isEqualTo(expected);
  }

  @Test
  void jacksonTreesBecomeExtensionsThroughExtensionNodes() throws Exception {
    JsonNode tree = MAPPER.readTree("{\"ledgerId\":\"PJ-2024-JY-241\",\"steps\":[\"交办\",true,null,7]}");
    Reply reply = Reply.builder().putExtension("legacy", ExtensionNodes.fromNode(tree)).build();
    String json = MAPPER.writeValueAsString(reply);
    assertThat(json).isEqualTo("{\"format\":\"govreply/1\",\"extensions\":{\"legacy\":"
        + MAPPER.writeValueAsString(tree) + "}}");
    Reply again = MAPPER.readValue(json, Reply.class);
    JsonNode back = ExtensionNodes.toNode(again.extensions().get("legacy"));
    // the number comes back as a DecimalNode: the same JSON, not the same node class
    assertThat(MAPPER.writeValueAsString(back)).isEqualTo(MAPPER.writeValueAsString(tree));
    assertThat(back.get("steps").get(3).decimalValue()).isEqualTo(new BigDecimal("7"));
  }

  /** A user's own type with a JSON value of the model. */
  record Workflow(String id, ExtensionValue state) {}

  @Test
  void dtosWithExtensionNodesRoundTripAsExtensionsAre() throws Exception {
    ExtensionValue state = ExtensionValue.object(Map.of("steps",
        ExtensionValue.array(ExtensionValue.of("交办"), ExtensionValue.of(new BigDecimal("1.25e3")),
            ExtensionValue.of(true), ExtensionValue.nullValue())));
    Workflow w = new Workflow("PJ-241", state);
    String json = MAPPER.writeValueAsString(w);
    assertThat(json).isEqualTo(
        "{\"id\":\"PJ-241\",\"state\":{\"steps\":[\"交办\",1.25E+3,true,null]}}");
    assertThat(MAPPER.readValue(json, Workflow.class)).isEqualTo(w);
    // JSON null is the null value, as Jackson reads null into a JsonNode as a NullNode
    assertThat(MAPPER.readValue("{\"id\":\"x\",\"state\":null}", Workflow.class).state())
        .isEqualTo(ExtensionValue.nullValue());
    Workflow none = new Workflow("x", ExtensionValue.nullValue());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(none), Workflow.class)).isEqualTo(none);
    assertThat(MAPPER.readValue("[1,null]", new TypeReference<List<ExtensionValue>>() { }))
        .containsExactly(ExtensionValue.of(1), ExtensionValue.nullValue());
    assertThat(MAPPER.readValue("{\"id\":\"x\",\"state\":[null]}", Workflow.class).state())
        .isEqualTo(ExtensionValue.array(ExtensionValue.nullValue()));
    // what a reply's extensions refuse, a user's type refuses too, naming where
    assertThatThrownBy(() -> MAPPER.readValue("{\"id\":\"x\",\"state\":{\"a\":1,\"a\":2}}",
        Workflow.class)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("duplicate property");
    assertThatThrownBy(() -> MAPPER.writeValueAsString(new Workflow("x",
        ExtensionValue.of(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE)))))
        .isInstanceOf(JsonMappingException.class).hasMessageContaining("/state")
        .hasMessageContaining("exponent");
  }

  /** A user's own type with values of one kind. */
  record Typed(ExtensionValue.JsonObject state, ExtensionValue.JsonString note) {}

  @Test
  void fieldsTypedWithOneKindAreReadAsThatKindOrRefused() throws Exception {
    Typed t = new Typed(ExtensionValue.object(Map.of("a", ExtensionValue.of("b"))),
        ExtensionValue.of("n"));
    String json = MAPPER.writeValueAsString(t);
    assertThat(json).isEqualTo("{\"state\":{\"a\":\"b\"},\"note\":\"n\"}");
    assertThat(MAPPER.readValue(json, Typed.class)).isEqualTo(t);
    assertThatThrownBy(() -> MAPPER.readValue("{\"state\":[1],\"note\":\"n\"}", Typed.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("expected an object, found an array");
    assertThat(MAPPER.readValue("{\"note\":null}", Typed.class).note()).isNull();
  }

  @Test
  void extensionNumbersIgnoreTheMappersBigDecimalFeatures() throws Exception {
    ObjectMapper plain = new ObjectMapper().registerModule(new GovReplyModule())
        .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    Reply reply = Reply.builder().putExtension("n", ExtensionValue.of(new BigDecimal("1E+2")))
        .build();
    assertThat(plain.writeValueAsBytes(reply)).isEqualTo(JSON.write(reply));
    assertThat(plain.readValue(plain.writeValueAsBytes(reply), Reply.class)).isEqualTo(reply);
  }

  @Test
  void dtosWithSmallValuesRoundTrip() throws Exception {
    Filing filing = new Filing(DocumentNumber.of("平政字", 2024, 12),
        Session.parse("岳阳市九届人大四次会议"), JsonFixtures.small());
    String json = MAPPER.writeValueAsString(filing);
    assertThat(json).startsWith("{\"number\":\"平政字〔2024〕12号\",\"session\":\"岳阳市九届人大四次会议\","
        + "\"reply\":{\"format\":\"govreply/1\"");
    assertThat(MAPPER.readValue(json, Filing.class)).isEqualTo(filing);

    Index index = new Index(Map.of(DocumentNumber.of("平政字", 2024, 12), "答复"));
    String indexJson = MAPPER.writeValueAsString(index);
    assertThat(indexJson).isEqualTo("{\"titles\":{\"平政字〔2024〕12号\":\"答复\"}}");
    assertThat(MAPPER.readValue(indexJson, Index.class)).isEqualTo(index);
  }

  @Test
  void malformedSmallValuesAreInvalidFormat() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"number\":\"平政字2024号\"}", Filing.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("平政字2024号")
        .hasMessageContaining("no year in brackets");
    assertThatThrownBy(() -> MAPPER.readValue("{\"number\":12}", Filing.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void replyErrorsCarryThePointer() {
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"reply\":{\"format\":\"govreply/1\",\"bogus\":1}}", Filing.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("unknown property \"bogus\" in a reply")
        .hasMessageContaining("line: 1, column: 42")
        .satisfies(e -> assertThat(((JsonMappingException) e).getPath())
            .extracting(r -> r.getFieldName()).containsExactly("reply", "bogus"));
  }

  @Test
  void unknownPropertiesOfAReplyAreRefusedWhateverTheMappersSetting() {
    // Spring Boot's mappers ignore unknown properties; a misspelt reply property is not dropped
    ObjectMapper lenient = new ObjectMapper().registerModule(new GovReplyModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThatThrownBy(() -> lenient.readValue("{\"format\":\"govreply/1\",\"body\":{"
        + "\"measures\":[{\"ordinal\":1,\"paragraph\":[\"x\"]}]}}", Reply.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("unknown property \"paragraph\" in a measure");
  }

  @Test
  void aNamingStrategyLeavesTheFormatsNamesAsTheyAre() throws Exception {
    ObjectMapper snake = new ObjectMapper().registerModule(new GovReplyModule())
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
    Reply reply = JsonFixtures.small();
    assertThat(snake.writeValueAsBytes(reply)).isEqualTo(JSON.write(reply));
    assertThat(snake.readValue(JSON.write(reply), Reply.class)).isEqualTo(reply);
  }

  /** A user's own String deserializer, as many applications register to trim input. */
  private static final class Trimming extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<String> {
    private static final long serialVersionUID = 1L;

    Trimming() {
      super(String.class);
    }

    @Override
    public String deserialize(com.fasterxml.jackson.core.JsonParser p,
        com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
      return p.getValueAsString().trim();
    }
  }

  @Test
  void theMappersOwnSerializersAndSettingsNeverReachTheFormat() throws Exception {
    Reply reply = Reply.builder().issuer(" 平江县 ").addCopyTo("县政府办").title("关于𠀀的答复")
        .addressee(dev.govreply.model.Addressee.builder().addName("张亮").build()).build();
    byte[] canonical = JSON.write(reply);
    ObjectMapper custom = new ObjectMapper().registerModule(new GovReplyModule())
        .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
            .addDeserializer(String.class, new Trimming()))
        .enable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
        .enable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING)
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
        .disable(com.fasterxml.jackson.databind.MapperFeature.DEFAULT_VIEW_INCLUSION);
    assertThat(custom.writeValueAsBytes(reply)).isEqualTo(canonical);
    assertThat(custom.writerWithView(String.class).writeValueAsBytes(reply)).isEqualTo(canonical);
    assertThat(custom.readValue(canonical, Reply.class)).isEqualTo(reply);
    assertThat(custom.readerWithView(String.class).forType(Reply.class)
        .<Reply>readValue(canonical)).isEqualTo(reply);
  }

  @Test
  void theMappersLenientSettingsDoNotLoosenTheFormat() {
    ObjectMapper lenient = new ObjectMapper().registerModule(new GovReplyModule())
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES);
    String f = "{\"format\":\"govreply/1\",";
    for (String json : List.of(f + "\"copyTo\":\"x\"}", f + "\"issuer\":[\"x\"]}",
        f + "\"ISSUER\":\"x\"}", f + "\"motion\":\"\"}", "\"\"", f + "\"issuer\":5}",
        f + "\"body\":{\"measures\":[{\"ordinal\":\"1\"}]}}")) {
      assertThatThrownBy(() -> lenient.readValue(json, Reply.class)).as(json)
          .isInstanceOf(JsonMappingException.class);
    }
  }

  public record Holder(String name, Reply reply) {}

  private static Reply astralWithNumbers() {
    return Reply.builder().issuer("平江县人民政府").title("关于𠀀的答复")
        .putExtension("i", ExtensionValue.of(42))
        .putExtension("n", ExtensionValue.of(new BigDecimal("12345678901234567890123.5")))
        .putExtension("e", ExtensionValue.of(new BigDecimal("1.25E+3"))).build();
  }

  @Test
  void convertValueAndTreesKeepEveryCharacterAndNumber() {
    Holder holder = new Holder("x", astralWithNumbers());
    assertThat(MAPPER.convertValue(holder, Holder.class)).isEqualTo(holder);
    assertThat(MAPPER.convertValue(List.of(holder.reply()), new TypeReference<List<Reply>>() {}))
        .containsExactly(holder.reply());
    JsonNode tree = MAPPER.valueToTree(holder);
    assertThat(tree.get("reply").get("title").textValue()).isEqualTo("关于𠀀的答复");
    assertThat(tree.get("reply").get("extensions").get("i").isIntegralNumber()).isTrue();
    assertThat(MAPPER.convertValue(tree, Holder.class)).isEqualTo(holder);
  }

  @Test
  void aReplyDeepInAUsersDocumentCountsItsDepthFromItself() throws Exception {
    ExtensionValue deep = ExtensionValue.of("leaf");
    for (int i = 0; i < 60; i++) {
      deep = ExtensionValue.array(deep);
    }
    Holder holder = new Holder("x", Reply.builder().putExtension("deep", deep).build());
    List<List<Holder>> nested = List.of(List.of(holder));
    byte[] json = MAPPER.writeValueAsBytes(nested);
    assertThat(MAPPER.readValue(json, new TypeReference<List<List<Holder>>>() {}))
        .isEqualTo(nested);
  }

  @Test
  void writingManyRepliesDoesNotFlushTheUsersStream() throws Exception {
    int[] flushes = {0};
    java.io.OutputStream out = new java.io.ByteArrayOutputStream() {
      @Override
      public void flush() {
        flushes[0]++;
      }
    };
    MAPPER.writeValue(out, java.util.Collections.nCopies(100, JsonFixtures.small()));
    assertThat(flushes[0]).isLessThanOrEqualTo(1);
  }

  @Test
  void underDefaultTypingAReplyRoundTrips() throws Exception {
    ObjectMapper typed = new ObjectMapper().registerModule(new GovReplyModule())
        .activateDefaultTyping(com.fasterxml.jackson.databind.jsontype.impl
            .LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
    Map<String, Object> payload = new java.util.LinkedHashMap<>();
    payload.put("reply", JsonFixtures.small());
    String json = typed.writeValueAsString(payload);
    Map<String, Object> again = typed.readValue(json, new TypeReference<Map<String, Object>>() {});
    assertThat(again.get("reply")).isEqualTo(JsonFixtures.small());
  }

  @Test
  void anEscapingMapperEscapesTheReplyItsWay() throws Exception {
    ObjectMapper escaping = new ObjectMapper().registerModule(new GovReplyModule())
        .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    Reply reply = astralWithNumbers();
    String json = escaping.writeValueAsString(reply);
    assertThat(json).doesNotContain("平").contains("\\u5E73");
    byte[] bytes = escaping.writeValueAsBytes(reply);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII)).doesNotContain("?");
    assertThat(escaping.readValue(bytes, Reply.class)).isEqualTo(reply);
  }

  @Test
  void isFoundByFindAndRegisterModules() throws Exception {
    List<Module> modules = ObjectMapper.findModules();
    assertThat(modules).anyMatch(m -> m instanceof GovReplyModule);
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.writeValueAsBytes(JsonFixtures.small())).isEqualTo(JSON.write(JsonFixtures.small()));
    assertThat(found.getRegisteredModuleIds()).isNotEmpty();
  }

  @Test
  void customLimitsApply() {
    ObjectMapper strict = new ObjectMapper().registerModule(
        new GovReplyModule(ReplyJson.builder().maxStringLength(5).build()));
    assertThatThrownBy(() -> strict.readValue("{\"format\":\"govreply/1\",\"issuer\":\"123456\"}",
        Reply.class)).hasMessageContaining("maxStringLength (5)");
    assertThat(new GovReplyModule().getModuleName()).isEqualTo("govreply");
  }
}
