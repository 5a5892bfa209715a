package dev.govreply.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.govreply.model.BlockKind;
import dev.govreply.model.BlockPlacement;
import dev.govreply.model.ExtensionValue;
import dev.govreply.model.Reply;
import dev.govreply.model.UnrecognizedBlock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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
  void aBlocksPlacementIsWrittenOnlyWhereItIsNotItsKindsUsualOne() {
    Reply reply = Reply.builder()
        .addUnrecognized(UnrecognizedBlock.of(BlockKind.PAGE_METADATA, 1, List.of("发布时间:2021-06-15")))
        .addUnrecognized(UnrecognizedBlock.builder().kind(BlockKind.UNKNOWN_TEXT)
            .placement(BlockPlacement.HEAD).firstLine(2).addLine("分享").build())
        .addUnrecognized(UnrecognizedBlock.builder().kind(BlockKind.PAGE_METADATA)
            .placement(BlockPlacement.FOOT).firstLine(9).addLine("主办:某某县人民政府").build())
        .addUnrecognized(UnrecognizedBlock.of(BlockKind.UNKNOWN_TEXT, 8, List.of("2021615")))
        .build();
    String json = F + "\"unrecognized\":["
        + "{\"kind\":\"PAGE_METADATA\",\"firstLine\":1,\"lines\":[\"发布时间:2021-06-15\"]},"
        + "{\"kind\":\"UNKNOWN_TEXT\",\"placement\":\"HEAD\",\"firstLine\":2,\"lines\":[\"分享\"]},"
        + "{\"kind\":\"PAGE_METADATA\",\"placement\":\"FOOT\",\"firstLine\":9,"
        + "\"lines\":[\"主办:某某县人民政府\"]},"
        + "{\"kind\":\"UNKNOWN_TEXT\",\"firstLine\":8,\"lines\":[\"2021615\"]}]}";
    assertThat(JSON.writeString(reply)).isEqualTo(json);
    assertThat(JSON.read(json)).isEqualTo(reply);
    // written in full, it reads the same
    assertThat(JSON.read(F + "\"unrecognized\":[{\"kind\":\"PAGE_METADATA\",\"placement\":\"HEAD\","
        + "\"firstLine\":1,\"lines\":[\"发布时间:2021-06-15\"]}]}").unrecognized().get(0))
        .isEqualTo(reply.unrecognized().get(0));
    assertThatThrownBy(() -> JSON.read(F + "\"unrecognized\":[{\"kind\":\"UNKNOWN_TEXT\","
        + "\"placement\":\"TOP\",\"firstLine\":1,\"lines\":[\"a\"]}]}"))
        .isInstanceOf(ReplyJsonException.class)
        .hasMessageContaining("/unrecognized/0/placement")
        .hasMessageContaining("unknown BlockPlacement code \"TOP\", expected one of HEAD, FOOT");
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
        .putExtension("empty", ExtensionValue.array())
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
    void aNewerVersionIsNamedBeforeWhatItHoldsIsRefused() {
      // a govreply/2 document holds properties this library does not know, at any depth
      for (String json : List.of("{\"format\":\"govreply/2\",\"newProp\":1}",
          "{\"format\":\"govreply/2\",\"body\":{\"measures\":[{\"ordinal\":1,\"x\":2}]}}")) {
        assertThat(fail(json).reason()).as(json)
            .isEqualTo("document is govreply/2, this library reads govreply/1");
      }
    }

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
      ReplyJsonException number = fail("{\"format\":1}");
      assertThat(number.reason()).isEqualTo("expected a string, found an integer");
      assertThat(number.pointer()).isEqualTo("/format");
    }

    @Test
    void propertyNamesOfDigitsAreNamesInPointers() {
      ReplyJsonException unknown = fail(F + "\"007\":1}");
      assertThat(unknown.pointer()).isEqualTo("/007");
      assertThat(unknown.column()).isEqualTo(24);
      assertThat(fail(F + "\"extensions\":{\"01\":10e2147483647}}").pointer())
          .isEqualTo("/extensions/01");
      assertThat(fail(F + "\"extensions\":{\"01\":[{\"2\":[1,{\"k\":1,\"k\":2}]}]}}").pointer())
          .isEqualTo("/extensions/01/0/2/1/k");
    }

    @Test
    void formatIsRequiredOnceAndWrittenFirst() {
      ReplyJsonException missing = fail("{}");
      assertThat(missing.reason()).contains("missing required property \"format\"");
      assertThat(missing.pointer()).isEmpty();
      assertThat(missing.column()).isEqualTo(1);
      // read wherever it stands, as a JSON object's members have no order; written first
      Reply late = JSON.read("{\"issuer\":\"x\",\"format\":\"govreply/1\"}");
      assertThat(late.issuer()).contains("x");
      assertThat(JSON.writeString(late)).startsWith("{\"format\":\"govreply/1\",");
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
        error(F + "\"date\":20210706}", "2021", "/date", "expected a string, found an integer"),
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
    void nestedExtensionObjectsCountTowardsMaxDepth() {
      String ok = F + "\"extensions\":{\"a\":" + "{\"k\":".repeat(8) + "1" + "}".repeat(8) + "}}";
      assertThat(small.read(ok).extensions().get("a")).isInstanceOf(ExtensionValue.JsonObject.class);
      String deep = F + "\"extensions\":{\"a\":" + "{\"k\":".repeat(9) + "1" + "}".repeat(9) + "}}";
      ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> small.read(deep));
      assertThat(e.reason()).isEqualTo("nesting deeper than maxDepth (10)");
      assertThat(e.pointer()).isEqualTo("/extensions/a" + "/k".repeat(8));
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
    void extensionStringsAndNamesLongerThanMaxStringLength() {
      String ok = F + "\"extensions\":{\"a\":[\"" + "x".repeat(20) + "\"]}}";
      assertThat(small.read(ok).extensions().get("a"))
          .isEqualTo(ExtensionValue.array(ExtensionValue.of("x".repeat(20))));
      ReplyJsonException value = catchThrowableOfType(ReplyJsonException.class,
          () -> small.read(F + "\"extensions\":{\"a\":[\"" + "x".repeat(21) + "\"]}}"));
      assertThat(value.reason()).contains("longer than maxStringLength (20");
      assertThat(value.pointer()).isEqualTo("/extensions/a/0");
      ReplyJsonException name = catchThrowableOfType(ReplyJsonException.class,
          () -> small.read(F + "\"extensions\":{\"a\":{\"" + "k".repeat(21) + "\":1}}}"));
      assertThat(name.reason()).contains("maxStringLength (20");
      // the parser refuses the name before it is one: the pointer is the object's
      assertThat(name.pointer()).startsWith("/extensions/a");
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
    private Map<String, ExtensionValue> read(String values) {
      return JSON.read(F + "\"extensions\":" + values + "}").extensions();
    }

    private String written(String values) {
      String text = JSON.writeString(JSON.read(F + "\"extensions\":" + values + "}"));
      assertThat(text).startsWith(F + "\"extensions\":").endsWith("}");
      return text.substring(F.length() + "\"extensions\":".length(), text.length() - 1);
    }

    // was: integersBecomeTheSmallestIntegerNode (IntNode, LongNode, BigIntegerNode)
    @Test
    void integersAreReadAsExactNumbersOfEverySize() {
      String huge = "1" + "0".repeat(998) + "7"; // 1000 digits, the most the reader takes
      Map<String, ExtensionValue> ext = read("{\"i\":42,\"l\":4294967296,\"b\":18446744073709551616,"
          + "\"n\":-17,\"z\":-0,\"h\":" + huge + "}");
      assertThat(ext.get("i")).isEqualTo(ExtensionValue.of(42));
      assertThat(ext.get("l")).isEqualTo(ExtensionValue.of(4294967296L));
      assertThat(ext.get("b")).isEqualTo(ExtensionValue.of(new BigDecimal("18446744073709551616")));
      assertThat(ext.get("n")).isEqualTo(ExtensionValue.of(-17));
      // BigDecimal has no negative zero
      assertThat(ext.get("z")).isEqualTo(ExtensionValue.of(0));
      assertThat(ext.get("h")).isEqualTo(ExtensionValue.of(new BigDecimal(new BigInteger(huge))));
      assertThat(((ExtensionValue.JsonNumber) ext.get("h")).value().toBigIntegerExact())
          .isEqualTo(new BigInteger(huge));
      assertThat(written("{\"i\":42,\"b\":18446744073709551616,\"z\":-0,\"h\":" + huge + "}"))
          .isEqualTo("{\"i\":42,\"b\":18446744073709551616,\"z\":0,\"h\":" + huge + "}");
    }

    // was: decimalsAreDoublesWhenExactElseBigDecimals (DoubleNode when exact, else DecimalNode)
    @Test
    void decimalsAndExponentsKeepEveryDigitAndTheirScale() {
      Map<String, ExtensionValue> ext = read("{\"a\":1.5,\"b\":0.1,\"c\":1.25e3,\"d\":1.50,"
          + "\"e\":0.10000000000000000001,\"f\":1e400,\"g\":-0.0,\"h\":1250.0,\"i\":1e-7,"
          + "\"j\":0.0000001,\"k\":-2.5E-3,\"l\":1E+2,\"m\":100}");
      assertThat(ext.get("a")).isEqualTo(ExtensionValue.of(1.5));
      assertThat(ext.get("b")).isEqualTo(ExtensionValue.of(0.1));
      assertThat(ext.get("c")).isEqualTo(ExtensionValue.of(new BigDecimal("1.25E+3")));
      assertThat(ext.get("d")).isEqualTo(ExtensionValue.of(new BigDecimal("1.50")));
      assertThat(ext.get("e")).isEqualTo(ExtensionValue.of(new BigDecimal("0.10000000000000000001")));
      assertThat(ext.get("f")).isEqualTo(ExtensionValue.of(new BigDecimal("1E+400")));
      assertThat(ext.get("g")).isEqualTo(ExtensionValue.of(new BigDecimal("0.0")));
      assertThat(ext.get("h")).isEqualTo(ExtensionValue.of(new BigDecimal("1250.0")));
      // equal by BigDecimal.equals: the same value written with another scale is another number
      assertThat(ext.get("d")).isNotEqualTo(ext.get("a"));
      assertThat(ext.get("c")).isNotEqualTo(ext.get("h"));
      assertThat(ext.get("l")).isNotEqualTo(ext.get("m"));
      assertThat(ext.get("i")).isEqualTo(ext.get("j"));
      // written as BigDecimal.toString() prints them
      assertThat(written("{\"a\":1.5,\"b\":0.1,\"c\":1.25e3,\"d\":1.50,\"e\":0.10000000000000000001,"
          + "\"f\":1e400,\"g\":-0.0,\"h\":1250.0,\"i\":1e-7,\"j\":0.0000001,\"k\":-2.5E-3,"
          + "\"l\":1E+2,\"m\":100,\"n\":1e-400,\"o\":12.5e-1}"))
          .isEqualTo("{\"a\":1.5,\"b\":0.1,\"c\":1.25E+3,\"d\":1.50,\"e\":0.10000000000000000001,"
              + "\"f\":1E+400,\"g\":0.0,\"h\":1250.0,\"i\":1E-7,\"j\":1E-7,\"k\":-0.0025,"
              + "\"l\":1E+2,\"m\":100,\"n\":1E-400,\"o\":1.25}");
    }

    @Test
    void numbersReadAndWrittenOnceAreAFixedPoint() {
      String values = "{\"a\":[5,0.5,1.25e3,1e400,1250.0,-0,-0.0,0.0000001,1.0e+2,"
          + "123456789012345678901234567890.123456789012345678901234567890,9e-999999999,"
          + "1e999999999]}";
      Reply once = JSON.read(F + "\"extensions\":" + values + "}");
      byte[] bytes = JSON.write(once);
      Reply twice = JSON.read(bytes);
      assertThat(twice).isEqualTo(once);
      assertThat(JSON.write(twice)).isEqualTo(bytes);
      assertThat(JSON.read(JSON.writePretty(once))).isEqualTo(once);
      assertThat(new String(bytes, UTF_8)).contains("[5,0.5,1.25E+3,1E+400,1250.0,0,0.0,1E-7,"
          + "1.0E+2,123456789012345678901234567890.123456789012345678901234567890,9E-999999999,"
          + "1E+999999999]");
    }

    // new: BigDecimal's exponent is an int; a JSON number beyond it is still a ReplyJsonException
    @Test
    void exponentsBeyondBigDecimalsRangeAreRefusedAsReplyJsonExceptions() {
      for (String n : List.of("1e2147483648", "1e-2147483649", "1.5e99999999999")) {
        ReplyJsonException e = fail(F + "\"extensions\":{\"n\":" + n + "}}");
        assertThat(e.pointer()).as(n).isEqualTo("/extensions/n");
        assertThat(e.line()).as(n).isEqualTo(1);
      }
      assertThat(read("{\"n\":1e2147483647}").get("n"))
          .isEqualTo(ExtensionValue.of(new BigDecimal("1E+2147483647")));
    }

    // the write side of the case above; see the report: ReplyJson writes the text and cannot read it
    @Test
    void aNumberBeyondTheReadersExponentRangeIsNeitherWrittenNorRead() {
      for (BigDecimal n : List.of(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
          new BigDecimal(BigInteger.valueOf(1234567890), Integer.MIN_VALUE + 1))) {
        Reply r = Reply.builder().putExtension("n", ExtensionValue.of(n)).build();
        assertThatThrownBy(() -> JSON.write(r)).as(n.toString())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("/extensions/n").hasMessageContaining(n.toString())
            .hasMessageContaining("exponent");
      }
      // read, it would be written 1.0E+2147483648, which no reader holds
      ReplyJsonException e = fail(F + "\"extensions\":{\"n\":10e2147483647}}");
      assertThat(e.pointer()).isEqualTo("/extensions/n");
      assertThat(e.reason()).contains("exponent");
      // the largest exponent a reader holds is written and read back
      Reply r = Reply.builder().putExtension("n",
          ExtensionValue.of(new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE))).build();
      assertThat(JSON.read(JSON.write(r))).isEqualTo(r);
    }

    @Test
    void unpairedSurrogatesInPropertyNamesCannotBeWrittenOrRead() {
      // JSON parsers refuse unpaired surrogates in property names, so they cannot be written
      assertThatThrownBy(() -> JSON.write(Reply.builder()
          .putExtension("k\udc00", ExtensionValue.of("v")).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+DC00");
      assertThatThrownBy(() -> JSON.write(Reply.builder()
          .putExtension("k", JsonFixtures.object("\ud800x", ExtensionValue.of(1))).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+D800");
      assertThat(fail(F + "\"extensions\":{\"k\\udc00\":1}}").reason())
          .contains("malformed JSON").contains("surrogate");
    }

    @Test
    void valuesKeepInsertionOrderAndNesting() {
      String values = "{\"z\":{\"b\":[1,\"二\",null,true,{\"\":false}],\"a\":{}},\"a\":\"𠀀\"}";
      Reply reply = JSON.read(F + "\"extensions\":" + values + "}");
      assertThat(reply.extensions().keySet()).containsExactly("z", "a");
      assertThat(JSON.writeString(reply)).isEqualTo(F + "\"extensions\":" + values + "}");
      ExtensionValue.JsonObject z = (ExtensionValue.JsonObject) reply.extensions().get("z");
      assertThat(z.members().keySet()).containsExactly("b", "a");
      assertThat(z.get("b")).isEqualTo(ExtensionValue.array(ExtensionValue.of(1), ExtensionValue.of("二"),
          ExtensionValue.nullValue(), ExtensionValue.of(true),
          JsonFixtures.object("", ExtensionValue.of(false))));
      assertThat(z.get("a")).isEqualTo(ExtensionValue.object(Map.of()));
      assertThat(z.get("missing")).isNull();
      assertThat(reply.extensions().get("a")).isEqualTo(ExtensionValue.of("𠀀"));
      // a value built by hand in the same order is the same reply and writes the same bytes
      Reply built = Reply.builder()
          .putExtension("z", JsonFixtures.object("b", z.get("b"), "a", ExtensionValue.object(Map.of())))
          .putExtension("a", ExtensionValue.of("𠀀")).build();
      assertThat(built).isEqualTo(reply);
      assertThat(JSON.write(built)).isEqualTo(JSON.write(reply));
    }

    @Test
    void nullIsAValueUnlikeAMissingMember() {
      Map<String, ExtensionValue> ext = read("{\"n\":null,\"o\":{\"m\":null}}");
      assertThat(ext).containsEntry("n", ExtensionValue.nullValue()).doesNotContainKey("missing");
      ExtensionValue.JsonObject o = (ExtensionValue.JsonObject) ext.get("o");
      assertThat(o.members()).containsEntry("m", ExtensionValue.nullValue());
      assertThat(written("{\"n\":null,\"o\":{\"m\":null}}")).isEqualTo("{\"n\":null,\"o\":{\"m\":null}}");
    }

    // was: nonCanonicalNodesAreWrittenByValue (FloatNode, DecimalNode 2.50 read back as DoubleNode)
    @Test
    void builtNumbersAreWrittenAsTheirBigDecimalTextAndReadBackEqual() {
      Reply reply = Reply.builder()
          .putExtension("double", ExtensionValue.of(1.5))
          .putExtension("tenth", ExtensionValue.of(0.1))
          .putExtension("big", ExtensionValue.of(1e20))
          .putExtension("long", ExtensionValue.of(Long.MIN_VALUE))
          .putExtension("scaled", ExtensionValue.of(new BigDecimal("2.50")))
          .putExtension("exp", ExtensionValue.of(new BigDecimal(BigInteger.valueOf(125), -1)))
          .putExtension("float", ExtensionNodes.fromNode(FloatNode.valueOf(1.5f)))
          .putExtension("decimal", ExtensionNodes.fromNode(DecimalNode.valueOf(new BigDecimal("2.50"))))
          .putExtension("fromDouble", ExtensionNodes.fromNode(DoubleNode.valueOf(1250.0)))
          .build();
      String text = JSON.writeString(reply);
      assertThat(text).isEqualTo(F + "\"extensions\":{\"double\":1.5,\"tenth\":0.1,"
          + "\"big\":1.0E+20,\"long\":-9223372036854775808,\"scaled\":2.50,\"exp\":1.25E+3,"
          + "\"float\":1.5,\"decimal\":2.50,\"fromDouble\":1250.0}}");
      Reply again = JSON.read(text);
      assertThat(again).isEqualTo(reply);
      assertThat(again.extensions().get("scaled")).isEqualTo(ExtensionValue.of(new BigDecimal("2.50")))
          .isNotEqualTo(ExtensionValue.of(2.5));
    }

    // was: unwritableNodesAreRefused (NaN DoubleNode, POJONode refused by the writer)
    @Test
    void valuesJsonCannotHoldAreRefusedBeforeTheyReachAReply() {
      assertThatThrownBy(() -> ExtensionValue.of(Double.NaN))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
      assertThatThrownBy(() -> ExtensionValue.of(Double.NEGATIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Reply.builder()
          .putExtension("nan", ExtensionNodes.fromNode(DoubleNode.valueOf(Double.NaN))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
      assertThatThrownBy(() -> Reply.builder()
          .putExtension("pojo", ExtensionNodes.fromNode(new POJONode(new Object()))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POJO");
      assertThatThrownBy(() -> ExtensionValue.array(ExtensionValue.of(1), null))
          .isInstanceOf(NullPointerException.class);
      java.util.HashMap<String, ExtensionValue> withNull = new java.util.HashMap<>();
      withNull.put("k", null);
      assertThatThrownBy(() -> ExtensionValue.object(withNull))
          .isInstanceOf(NullPointerException.class);
    }

    // was: binary nodes were written by the codec as base64 strings
    @Test
    void binaryNodesBecomeBase64Strings() {
      Reply reply = Reply.builder()
          .putExtension("bytes", ExtensionNodes.fromNode(BinaryNode.valueOf(new byte[] {1, 2, 3, -1})))
          .build();
      assertThat(JSON.writeString(reply)).isEqualTo(F + "\"extensions\":{\"bytes\":\"AQID/w==\"}}");
      assertThat(JSON.read(JSON.write(reply))).isEqualTo(reply);
    }

    @Test
    void unpairedSurrogatesRoundTripAsEscapes() {
      Reply reply = Reply.builder().title("x\ud800y\udc00").addCopyTo("𠀀\ud800")
          .putExtension("s𠀀", ExtensionValue.of("\udc00😀"))
          .putExtension("deep", JsonFixtures.object("k", ExtensionValue.array(ExtensionValue.of("a\udbff"),
              ExtensionValue.of("\ud83d"))))
          .build();
      String text = JSON.writeString(reply);
      assertThat(text).contains("\"title\":\"x\\uD800y\\uDC00\"")
          .contains("\"copyTo\":[\"𠀀\\uD800\"]").contains("\"s𠀀\":\"\\uDC00😀\"")
          .contains("\"deep\":{\"k\":[\"a\\uDBFF\",\"\\uD83D\"]}");
      assertThat(JSON.read(text)).isEqualTo(reply);
      assertThat(JSON.read(JSON.write(reply))).isEqualTo(reply);
      assertThat(((ExtensionValue.JsonString) JSON.read(text).extensions().get("s𠀀")).value())
          .isEqualTo("\udc00😀");
    }

    @Test
    void readExtensionsCannotBeChanged() {
      Reply reply = JSON.read(F + "\"extensions\":{\"o\":{\"a\":[1]}}}");
      Map<String, ExtensionValue> ext = reply.extensions();
      assertThatThrownBy(() -> ext.put("x", ExtensionValue.of(1)))
          .isInstanceOf(UnsupportedOperationException.class);
      ExtensionValue.JsonObject o = (ExtensionValue.JsonObject) ext.get("o");
      assertThatThrownBy(() -> o.members().put("b", ExtensionValue.of(2)))
          .isInstanceOf(UnsupportedOperationException.class);
      ExtensionValue.JsonArray a = (ExtensionValue.JsonArray) o.get("a");
      assertThatThrownBy(() -> a.elements().add(ExtensionValue.of(2)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(JSON.writeString(reply)).isEqualTo(F + "\"extensions\":{\"o\":{\"a\":[1]}}}");
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
