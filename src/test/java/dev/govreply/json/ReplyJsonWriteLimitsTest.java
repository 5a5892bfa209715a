package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.govreply.model.Body;
import dev.govreply.model.ExtensionValue;
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
    Reply key = Reply.builder().putExtension("a-very-long-key", ExtensionValue.of("x")).build();
    assertThat(catchThrowableOfType(ReplyJsonException.class, () -> small.write(key)).pointer())
        .isEqualTo("/extensions/a-very-long-key");
    Reply value = Reply.builder()
        .putExtension("legacy", JsonFixtures.object("ok", ExtensionValue.of("12345678901"))).build();
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> small.write(value));
    assertThat(e.pointer()).isEqualTo("/extensions/legacy/ok");
    assertThat(e.reason()).contains("11 chars").contains("maxStringLength (10)");
    Reply member = Reply.builder().putExtension("legacy", JsonFixtures.object("ok", ExtensionValue.array(
        ExtensionValue.of(1), JsonFixtures.object("a-very-long-name", ExtensionValue.nullValue())))).build();
    assertThat(catchThrowableOfType(ReplyJsonException.class, () -> small.write(member))
        .pointer()).isEqualTo("/extensions/legacy/ok/1/a-very-long-name");
    // at the limit: written, and read back by the same instance
    Reply fits = Reply.builder()
        .putExtension("legacy", JsonFixtures.object("ok", ExtensionValue.of("1234567890"))).build();
    assertThat(small.read(small.write(fits))).isEqualTo(fits);
  }

  @Test
  void anExtensionStringWithUnpairedSurrogatesCountsItsChars() {
    ReplyJson small = ReplyJson.builder().maxStringLength(10).build();
    // an unpaired surrogate is one char, written as a 6-char escape: the limit counts chars
    String ten = "\ud800\udc00" + "\ud800".repeat(8);
    Reply fits = Reply.builder().putExtension("k", ExtensionValue.of(ten)).build();
    assertThat(small.writeString(fits)).contains("\"k\":\"𐀀" + "\\uD800".repeat(8) + "\"");
    assertThat(small.read(small.write(fits))).isEqualTo(fits);
    Reply over = Reply.builder().putExtension("k", ExtensionValue.array(ExtensionValue.of(ten + "\udc00")))
        .build();
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> small.write(over));
    assertThat(e.pointer()).isEqualTo("/extensions/k/0");
    assertThat(e.reason()).contains("11 chars");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    ExtensionValue deep = ExtensionValue.of("leaf");
    for (int i = 0; i < 10; i++) {
      deep = ExtensionValue.array(deep);
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
  void nestedObjectsDeeperThanTheLimitAreRefused() {
    ExtensionValue deep = ExtensionValue.of(1);
    for (int i = 0; i < 7; i++) {
      deep = JsonFixtures.object("k", deep);
    }
    Reply r = Reply.builder().putExtension("deep", deep).build();
    ReplyJson json = ReplyJson.builder().maxDepth(8).build();
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class, () -> json.write(r));
    assertThat(e.pointer()).isEqualTo("/extensions/deep/k/k/k/k/k/k");
    assertThat(e.reason()).contains("maxDepth (8)");
    // one level less is written and read back by the same instance
    Reply fits = Reply.builder().putExtension("deep", ((ExtensionValue.JsonObject) deep).get("k"))
        .build();
    assertThat(json.read(json.write(fits))).isEqualTo(fits);
  }

  @Test
  void aLongerNumberThanTheReaderTakesIsRefused() {
    BigDecimal big = new BigDecimal("1" + "0".repeat(1000) + ".5");
    Reply r = Reply.builder().putExtension("n", ExtensionValue.of(big)).build();
    ReplyJsonException e = catchThrowableOfType(ReplyJsonException.class,
        () -> ReplyJson.standard().write(r));
    assertThat(e.pointer()).isEqualTo("/extensions/n");
    assertThat(e.reason()).contains("1000 digits");
    Reply nested = Reply.builder().putExtension("n", ExtensionValue.array(ExtensionValue.of(1),
        ExtensionValue.of(new BigDecimal("9".repeat(1001))))).build();
    assertThat(catchThrowableOfType(ReplyJsonException.class,
        () -> ReplyJson.standard().write(nested)).pointer()).isEqualTo("/extensions/n/1");
  }

  @Test
  void theLimitIsOnTheWrittenTextNotOnTheValue() {
    // 1000 digits are written and read back with every digit
    BigDecimal longest = new BigDecimal("9".repeat(999) + "7");
    // a huge or tiny value is a short text in exponent form
    BigDecimal huge = new BigDecimal("1.5E+999999999");
    BigDecimal tiny = new BigDecimal("-2.5E-999999999");
    BigDecimal digits = new BigDecimal(new java.math.BigInteger("1" + "0".repeat(900) + "3"), 5000);
    Reply r = Reply.builder().putExtension("longest", ExtensionValue.of(longest))
        .putExtension("huge", ExtensionValue.of(huge)).putExtension("tiny", ExtensionValue.of(tiny))
        .putExtension("digits", ExtensionValue.of(digits)).build();
    String text = ReplyJson.standard().writeString(r);
    assertThat(text).contains("\"longest\":" + longest + ",").contains("\"huge\":1.5E+999999999,")
        .contains("\"tiny\":-2.5E-999999999,").contains("\"digits\":" + digits + "}");
    assertThat(digits.toString()).hasSizeLessThanOrEqualTo(1000).contains("E-");
    assertThat(ReplyJson.standard().read(text)).isEqualTo(r);
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
