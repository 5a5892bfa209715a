package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.internal.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks of {@link BodyScan} against the patterns they stand for. */
class BodyScanTest {

  /** Characters the patterns care about, their traditional forms, and some others. */
  private static final String ALPHABET = "一二三四五六七八九十是、.．（()）)0123456789０１９"
      + "。！？!?；;：:，,下步今后後段期阶階接来工作再次衷心非常分真诚感谢謝特此答复復覆函回说明告致敬礼禮"
      + "以上办辦理意见見情况如有疑问問题題不妥满滿欢歡迎您你们們继繼续續希望恳请請挚是否满意反馈饋征询表度测评"
      + "我局委厅院部单位市县区省处中还也会會将將年好 \u3000\u00A0abc%";

  private static final Pattern RUN_IN_AT = Pattern.compile("([一二三四五六七八九十]{1,3})是");

  private static String random(Random r, int maxLength) {
    int n = r.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(40) == 0) {
        sb.appendCodePoint(0x20000 + r.nextInt(100)); // a Han character outside the BMP
      } else {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }

  private static int end(Pattern p, String t, int at) {
    Matcher m = p.matcher(t);
    m.region(at, t.length());
    return m.lookingAt() ? m.end() : -1;
  }

  /** The normalisation as first written. */
  private static String normaliseReference(String s) {
    String traditional = "謝復覆滿禮歡饋見請關於為這們對將後個階進繼續總結說現經與務辦來類問題應該會議";
    String simplified = "谢复复满礼欢馈见请关于为这们对将后个阶进继续总结说现经与务办来类问题应该会议";
    StringBuilder sb = new StringBuilder(s);
    for (int i = 0; i < s.length(); i++) {
      int k = traditional.indexOf(s.charAt(i));
      if (k >= 0) {
        sb.setCharAt(i, simplified.charAt(k));
      }
    }
    return sb.toString();
  }

  @Test
  void hanAgreesWithTheUnicodeScriptForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (BodyScan.han(cp) != expected) {
        assertThat(BodyScan.han(cp)).as("U+%04X", cp).isEqualTo(expected);
      }
    }
  }

  @Test
  void queryFirstAgreesWithTheNormalisedFirstCharactersForEveryChar() {
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      boolean expected = "是敬征满".indexOf(normaliseReference(String.valueOf(ch)).charAt(0)) >= 0;
      assertThat(BodyScan.queryFirst(ch)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void checksAgreeWithThePatternsOnGeneratedText() {
    Random r = new Random(20241018L);
    for (int i = 0; i < 300_000; i++) {
      String t = random(r, i % 3 == 0 ? 4 : 12);
      String n = normaliseReference(t);
      assertThat(Chars.simplified(t)).isEqualTo(n);
      assertThat(BodyScan.measureEnd(t)).as(t).isEqualTo(end(Paragraphs.MEASURE, t, 0));
      assertThat(BodyScan.parenthesizedEnd(t)).as(t)
          .isEqualTo(end(Paragraphs.PARENTHESIZED, t, 0));
      assertThat(BodyScan.arabicEnd(t)).as(t).isEqualTo(end(Paragraphs.ARABIC, t, 0));
      assertThat(BodyScan.parenthesizedArabicEnd(t)).as(t)
          .isEqualTo(end(Paragraphs.PARENTHESIZED_ARABIC, t, 0));
      assertThat(BodyScan.runInEnd(t, 0)).as(t).isEqualTo(end(Paragraphs.RUN_IN, t, 0));
      int at = t.isEmpty() ? 0 : r.nextInt(t.length());
      assertThat(BodyScan.runInEnd(t, at)).as(t + " at " + at)
          .isEqualTo(end(RUN_IN_AT, t, at));
      assertThat(BodyScan.closingStart(t)).as(t)
          .isEqualTo(Paragraphs.CLOSING.matcher(n).lookingAt());
      assertThat(BodyScan.letterFormula(t)).as(t)
          .isEqualTo(Paragraphs.LETTER_FORMULA.matcher(n).matches());
      assertThat(BodyScan.greeting(t)).as(t)
          .isEqualTo(Paragraphs.GREETING.matcher(t).matches());
      int h = BodyReader.headingEnd(t);
      assertThat(BodyReader.headingEnd(n)).isEqualTo(h);
      assertThat(BodyScan.closingQuery(t, h)).as(t)
          .isEqualTo(Paragraphs.CLOSING_QUERY.matcher(n.substring(0, h)).find());
      assertThat(BodyScan.commitmentsStrongEnd(t)).as(t)
          .isEqualTo(end(Paragraphs.COMMITMENTS_STRONG, n, 0));
      assertThat(BodyScan.commitmentsWe(t)).as(t)
          .isEqualTo(Paragraphs.COMMITMENTS_WE.matcher(n).lookingAt());
      String year = (r.nextBoolean() ? "2024年" : r.nextBoolean() ? "２０２４年" : "")
          + (r.nextBoolean() ? "，" : ",") + t;
      assertThat(BodyScan.commitmentsYear(year)).as(year)
          .isEqualTo(Paragraphs.COMMITMENTS_YEAR.matcher(normaliseReference(year)).lookingAt());
    }
  }

  /** The opening checks of {@link BodyReader} against their patterns. */
  @Test
  void openingChecksAgreeWithThePatterns() {
    String alphabet = "收悉到如下答复回函办理来信提出的所您。：:，,的 \u3000一是辦來復覆";
    Random r = new Random(7L);
    for (int i = 0; i < 200_000; i++) {
      int n = r.nextInt(14);
      StringBuilder sb = new StringBuilder(n);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String t = sb.toString();
      Matcher m = BodyReader.ANSWER_FOLLOWS.matcher(t);
      assertThat(BodyReader.answerFollowsEnd(t)).as(t).isEqualTo(m.find() ? m.end() : -1);
      assertThat(BodyScan.openingFormula(t)).as(t)
          .isEqualTo(BodyReader.OPENING_FORMULA.matcher(normaliseReference(t)).find());
    }
  }

  @Test
  void openingFirstAgreesWithTheNormalisedFirstCharactersForEveryChar() {
    for (int c = 0; c <= 0xFFFF; c++) {
      char ch = (char) c;
      boolean expected =
          "收如答回函办来提所".indexOf(normaliseReference(String.valueOf(ch)).charAt(0)) >= 0;
      assertThat(BodyScan.openingFirst(ch)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  /** The checks read a window of a paragraph buffer exactly as they read the same string. */
  @Test
  void checksReadAParagraphWindowAsTheString() {
    Random r = new Random(11L);
    for (int i = 0; i < 100_000; i++) {
      String t = random(r, 12);
      String pad = random(r, 3);
      char[] chars = (pad + t + pad).toCharArray();
      int[] pos = new int[chars.length];
      Paragraphs.Para p = new Paragraphs.Para(chars, pos, pos, pad.length(), t.length());
      assertThat(p.text()).isEqualTo(t);
      assertThat(BodyScan.measureEnd(p)).as(t).isEqualTo(BodyScan.measureEnd(t));
      assertThat(BodyScan.runInEnd(p, 0)).as(t).isEqualTo(BodyScan.runInEnd(t, 0));
      assertThat(BodyScan.closingStart(p)).as(t).isEqualTo(BodyScan.closingStart(t));
      assertThat(BodyScan.letterFormula(p)).as(t).isEqualTo(BodyScan.letterFormula(t));
      assertThat(BodyScan.greeting(p)).as(t).isEqualTo(BodyScan.greeting(t));
      assertThat(BodyReader.headingEnd(p)).as(t).isEqualTo(BodyReader.headingEnd(t));
      assertThat(Paragraphs.startsStructure(p)).as(t).isEqualTo(Paragraphs.startsStructure(t));
      assertThat(p.indexOf('是', 1)).as(t).isEqualTo(t.indexOf('是', 1));
      int a = t.isEmpty() ? 0 : r.nextInt(t.length());
      int b = a + r.nextInt(t.length() - a + 1);
      assertThat(p.sub(a, b).text()).isEqualTo(t.substring(a, b));
      assertThat(p.strip(a, b).text()).isEqualTo(Chars.strip(t.substring(a, b)));
    }
  }

  /** A paragraph records each of its source lines once, in order, as reading every char does. */
  @Test
  void paragraphTargetsEachLineOnce() {
    Random r = new Random(13L);
    for (int i = 0; i < 20_000; i++) {
      int n = r.nextInt(200);
      int[] line = new int[n + 4];
      int l = 1 + r.nextInt(3);
      for (int k = 0; k < line.length; k++) {
        if (r.nextInt(r.nextBoolean() ? 3 : 40) == 0) {
          l += 1 + r.nextInt(2);
        }
        line[k] = l;
      }
      int off = r.nextInt(3);
      int len = Math.min(n, line.length - off);
      Paragraphs.Para p = new Paragraphs.Para(new char[line.length], line, line, off, len);
      List<String> lines = new ArrayList<>();
      for (int k = 0; k <= l; k++) {
        lines.add("x");
      }
      ReadContext fast = new ReadContext(lines);
      p.target(fast, "body.context[0]");
      ReadContext each = new ReadContext(lines);
      for (int k = off; k < off + len; k++) {
        each.target(line[k], "body.context[0]");
      }
      assertThat(fast.report(java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(each.report(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Hand-made cases for each formula. */
  @Test
  void formulas() {
    assertThat(BodyScan.closingStart("再次感謝您")).isTrue();
    assertThat(BodyScan.closingStart("欢迎你们今后")).isTrue();
    assertThat(BodyScan.closingStart("欢迎您们继续")).isFalse();
    assertThat(BodyScan.closingStart("希望您继续")).isTrue();
    assertThat(BodyScan.closingStart("如有不满意")).isTrue();
    assertThat(BodyScan.letterFormula("此致敬禮！")).isTrue();
    assertThat(BodyScan.greeting("你们好！")).isTrue();
    assertThat(BodyScan.greeting("你們好")).isFalse();
    assertThat(BodyScan.commitmentsYear("2024年，我们將继续")).isTrue();
    assertThat(BodyScan.commitmentsYear("2024年，我们。将继续")).isFalse();
    assertThat(BodyScan.commitmentsWe("我局會")).isTrue();
    assertThat(BodyScan.commitmentsStrongEnd("下一步工作，")).isEqualTo(3);
    assertThat(BodyScan.commitmentsStrongEnd("後段")).isEqualTo(2);
    assertThat(BodyScan.arabicEnd("1.5亿元")).isEqualTo(-1);
    assertThat(BodyScan.arabicEnd("12、")).isEqualTo(3);
    assertThat(BodyScan.measureEnd("一二三四、")).isEqualTo(-1);
  }
}
