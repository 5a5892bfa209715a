package dev.govreply.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.govreply.ReplyGenerators;
import dev.govreply.json.GovReplyJackson3Module;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * govreply on Jackson 3 alone: this class runs in the build's {@code jackson3-only} execution,
 * whose class path holds Jackson 3 databind and no Jackson 2 databind or core (see the POM). Every
 * golden document read and written by a Jackson 3 mapper with {@link GovReplyJackson3Module}
 * gives the golden bytes {@code ReplyJson} wrote; generated replies round-trip; errors name the
 * value.
 */
class Jackson3ModuleTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new GovReplyJackson3Module()).build();
  /** ReplyJson's pretty form: two spaces, {@code "a": 1}, empty containers as {} and []. */
  private static final PrettyPrinter PRETTY;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  @Test
  void theClassPathHoldsNoJackson2Databind() {
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.core.JsonFactory"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  static Stream<Path> goldenDocuments() throws IOException {
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldenDocuments")
  void everyGoldenDocumentIsReadAndWrittenToTheSameBytes(Path file) throws IOException {
    String golden = Files.readString(file, StandardCharsets.UTF_8);
    Reply reply = MAPPER.readValue(golden, Reply.class);
    assertThat(MAPPER.writer().with(PRETTY).writeValueAsString(reply) + "\n").isEqualTo(golden);
    byte[] compact = MAPPER.writeValueAsBytes(reply);
    assertThat(MAPPER.readValue(compact, Reply.class)).isEqualTo(reply);
  }

  @Test
  void generatedRepliesRoundTripDeterministically() {
    qt().withExamples(500).forAll(ReplyGenerators.replies()).checkAssert(r -> {
      byte[] json = MAPPER.writeValueAsBytes(r);
      assertThat(MAPPER.readValue(json, Reply.class)).isEqualTo(r);
      assertThat(MAPPER.writeValueAsBytes(r)).isEqualTo(json);
    });
  }

  @Test
  void isFoundByFindAndAddModules() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Reply reply = Reply.builder().issuer("平江县人民政府").title("关于𠀀的答复").build();
    assertThat(found.writeValueAsBytes(reply)).isEqualTo(MAPPER.writeValueAsBytes(reply));
    assertThat(new String(MAPPER.writeValueAsBytes(reply), StandardCharsets.UTF_8))
        .isEqualTo("{\"format\":\"govreply/1\",\"issuer\":\"平江县人民政府\",\"title\":\"关于𠀀的答复\"}");
  }

  @Test
  void errorsNameTheValueWithTheReasonInTheFormatsWords() {
    String json = "{\"format\":\"govreply/1\",\"body\":{\"measures\":[{\"ordinal\":0}]}}";
    assertThatThrownBy(() -> MAPPER.readValue(json, Reply.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("must be 1 or more, got 0")
        .satisfies(e -> assertThat(((JacksonException) e).getPath())
            .extracting(r -> r.getPropertyName() != null ? r.getPropertyName()
                : (Object) r.getIndex())
            .containsExactly("body", "measures", 0, "ordinal"));
    assertThatThrownBy(() -> MAPPER.readValue("{\"format\":\"govreply/2\"}", Reply.class))
        .hasMessageStartingWith("document is govreply/2, this library reads govreply/1");
    assertThatThrownBy(() -> MAPPER.readValue("{\"format\":\"govreply/1\",\"title\":null}",
        Reply.class)).isInstanceOf(DatabindException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"format\":\"govreply/1\",\"date\":\"2021-02-30\"}",
        Reply.class)).hasMessageStartingWith("invalid date \"2021-02-30\"");
  }

  @Test
  void unknownPropertiesAreRefusedWhateverTheMappersSetting() {
    JsonMapper lenient = JsonMapper.builder().addModule(new GovReplyJackson3Module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThatThrownBy(() -> lenient.readValue("{\"format\":\"govreply/1\",\"contacts\":[{"
        + "\"role\":\"HANDLER\",\"name\":\"何勇\",\"phon\":\"0730-1234567\"}]}", Reply.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageStartingWith("unknown property \"phon\" in a contact");
  }

  @Test
  void aNamingStrategyLeavesTheFormatsNamesAsTheyAre() {
    JsonMapper snake = JsonMapper.builder().addModule(new GovReplyJackson3Module())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    Reply reply = Reply.builder().documentNumber(DocumentNumber.parse("平政字〔2024〕12号")).build();
    assertThat(snake.writeValueAsBytes(reply)).isEqualTo(MAPPER.writeValueAsBytes(reply));
    assertThat(snake.readValue(MAPPER.writeValueAsBytes(reply), Reply.class)).isEqualTo(reply);
  }

  @Test
  void theMappersOwnSerializersAndSettingsNeverReachTheFormat() {
    Reply reply = Reply.builder().issuer(" 平江县 ").addCopyTo("县政府办").build();
    byte[] canonical = MAPPER.writeValueAsBytes(reply);
    JsonMapper custom = JsonMapper.builder().addModule(new GovReplyJackson3Module())
        .addModule(new tools.jackson.databind.module.SimpleModule().addDeserializer(String.class,
            new tools.jackson.databind.deser.std.StdScalarDeserializer<String>(String.class) {
              @Override
              public String deserialize(tools.jackson.core.JsonParser p,
                  tools.jackson.databind.DeserializationContext ctxt) {
                return p.getValueAsString().trim();
              }
            }))
        .enable(tools.jackson.databind.SerializationFeature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .build();
    assertThat(custom.writeValueAsBytes(reply)).isEqualTo(canonical);
    assertThat(custom.readValue(canonical, Reply.class)).isEqualTo(reply);
    String f = "{\"format\":\"govreply/1\",";
    for (String json : List.of(f + "\"copyTo\":\"x\"}", f + "\"issuer\":[\"x\"]}",
        f + "\"ISSUER\":\"x\"}", f + "\"issuer\":5}")) {
      assertThatThrownBy(() -> custom.readValue(json, Reply.class)).as(json)
          .isInstanceOf(DatabindException.class);
    }
  }

  record Holder(String name, Reply reply) {}

  @Test
  void aReplyInsideAUsersDocumentIsReadWrittenAndConverted() {
    Reply reply = Reply.builder().issuer("平江县人民政府").title("关于𠀀的答复")
        .putExtension("i", ExtensionValue.of(42))
        .putExtension("n", ExtensionValue.of(new BigDecimal("12345678901234567890123.5"))).build();
    Holder holder = new Holder("x", reply);
    Map<String, List<Holder>> nested = Map.of("items", List.of(holder, holder));
    byte[] json = MAPPER.writeValueAsBytes(nested);
    assertThat(MAPPER.readValue(json, new TypeReference<Map<String, List<Holder>>>() {}))
        .isEqualTo(nested);
    assertThat(MAPPER.convertValue(holder, Holder.class)).isEqualTo(holder);
    tools.jackson.databind.JsonNode tree = MAPPER.valueToTree(holder);
    assertThat(tree.get("reply").get("extensions").get("i").isIntegralNumber()).isTrue();
    assertThat(MAPPER.treeToValue(tree, Holder.class)).isEqualTo(holder);
  }

  record Filing(DocumentNumber number, ExtensionValue.JsonObject state,
      Map<DocumentNumber, String> notes) {}

  @Test
  void smallValuesAndExtensionValuesInUsersTypes() {
    Filing filing = new Filing(DocumentNumber.parse("平政字〔2024〕12号"),
        ExtensionValue.object(Map.of("n", ExtensionValue.of(new BigDecimal("1.25E+3")))),
        Map.of(DocumentNumber.parse("平政字〔2024〕13号"), "x"));
    String json = MAPPER.writeValueAsString(filing);
    assertThat(json).isEqualTo("{\"number\":\"平政字〔2024〕12号\",\"state\":{\"n\":1.25E+3},"
        + "\"notes\":{\"平政字〔2024〕13号\":\"x\"}}");
    assertThat(MAPPER.readValue(json, Filing.class)).isEqualTo(filing);
    assertThatThrownBy(() -> MAPPER.readValue("{\"state\":[1]}", Filing.class))
        .hasMessageStartingWith("expected an object, found an array");
    assertThat(MAPPER.readValue("[{\"a\":1,\"b\":[true,null]}]",
        new TypeReference<List<ExtensionValue>>() {}).get(0))
        .isEqualTo(ExtensionValue.object(Map.of("a", ExtensionValue.of(1),
            "b", ExtensionValue.array(List.of(ExtensionValue.of(true),
                ExtensionValue.nullValue())))));
    assertThatThrownBy(() -> MAPPER.readValue("{\"state\":{\"k\":1,\"k\":2}}", Filing.class))
        .hasMessageStartingWith("duplicate property \"k\"");
  }
}
