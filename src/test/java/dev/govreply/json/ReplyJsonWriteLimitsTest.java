package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.govreply.model.Body;
import dev.govreply.model.Limits;
import dev.govreply.model.Reply;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The writers refuse what the reader of the same instance would refuse, naming the JSON Pointer,
 * so that everything written reads back.
 */
class ReplyJsonWriteLimitsTest {

  @Test
  void theDefaultsAreTheModelsLimits() {
    ReplyJson json = ReplyJson.standard();
    assertThat(json.maxStringLength()).isEqualTo(Limits.MAX_STRING_LENGTH);
    assertThat(json.maxDocumentBytes()).isEqualTo(Limits.MAX_DOCUMENT_BYTES);
    assertThat(json.maxDepth()).isEqualTo(Limits.MAX_DEPTH);
  }

  @Test
  void aReplyWithTheLongestStringsIsWrittenAndReadBack() {
    Reply r = Reply.builder().body(Body.builder()
        .addContext("字".repeat(Limits.MAX_STRING_LENGTH)).build()).build();
    assertThat(ReplyJson.standard().read(ReplyJson.standard().write(r))).isEqualTo(r);
  }

  @Test
  void aStringLongerThanTheInstancesLimitIsRefusedWithItsPointer() {
    ReplyJson small = ReplyJson.builder().maxStringLength(10).build();
    Reply r = Reply.builder().title("关于某某事项的建议的答复函").body(Body.builder()
        .addContext("短").addContext("这一段比十个字还要长一些").build()).build();
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> small.write(r));
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(e.reason()).contains("13 chars").contains("maxStringLength (10)");
    assertThat(e.line()).isEqualTo(-1);

    Reply body = Reply.builder().body(Body.builder()
        .addContext("短").addContext("这一段比十个字还要长一些").build()).build();
    assertThat(catchThrowableOfType(ReplyJsonException.class, () -> small.writePretty(body))
        .pointer()).isEqualTo("/body/context/1");
  }

  @Test
  void anExtensionKeyOrValueOverTheLimitIsRefused() {
    ReplyJson small = ReplyJson.builder().maxStringLength(10).build();
    Reply key = Reply.builder().putExtension("a-very-long-key", TextNode.valueOf("x")).build();
    assertThat(catchThrowableOfType(ReplyJsonException.class, () -> small.write(key)).pointer())
        .isEqualTo("/extensions/a-very-long-key");
    ObjectNode o = JsonNodeFactory.instance.objectNode().put("ok", "12345678901");
    Reply value = Reply.builder().putExtension("legacy", o).build();
    assertThat(catchThrowableOfType(ReplyJsonException.class, () -> small.write(value))
        .pointer()).isEqualTo("/extensions/legacy/ok");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    JsonNode deep = TextNode.valueOf("leaf");
    for (int i = 0; i < 10; i++) {
      deep = JsonNodeFactory.instance.arrayNode().add(deep);
    }
    Reply r = Reply.builder().putExtension("deep", deep).build();
    ReplyJson json = ReplyJson.builder().maxDepth(8).build();
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> json.write(r));
    // the document is depth 1, extensions 2, the array 3: the sixth array inside is depth 9
    assertThat(e.pointer()).isEqualTo("/extensions/deep/0/0/0/0/0/0");
    assertThat(e.reason()).contains("maxDepth (8)");
    // the default instance writes it, reads it back, and the small one refuses to read it there
    byte[] written = ReplyJson.standard().write(r);
    assertThat(ReplyJson.standard().read(written)).isEqualTo(r);
    assertThat(catchThrowableOfType(ReplyJsonException.class, () -> json.read(written))
        .pointer()).isEqualTo("/extensions/deep/0/0/0/0/0/0");
  }

  @Test
  void aLongerNumberThanTheReaderTakesIsRefused() {
    BigDecimal big = new BigDecimal("1" + "0".repeat(1000) + ".5");
    Reply r = Reply.builder().putExtension("n", DecimalNode.valueOf(big)).build();
    assertThat(catchThrowableOfType(ReplyJsonException.class,
        () -> ReplyJson.standard().write(r)).pointer()).isEqualTo("/extensions/n");
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedAndNothingIsWritten() throws Exception {
    Body.Builder b = Body.builder();
    for (int i = 0; i < 100; i++) {
      b.addContext("第" + i + "段：我们将进一步加强督促检查，确保各项措施落实到位。");
    }
    Reply r = Reply.builder().body(b.build()).build();
    ReplyJson small = ReplyJson.builder().maxDocumentBytes(2000).build();
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> small.write(r));
    assertThat(e.reason()).contains("maxDocumentBytes (2000 bytes)");
    assertThat(e.pointer()).startsWith("/body/context/");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(catchThrowableOfType(ReplyJsonException.class, () -> small.write(r, out)))
        .isNotNull();
    assertThat(out.size()).isZero();
    // what fits is written whole and reads back
    ReplyJson json = ReplyJson.builder().maxDocumentBytes(ReplyJson.standard().write(r).length)
        .build();
    assertThat(json.read(json.write(r))).isEqualTo(r);
  }
}
