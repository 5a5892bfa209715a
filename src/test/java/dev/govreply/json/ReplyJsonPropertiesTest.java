package dev.govreply.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.govreply.ReplyGenerators;
import org.junit.jupiter.api.Test;

/** Properties of {@link ReplyJson} over generated replies. */
class ReplyJsonPropertiesTest {

  private static final ReplyJson JSON = ReplyJson.standard();

  @Test
  void readOfWriteIsTheSameReply() {
    qt().withExamples(1000).forAll(ReplyGenerators.replies())
        .checkAssert(r -> assertThat(JSON.read(JSON.write(r))).isEqualTo(r));
  }

  @Test
  void writeIsDeterministicAndCanonical() {
    qt().withExamples(1000).forAll(ReplyGenerators.replies()).checkAssert(r -> {
      byte[] bytes = JSON.write(r);
      assertThat(JSON.write(r)).isEqualTo(bytes);
      assertThat(JSON.write(JSON.read(bytes))).isEqualTo(bytes);
      assertThat(JSON.writeString(r).getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(bytes);
    });
  }

  @Test
  void prettyFormReadsBackEqual() {
    qt().withExamples(300).forAll(ReplyGenerators.replies())
        .checkAssert(r -> assertThat(JSON.read(JSON.writePretty(r))).isEqualTo(r));
  }

  @Test
  void writtenTextIsNeverUnicodeEscapedExceptControls() {
    qt().withExamples(300).forAll(ReplyGenerators.replies()).checkAssert(r -> {
      String text = JSON.writeString(r);
      // the only \\u escapes Jackson writes are for control characters U+0000..U+001F
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u([0-9A-Fa-f]{4})")
          .matcher(text);
      while (m.find()) {
        assertThat(Integer.parseInt(m.group(1), 16)).isLessThan(0x20);
      }
    });
  }
}
