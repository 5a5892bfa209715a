package dev.govreply.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.govreply.model.Reply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyJsonTest {

  private static final ReplyJson JSON = ReplyJson.standard();
  private static final String F = "{\"format\":\"govreply/1\",";

  // ------------------------------------------------------------------------------ examples

  @Test
  void writesTheCanonicalForm() {
    assertThat(JSON.writeString(JsonFixtures.small())).isEqualTo(JsonFixtures.SMALL_JSON);
    assertThat(JSON.write(JsonFixtures.small())).isEqualTo(JsonFixtures.SMALL_JSON.getBytes(UTF_8));
  }

  @Test
  void readsTheCanonicalFormBack() {
    Reply reply = JsonFixtures.small();
    assertThat(JSON.read(JsonFixtures.SMALL_JSON)).isEqualTo(reply);
    assertThat(JSON.read(JsonFixtures.SMALL_JSON.getBytes(UTF_8))).isEqualTo(reply);
  }

  @Test
  void chineseIsWrittenAsUtf8NotEscaped() {
    String text = JSON.writeString(JsonFixtures.small());
    assertThat(text).doesNotContain("\\u").contains("平江县人民政府").contains("〔2024〕");
    assertThat(JSON.writePretty(JsonFixtures.small())).doesNotContain("\\u");
  }

  @Test
  void astralCharactersQuotesBackslashesAndControlsRoundTrip() {
    Reply reply = Reply.builder().title("𠀀“引号”\"q\" \\ back\\slash \t tab \u0001 \u2028 😀").build();
    byte[] bytes = JSON.write(reply);
    assertThat(new String(bytes, UTF_8))
        .contains("𠀀").contains("\\\"q\\\"").contains("\\\\ back").contains("\\t").contains("\\u0001");
    assertThat(JSON.read(bytes)).isEqualTo(reply);
  }

  @Test
  void theMinimalReplyIsJustTheFormat() {
    Reply empty = Reply.builder().build();
    assertThat(JSON.writeString(empty)).isEqualTo("{\"format\":\"govreply/1\"}");
    assertThat(JSON.read("{\"format\":\"govreply/1\"}")).isEqualTo(empty);
  }

  @Test
  void emptyListsEmptyBodyAndDefaultsAreOmittedButAcceptedOnRead() {
    String verbose = F + "\"body\":{\"context\":[],\"measures\":[{\"ordinal\":1,\"paragraphs\":[],"
        + "\"points\":[{\"ordinal\":1,\"style\":\"RUN_IN\"}]}]},\"contacts\":[],"
        + "\"addressee\":{\"names\":[],\"collective\":false},\"extensions\":{}}";
    Reply reply = JSON.read(verbose);
    assertThat(JSON.writeString(reply)).isEqualTo(F
        + "\"addressee\":{},\"body\":{\"measures\":[{\"ordinal\":1,\"points\":[{\"ordinal\":1}]}]}}");
    assertThat(JSON.read(F + "\"body\":{}}")).isEqualTo(Reply.builder().build());
  }

  @Test
  void propertiesMayComeInAnyOrderAfterFormat() {
    String reordered = F + "\"date\":\"2024-03-01\",\"issuer\":\"平江县人民政府\"}";
    assertThat(JSON.writeString(JSON.read(reordered)))
        .isEqualTo(F + "\"issuer\":\"平江县人民政府\",\"date\":\"2024-03-01\"}");
  }

  @Test
  void writeIsDeterministic() {
    Reply reply = JsonFixtures.small();
    byte[] once = JSON.write(reply);
    assertThat(JSON.write(reply)).isEqualTo(once);
    assertThat(JSON.write(JSON.read(once))).isEqualTo(once);
    assertThat(JSON.writePretty(reply)).isEqualTo(JSON.writePretty(JSON.read(once)));
  }

  @Test
  void writesToAStreamWithoutClosingIt() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JSON.write(JsonFixtures.small(), out);
    assertThat(out.toByteArray()).isEqualTo(JSON.write(JsonFixtures.small()));
    assertThat(closed[0]).isFalse();
  }

  @Test
  void prettyFormIsTwoSpaceIndentedAndReadsBack() {
    Reply reply = Reply.builder().issuer("平江县人民政府").addCopyTo("甲").addCopyTo("乙")
        .putExtension("empty", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode())
        .build();
    String pretty = JSON.writePretty(reply);
    assertThat(pretty).isEqualTo("{\n"
        + "  \"format\": \"govreply/1\",\n"
        + "  \"issuer\": \"平江县人民政府\",\n"
        + "  \"copyTo\": [\n"
        + "    \"甲\",\n"
        + "    \"乙\"\n"
        + "  ],\n"
        + "  \"extensions\": {\n"
        + "    \"empty\": []\n"
        + "  }\n"
        + "}");
    assertThat(JSON.read(pretty)).isEqualTo(reply);
    assertThat(JSON.read(JSON.writePretty(JsonFixtures.small()))).isEqualTo(JsonFixtures.small());
  }

  @Test
  void readsStreamsAndFiles(@TempDir Path dir) throws IOException {
    byte[] bytes = JSON.write(JsonFixtures.small());
    assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(JsonFixtures.small());
    Path file = dir.resolve("reply.json");
    Files.write(file, bytes);
    assertThat(JSON.read(file)).isEqualTo(JsonFixtures.small());
    assertThatThrownBy(() -> JSON.read(dir.resolve("missing.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void acceptsAUtf8ByteOrderMark() {
    byte[] doc = "\uFEFF{\"format\":\"govreply/1\"}".getBytes(UTF_8);
    assertThat(JSON.read(doc)).isEqualTo(Reply.builder().build());
  }

  @Test
  void exampleDocumentsReadAndAreInPrettyForm() throws IOException {
    Path dir = Path.of("examples", "documents");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "no examples/documents");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
        Reply reply = JSON.read(file);
        assertThat(JSON.writePretty(reply)).as("%s", file)
            .isEqualTo(Files.readString(file, UTF_8).stripTrailing());
      }
    }
  }

  @Test
  void schemaIsAvailable() {
    assertThat(ReplyJson.schema()).contains(ReplyJson.SCHEMA_ID).contains("2020-12");
  }

  // ------------------------------------------------------------------------------ formats

  @Nested
  class FormatVersions {
    @Test
    void newerVersionNamesBothVersions() {
      ReplyJsonException e = fail("{\"format\":\"govreply/2\",\"issuer\":\"x\"}");
      assertThat(e.reason()).isEqualTo("document is govreply/2, this library reads govreply/1");
      assertThat(e.pointer()).isEqualTo("/format");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(11);
    }

    @Test
    void garbledFormatIsRefused() {
      ReplyJsonException e = fail("{\"format\":\"govreply/01\"}");
      assertThat(e.reason()).contains("unknown format \"govreply/01\"", "govreply/1");
      assertThat(fail("{\"format\":\"gov\"}").reason()).contains("unknown format");
      assertThat(fail("{\"format\":\"\"}").reason()).contains("unknown format");
      assertThat(fail("{\"format\":1}").reason()).contains("expected the string \"govreply/1\"");
    }

    @Test
    void formatIsRequiredAndFirst() {
      ReplyJsonException missing = fail("{}");
      assertThat(missing.reason()).contains("missing required property \"format\"");
      assertThat(missing.pointer()).isEmpty();
      assertThat(missing.column()).isEqualTo(1);
      ReplyJsonException late = fail("{\"issuer\":\"x\",\"format\":\"govreply/1\"}");
      assertThat(late.pointer()).isEqualTo("/issuer");
      assertThat(late.reason()).contains("\"format\" must be the first property");
      assertThat(fail(F + "\"format\":\"govreply/1\"}").reason())
          .contains("duplicate property \"format\"");
    }
  }

  // ------------------------------------------------------------------------------ errors

  static Stream<Arguments> errors() {
    return Stream.of(
        // json, needle whose first occurrence is the reported position, pointer, reason part
        error(F + "\"foo\":1}", "\"foo\"", "/foo", "unknown property \"foo\" in a reply"),
        error(F + "\"body\":{\"measures\":[{\"ordinal\":1,\"bogus\":[]}]}}", "\"bogus\"",
            "/body/measures/0/bogus", "unknown property \"bogus\" in a measure"),
        error(F + "\"motion\":{\"numbr\":\"1\"}}", "\"numbr\"", "/motion/numbr",
            "unknown property \"numbr\" in a motion"),
        error(F + "\"issuer\":5}", "5", "/issuer", "expected a string, found an integer"),
        error(F + "\"title\":null}", "null", "/title", "expected a string, found null"),
        error(F + "\"copyTo\":\"x\"}", "\"x\"", "/copyTo", "expected an array, found a string"),
        error(F + "\"copyTo\":[\"a\",null]}", "null", "/copyTo/1", "expected a string, found null"),
        error(F + "\"body\":[]}", "[", "/body", "expected an object, found an array"),
        error(F + "\"addressee\":{\"collective\":\"yes\"}}", "\"yes\"", "/addressee/collective",
            "expected a boolean, found a string"),
        error(F + "\"issuer\":\"a\",\"issuer\":\"b\"}", "\"issuer\":\"b", "/issuer",
            "duplicate property \"issuer\""),
        error(F + "\"contacts\":[{\"name\":\"何勇\"}]}", "{\"name", "/contacts/0",
            "missing required property \"role\" of a contact"),
        error(F + "\"contacts\":[{\"role\":\"HANDLER\"}]}", "{\"role", "/contacts/0",
            "a contact needs \"name\" or \"phone\"; it has neither"),
        error(F + "\"body\":{\"measures\":[{\"heading\":\"h\"}]}}", "{\"heading", "/body/measures/0",
            "missing required property \"ordinal\" of a measure"),
        error(F + "\"body\":{\"measures\":[{\"ordinal\":1,\"points\":[{}]}]}}", "{}",
            "/body/measures/0/points/0", "missing required property \"ordinal\" of a point"),
        error(F + "\"body\":{\"commitments\":{\"items\":[{\"heading\":\"h\"}]}}}", "{\"heading",
            "/body/commitments/items/0", "missing required property \"ordinal\" of a commitment"),
        error(F + "\"unrecognized\":[{\"kind\":\"UNKNOWN_TEXT\",\"firstLine\":1}]}", "{\"kind",
            "/unrecognized/0", "missing required property \"lines\" of an unrecognized block"),
        error(F + "\"unrecognized\":[{\"kind\":\"UNKNOWN_TEXT\",\"firstLine\":1,\"lines\":[]}]}",
            "[]", "/unrecognized/0/lines", "must not be empty"),
        error(F + "\"unrecognized\":[{\"kind\":\"UNKNOWN_TEXT\",\"firstLine\":1,\"lines\":[\"a\\nb\"]}]}",
            "\"a\\n", "/unrecognized/0/lines/0", "must not contain a line break"),
        error(F + "\"documentNumber\":\"平政字2024号\"}", "\"平", "/documentNumber",
            "malformed document number: documentNumber: no year in brackets"),
        error(F + "\"documentNumber\":\"平政字〔2024〕0号\"}", "\"平", "/documentNumber",
            "malformed document number: documentNumber.serial"),
        error(F + "\"disclosure\":\"public\"}", "\"public\"", "/disclosure",
            "unknown Disclosure code \"public\", expected one of PUBLIC, ON_REQUEST, NOT_PUBLIC"),
        error(F + "\"motion\":{\"kind\":\"建议\"}}", "\"建议\"", "/motion/kind",
            "unknown MotionKind code \"建议\""),
        error(F + "\"body\":{\"measures\":[{\"ordinal\":1,\"points\":[{\"ordinal\":1,\"style\":\"BOLD\"}]}]}}",
            "\"BOLD\"", "/body/measures/0/points/0/style", "unknown PointStyle code \"BOLD\""),
        error(F + "\"date\":\"2021-02-30\"}", "\"2021", "/date", "invalid date \"2021-02-30\""),
        error(F + "\"date\":\"2021/07/06\"}", "\"2021", "/date", "invalid date \"2021/07/06\""),
        error(F + "\"date\":20210706}", "2021", "/date", "expected an ISO-8601 date string"),
        error(F + "\"body\":{\"measures\":[{\"ordinal\":0}]}}", "0}", "/body/measures/0/ordinal",
            "must be 1 or more, got 0"),
        error(F + "\"body\":{\"measures\":[{\"ordinal\":1.0}]}}", "1.0", "/body/measures/0/ordinal",
            "expected a positive integer, found a number"),
        error(F + "\"addressee\":{\"statedCount\":99999999999}}", "999", "/addressee/statedCount",
            "integer 99999999999 is out of range"),
        error(F + "\"issuer\":\" \\u3000 \"}", "\" ", "/issuer", "must not be blank"),
        error(F + "\"extensions\":{\"\":1}}", "\"\"", "/extensions/", "extension keys must not be empty"),
        error(F + "\"extensions\":{\"a\":1,\"a\":2}}", "\"a\":2", "/extensions/a",
            "duplicate property \"a\""),
        error(F + "\"extensions\":{\"a/b\":{\"x~\":{\"k\":1,\"k\":2}}}}", "\"k\":2",
            "/extensions/a~1b/x~0/k", "duplicate property \"k\""),
        error(F + "\"extensions\":[]}", "[", "/extensions", "expected an object, found an array"),
        error(F + "\"issuer\":\"x\"} true", "true", "", "trailing content after the document: a boolean"),
        error(F + "\"issuer\":\"x\"}{}", "{}", "", "trailing content"),
        error(F + "\"issuer\":\"x\",}", "}", "/issuer", "malformed JSON"),
        error(F + "\"issuer\":'x'}", "'x'", "/issuer", "malformed JSON"),
        error("[1]", "[", "", "expected an object (a govreply document), found an array"),
        error("\"govreply/1\"", "\"", "", "expected an object"));
  }

  private static Arguments error(String json, String needle, String pointer, String reason) {
    return Arguments.of(json, needle, pointer, reason);
  }

  @ParameterizedTest(name = "[{index}] {3}")
  @MethodSource("errors")
  void everyErrorNamesPointerLineAndColumn(String json, String needle, String pointer,
      String reason) {
    int index = json.indexOf(needle);
    assertThat(index).as("needle in test input").isNotNegative();
    // error columns count bytes for byte input: compute the byte column of the needle
    long byteColumn = json.substring(0, index).getBytes(UTF_8).length + 1;
    ReplyJsonException e = fail(json);
    assertThat(e.pointer()).isEqualTo(pointer);
    assertThat(e.reason()).contains(reason);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(byteColumn);
    assertThat(e.getMessage())
        .startsWith("at " + (pointer.isEmpty() ? "the document root" : pointer) + " (line 1, column "
            + byteColumn + "): ");
    // the same problem read from a String: same pointer and reason, columns in chars
    ReplyJsonException fromString = catchThrowableOfType(ReplyJsonException.class,
        () -> JSON.read(json));
    assertThat(fromString.pointer()).isEqualTo(pointer);
    assertThat(fromString.column()).isEqualTo(index + 1);
    assertThat(fromString.reason()).isEqualTo(e.reason());
  }

  @Test
  void linesAreCountedInMultiLineDocuments() {
    String json = "{\n  \"format\": \"govreply/1\",\n  \"body\": {\n    \"measures\": [\n"
        + "      {\"ordinal\": \"一\"}\n    ]\n  }\n}\n";
    ReplyJsonException e = fail(json);
    assertThat(e.pointer()).isEqualTo("/body/measures/0/ordinal");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.getMessage()).isEqualTo("at /body/measures/0/ordinal (line 5, column 19): "
        + "expected a positive integer, found a string");
  }

  @Test
  void malformedBytesAreWrapped() {
    byte[] badUtf8 = (F + "\"issuer\":\"ab\"}").getBytes(UTF_8);
    badUtf8[F.length() + 11] = (byte) 0xC3; // a lead byte followed by an ASCII byte
    ReplyJsonException e = fail(badUtf8);
    assertThat(e.reason()).contains("malformed JSON").containsIgnoringCase("UTF-8");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();

    ReplyJsonException truncated = fail((F + "\"issuer\":\"平").getBytes(UTF_8));
    assertThat(truncated.reason()).contains("malformed JSON");

    byte[] utf16 = "{\"format\":\"govreply/1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    assertThat(fail(utf16).reason()).contains("not UTF-8");
    byte[] utf16be = "{\"format\":\"govreply/1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16);
    assertThat(fail(utf16be).reason()).contains("not UTF-8");
    assertThat(fail(new byte[] {(byte) 0xFF}).reason()).contains("malformed JSON");
  }

  @Test
  void emptyAndBlankDocumentsAreRefused() {
    for (String doc : new String[] {"", "   \n  "}) {
      ReplyJsonException e = fail(doc);
      assertThat(e.reason()).isEqualTo("the document is empty");
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(1);
    }
  }

  // ------------------------------------------------------------------------------ limits

  @Nested
  class Limits {
    private final ReplyJson small = ReplyJson.builder().maxDocumentBytes(100).maxDepth(10)
        .maxStringLength(20).build();

    @Test
    void defaults() {
      assertThat(JSON.maxDocumentBytes()).isEqualTo(8 * 1024 * 1024);
      assertThat(JSON.maxDepth()).isEqualTo(64);
      assertThat(JSON.maxStringLength()).isEqualTo(1024 * 1024);
      assertThatThrownBy(() -> ReplyJson.builder().maxDepth(3))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDepth");
      assertThatThrownBy(() -> ReplyJson.builder().maxDocumentBytes(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ReplyJson.builder().maxStringLength(0))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentTooLargeIsRefusedBeforeParsing() {
      // 101 bytes of garbage: refused for its size, not for its syntax
      byte[] big = new byte[101];
      java.util.Arrays.fill(big, (byte) '!');
      ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> small.read(big));
      assertThat(e.reason()).isEqualTo(
          "the document (101 bytes) is larger than maxDocumentBytes (100)");
      assertThat(e.pointer()).isEmpty();
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(1);
      // a String is measured in UTF-8 bytes: 40 Han characters are 120 bytes
      String han = F + "\"issuer\":\"" + "平".repeat(30) + "\"}";
      assertThat(catchThrowableOfType(ReplyJsonException.class, () -> small.read(han)).reason())
          .contains("larger than maxDocumentBytes (100)");
      assertThat(small.read(F + "\"issuer\":\"平江\"}").issuer()).contains("平江");
    }

    @Test
    void streamsAreNotReadBeyondTheLimit() {
      long[] served = {0};
      InputStream endless = new InputStream() {
        @Override
        public int read() {
          served[0]++;
          return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
          java.util.Arrays.fill(b, off, off + len, (byte) ' ');
          served[0] += len;
          return len;
        }
      };
      ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class,
          () -> small.read(endless));
      assertThat(e.reason()).contains("more than 100 bytes").contains("maxDocumentBytes (100)");
      assertThat(served[0]).isEqualTo(101);
    }

    @Test
    void filesAreMeasuredFirst(@TempDir Path dir) throws IOException {
      Path file = dir.resolve("big.json");
      Files.write(file, new byte[500]);
      ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> small.read(file));
      assertThat(e.reason()).contains("500 bytes").contains("maxDocumentBytes (100)");
    }

    @Test
    void nestingDeeperThanMaxDepth() {
      String ok = F + "\"extensions\":{\"a\":" + "[".repeat(8) + "]".repeat(8) + "}}";
      assertThat(small.read(ok).extensions()).containsKey("a");
      String deep = F + "\"extensions\":{\"a\":" + "[".repeat(9) + "]".repeat(9) + "}}";
      ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> small.read(deep));
      assertThat(e.reason()).isEqualTo("nesting deeper than maxDepth (10)");
      assertThat(e.pointer()).isEqualTo("/extensions/a/0/0/0/0/0/0/0/0");
      assertThat(e.column()).isEqualTo(F.length() + 27);
      String veryDeep = F + "\"extensions\":{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}}";
      assertThat(catchThrowableOfType(ReplyJsonException.class, () -> JSON.read(veryDeep))
          .reason()).isEqualTo("nesting deeper than maxDepth (64)");
    }

    @Test
    void stringsLongerThanMaxStringLength() {
      ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class,
          () -> small.read(F + "\"issuer\":\"" + "x".repeat(21) + "\"}"));
      assertThat(e.reason()).contains("longer than maxStringLength (20");
      assertThat(e.pointer()).isEqualTo("/issuer");
      assertThat(small.read(F + "\"issuer\":\"" + "x".repeat(20) + "\"}").issuer()).isPresent();
      ReplyJson roomy = ReplyJson.builder().maxStringLength(1000).build();
      ReplyJsonException big = catchThrowableOfType(ReplyJsonException.class,
          () -> roomy.read(F + "\"issuer\":\"" + "x".repeat(200_000) + "\"}"));
      assertThat(big.reason()).contains("longer than maxStringLength (1000");
      ReplyJsonException name = catchThrowableOfType(ReplyJsonException.class,
          () -> roomy.read(F + "\"extensions\":{\"" + "k".repeat(200_000) + "\":1}}"));
      assertThat(name.reason()).contains("maxStringLength (1000");
    }

    @Test
    void longNumbersAreRefused() {
      ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class,
          () -> JSON.read(F + "\"extensions\":{\"n\":" + "9".repeat(2000) + "}}"));
      assertThat(e.reason()).contains("number is longer than 1000 digits");
    }
  }

  // ------------------------------------------------------------------------------ extensions

  @Nested
  class Extensions {
    private Map<String, JsonNode> read(String values) {
      return JSON.read(F + "\"extensions\":" + values + "}").extensions();
    }

    @Test
    void integersBecomeTheSmallestIntegerNode() {
      Map<String, JsonNode> ext = read("{\"i\":42,\"l\":4294967296,\"b\":18446744073709551616,\"z\":-0}");
      assertThat(ext.get("i")).isEqualTo(IntNode.valueOf(42));
      assertThat(ext.get("l")).isEqualTo(LongNode.valueOf(4294967296L));
      assertThat(ext.get("b")).isEqualTo(BigIntegerNode.valueOf(new BigInteger("18446744073709551616")));
      assertThat(ext.get("z")).isEqualTo(IntNode.valueOf(0));
    }

    @Test
    void decimalsAreDoublesWhenExactElseBigDecimals() {
      Map<String, JsonNode> ext = read("{\"a\":1.5,\"b\":0.1,\"c\":1.25e3,\"d\":1.50,"
          + "\"e\":0.10000000000000000001,\"f\":1e400,\"g\":-0.0}");
      assertThat(ext.get("a")).isEqualTo(DoubleNode.valueOf(1.5));
      assertThat(ext.get("b")).isEqualTo(DoubleNode.valueOf(0.1));
      assertThat(ext.get("c")).isEqualTo(DoubleNode.valueOf(1250.0));
      assertThat(ext.get("d")).isEqualTo(DoubleNode.valueOf(1.5));
      assertThat(ext.get("e")).isEqualTo(DecimalNode.valueOf(new BigDecimal("0.10000000000000000001")));
      assertThat(ext.get("f")).isEqualTo(DecimalNode.valueOf(new BigDecimal("1e400")));
      assertThat(ext.get("g")).isEqualTo(DoubleNode.valueOf(-0.0));
      Reply reply = JSON.read(F + "\"extensions\":{\"e\":0.10000000000000000001,\"f\":1e400}}");
      assertThat(JSON.writeString(reply))
          .isEqualTo(F + "\"extensions\":{\"e\":0.10000000000000000001,\"f\":1E+400}}");
      assertThat(JSON.read(JSON.write(reply))).isEqualTo(reply);
      // JSON parsers refuse unpaired surrogates in property names, so they cannot be written
      assertThatThrownBy(() -> JSON.write(Reply.builder()
          .putExtension("k\udc00", TextNode.valueOf("v")).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+DC00");
      assertThat(fail(F + "\"extensions\":{\"k\\udc00\":1}}").reason())
          .contains("malformed JSON").contains("surrogate");
    }

    @Test
    void valuesKeepInsertionOrderAndNesting() {
      String values = "{\"z\":{\"b\":[1,\"二\",null,true,{\"\":false}],\"a\":{}},\"a\":\"𠀀\"}";
      Reply reply = JSON.read(F + "\"extensions\":" + values + "}");
      assertThat(reply.extensions().keySet()).containsExactly("z", "a");
      assertThat(JSON.writeString(reply)).isEqualTo(F + "\"extensions\":" + values + "}");
    }

    @Test
    void nonCanonicalNodesAreWrittenByValue() {
      Reply reply = Reply.builder().putExtension("f", FloatNode.valueOf(1.5f))
          .putExtension("d", DecimalNode.valueOf(new BigDecimal("2.50"))).build();
      Reply again = JSON.read(JSON.write(reply));
      assertThat(again.extensions().get("f")).isEqualTo(DoubleNode.valueOf(1.5));
      assertThat(again.extensions().get("d")).isEqualTo(DoubleNode.valueOf(2.5));
    }

    @Test
    void unwritableNodesAreRefused() {
      assertThatThrownBy(() -> JSON.write(Reply.builder()
          .putExtension("nan", DoubleNode.valueOf(Double.NaN)).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/extensions/nan");
      assertThatThrownBy(() -> JSON.write(Reply.builder()
          .putExtension("pojo", new POJONode(new Object())).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POJO");
    }

    @Test
    void unpairedSurrogatesRoundTripAsEscapes() {
      Reply reply = Reply.builder().title("x\ud800y\udc00").addCopyTo("𠀀\ud800")
          .putExtension("s𠀀", TextNode.valueOf("\udc00😀")).build();
      String text = JSON.writeString(reply);
      assertThat(text).contains("\"title\":\"x\\uD800y\\uDC00\"")
          .contains("\"copyTo\":[\"𠀀\\uD800\"]").contains("\"s𠀀\":\"\\uDC00😀\"");
      assertThat(JSON.read(text)).isEqualTo(reply);
      assertThat(JSON.read(JSON.write(reply))).isEqualTo(reply);
    }
  }

  // ------------------------------------------------------------------------------ helpers

  static ReplyJsonException fail(String json) {
    return fail(json.getBytes(UTF_8));
  }

  static ReplyJsonException fail(byte[] json) {
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> JSON.read(json));
    assertThat(e).as("ReplyJsonException for %s", new String(json, UTF_8)).isNotNull();
    return e;
  }
}
