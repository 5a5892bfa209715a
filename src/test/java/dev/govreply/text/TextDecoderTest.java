package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * UTF-8 detection takes the JDK's fast String decoding when its result has no U+FFFD; the result
 * is always the strict decoder's: the same text for valid UTF-8 (also when it holds U+FFFD), and
 * for malformed bytes no UTF-8 text (GB18030, or an error).
 */
class TextDecoderTest {

  /** The strict UTF-8 decoding, or null when the bytes are not valid UTF-8. */
  private static String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void detectionAgreesWithTheStrictDecoder() {
    Random r = new Random(5L);
    String alphabet = "平江县答复\uFFFDa1 \n。\uD840\uDC00";
    for (int i = 0; i < 50_000; i++) {
      byte[] b;
      if (i % 2 == 0) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(12); k > 0; k--) {
          char c = alphabet.charAt(r.nextInt(alphabet.length()));
          sb.append(Character.isHighSurrogate(c) ? "\uD840\uDC00" : Character.isLowSurrogate(c)
              ? "" : String.valueOf(c));
        }
        b = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (b.length > 0 && r.nextInt(3) == 0) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256); // damage one byte
        }
      } else {
        b = new byte[r.nextInt(10)];
        r.nextBytes(b);
      }
      String strict = strictUtf8(b);
      if (strict != null) {
        TextDecoder.Decoded d = TextDecoder.decode(b, b.length, null);
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
            && (b[2] & 0xFF) == 0xBF) {
          continue; // a BOM: decoded without it
        }
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).isEqualTo(strict);
      } else {
        try {
          TextDecoder.Decoded d = TextDecoder.decode(b, b.length, null);
          assertThat(d.charset()).isNotEqualTo(StandardCharsets.UTF_8);
        } catch (TextReadException e) {
          assertThat(e.getMessage()).contains("not UTF-8");
        }
      }
    }
  }

  @Test
  void aReplacementCharacterInTheTextIsKept() {
    byte[] b = "平江\uFFFD县".getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded d = TextDecoder.decode(b, b.length, null);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo("平江\uFFFD县");
  }

  @Test
  void malformedUtf8WithAnExplicitCharsetNamesTheByte() {
    byte[] b = {(byte) 0xE5, (byte) 0xB9, 'a'};
    assertThatThrownBy(() -> TextDecoder.decode(b, b.length, StandardCharsets.UTF_8))
        .isInstanceOf(TextReadException.class).hasMessageContaining("not valid UTF-8");
  }
}
