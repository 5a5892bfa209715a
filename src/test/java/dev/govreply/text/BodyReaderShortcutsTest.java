package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts of {@link BodyReader} against what they stand for. */
class BodyReaderShortcutsTest {

  private static final String ALPHABET = "一二三四五六七八九十百零〇两0123456789０１２３４５６７８９是、.（）(),a ";

  private static String random(Random r, int maxLength) {
    int n = r.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  @Test
  void numeralOfAWindowIsTheNumeralOfItsText() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String one = String.valueOf((char) c);
      assertThat(BodyReader.numeral(one, 0, 1)).as("U+%04X", c)
          .isEqualTo(BodyReader.numeral(one));
    }
    Random r = new Random(3L);
    for (int i = 0; i < 100_000; i++) {
      String t = random(r, 6);
      int from = t.isEmpty() ? 0 : r.nextInt(t.length());
      int to = from + (t.isEmpty() ? 0 : r.nextInt(t.length() - from + 1));
      if (to > from) {
        assertThat(BodyReader.numeral(t, from, to)).as(t + " " + from + " " + to)
            .isEqualTo(BodyReader.numeral(t.substring(from, to)));
      }
    }
  }

  @Test
  void markIsTheTextOfTheWindow() {
    Random r = new Random(5L);
    for (int i = 0; i < 100_000; i++) {
      String t = random(r, 7);
      int from = t.isEmpty() ? 0 : r.nextInt(t.length());
      int to = from + (t.isEmpty() ? 0 : r.nextInt(t.length() - from + 1));
      String expected = t.substring(from, to);
      assertThat(BodyReader.mark(t, from, to)).as(t + " " + from + " " + to).isEqualTo(expected);
      // and again, when it may be kept
      assertThat(BodyReader.mark(new StringBuilder(t), from, to)).isEqualTo(expected);
    }
    assertThat(BodyReader.mark("一、", 0, 2)).isSameAs(BodyReader.mark("x一、", 1, 3));
  }
}
