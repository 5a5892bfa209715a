package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.internal.Chars;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand-written checks of {@link LayoutReader} against the definitions they replace. */
class LayoutScanTest {
  private static final String ALPHABET = "您你贵近年。，,!！平江县人民政府代表：:（）() \u3000\u00A0\u200B\uFEFF"
      + "ａＢ１2号〔〕一二十、.．";

  /** A numbered heading of the body at the start, after blanks: 一、 1. （一） （1）. */
  private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
      "[\\s\u00A0\u3000\u200B\uFEFF]*([一二三四五六七八九十]{1,3}[、.．]"
          + "|[0-9０-９]{1,2}[.．、](?![0-9０-９])|[（(][一二三四五六七八九十]{1,3}[）)]"
          + "|[（(][0-9０-９]{1,2}[）)]).*", java.util.regex.Pattern.DOTALL);

  /** The definition: the key without blanks, then the tests on that string. */
  private static boolean looksLikeBodyReference(String text, boolean begun) {
    String k = Chars.removeBlanks(Chars.key(text));
    if (begun && k.length() > 40 || k.indexOf('。') >= 0 || k.indexOf(',') >= 0
        || k.indexOf('!') >= 0) {
      return true;
    }
    return k.startsWith("您") || k.startsWith("你") || k.startsWith("贵") || k.startsWith("近年")
        || HEADING.matcher(text).matches();
  }

  @Test
  void looksLikeBodyAgreesWithItsDefinition() {
    Random r = new Random(3L);
    for (int i = 0; i < 200_000; i++) {
      int n = r.nextInt(i % 10 == 0 ? 60 : 8);
      StringBuilder sb = new StringBuilder(n);
      for (int k = 0; k < n; k++) {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String t = sb.toString();
      boolean begun = r.nextBoolean();
      assertThat(LayoutReader.looksLikeBody(new Line(1, 1, t), begun)).as(t)
          .isEqualTo(looksLikeBodyReference(t, begun));
    }
  }
}
