package dev.govreply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsTest {

  @ParameterizedTest
  @ValueSource(chars = {' ', '\t', '\n', '\r', '\u3000', '\u00A0', '\u2002', '\u2003', '\u2009',
      '\u200B', '\uFEFF', '\u202F', '\u2028'})
  void capturesPadTextWithTheseBlanks(char c) {
    assertThat(Chars.isBlank(c)).isTrue();
    assertThat(Chars.key(c)).isEqualTo(' ');
  }

  @ParameterizedTest
  @ValueSource(chars = {'平', 'a', '0', '：', '、', '\u200D', '\u00AD', '·'})
  void theseAreNotBlanks(char c) {
    assertThat(Chars.isBlank(c)).isFalse();
  }

  @Test
  void blanksAreRemovedStrippedAndSkipped() {
    assertThat(Chars.removeBlanks(" 平\u3000政\u200B字\t")).isEqualTo("平政字");
    String noBlanks = "平政字";
    assertThat(Chars.removeBlanks(noBlanks)).isSameAs(noBlanks);
    assertThat(Chars.strip("\u3000 冯  华\uFEFF")).isEqualTo("冯  华");
    assertThat(Chars.skipBlanks("\u3000 一、", 0)).isEqualTo(2);
    assertThat(Chars.isBlank("\u3000 \t")).isTrue();
    assertThat(Chars.isBlank("")).isTrue();
    assertThat(Chars.weight("承 办 人", 10)).isEqualTo(3);
    assertThat(Chars.weightAtMost("承 办 人", 3)).isTrue();
    assertThat(Chars.weightAtMost("承办人：何勇", 3)).isFalse();
  }

  @Test
  void theKeyReadsFullWidthFormsAsAsciiAndTraditionalAsSimplified() {
    assertThat(Chars.key("承辦人：何勇（０７３０）")).isEqualTo("承办人:何勇(0730)");
    assertThat(Chars.key("第十七屆人民代表大會第三次會議第5號")).isEqualTo("第十七届人民代表大会第三次会议第5号");
    assertThat(Chars.key("二○二四年")).isEqualTo("二〇二四年");
    assertThat(Chars.key("負 責 人")).hasSize(5).isEqualTo("负 责 人");
  }

  @Test
  void simplifiedKeepsPunctuationAndTheTextWithoutTraditionalCharacters() {
    assertThat(Chars.simplified("感謝您的關心，")).isEqualTo("感谢您的关心，");
    String simple = "感谢您的关心，";
    assertThat(Chars.simplified(simple)).isSameAs(simple);
    assertThat(Chars.simplified('號')).isEqualTo('号');
    assertThat(Chars.simplified("答複 答覆 答復")).isEqualTo("答复 答复 答复"); // three traditional forms of 复
  }

  /**
   * Any traditional character reads as simplified, not only those of the genre's words: a record's
   * labels (問題內容, 標題), a deputy's name (盧煥齊), a unit (縣林業局).
   */
  @Test
  void everyTraditionalCharacterReadsAsSimplified() {
    assertThat(Chars.simplified("問題內容 標題 盧煥齊 縣林業局 劉毅 主題詞"))
        .isEqualTo("问题内容 标题 卢焕齐 县林业局 刘毅 主题词");
    assertThat(Chars.simplified("關於 之後")).isEqualTo("关于 之后");
    // Taiwan's and Hong Kong's forms, and the PRC's form where the database gives another
    assertThat(Chars.simplified("發佈 裏 週 爲 羣 委託 諮詢")).isEqualTo("发布 里 周 为 群 委托 咨询");
  }

  /**
   * A simplified text reads as it is written: every character of GB 2312 is its own simplified
   * form but for the three traditional ones replies print that GB 2312 holds too (於, 後, 覆).
   * 著, 乾 and 藉 of simplified text stay as written.
   */
  @Test
  void aSimplifiedTextReadsAsWritten() {
    java.nio.charset.CharsetEncoder gb2312 =
        java.nio.charset.Charset.forName("GB2312").newEncoder();
    StringBuilder changed = new StringBuilder();
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      if (gb2312.canEncode(c) && Chars.simplified(c) != c) {
        changed.append(c);
      }
    }
    assertThat(changed.toString()).isEqualTo("後於覆");
    assertThat(Chars.simplified("显著 乾坤 凭藉")).isEqualTo("显著 乾坤 凭藉");
  }

  @Test
  void hanAndCjk() {
    assertThat(Chars.isHan('平')).isTrue();
    assertThat(Chars.isHan('〇')).isTrue();
    assertThat(Chars.withoutQuotationMarks("“在我市开展‘倡导’”\"的\"『提案』"))
        .isEqualTo("在我市开展倡导的提案");
    // a radical (⽂ for 文, as PDF text prints it) is a symbol, which no name of the model takes
    assertThat(Chars.isHan('⽂')).isFalse();
    assertThat("张文明").matches("[" + Chars.HAN + "]+"); // the patterns' class is the same test
    assertThat("张⽂明").doesNotMatch("[" + Chars.HAN + "]+");
    assertThat(Chars.isHan('，')).isFalse();
    assertThat(Chars.isCjk('，')).isTrue();
    assertThat(Chars.isCjk('“')).isTrue();
    assertThat(Chars.isCjk('a')).isFalse();
  }

  @Test
  void theKeyOfAKeyIsTheKey() {
    // readers match keys of texts that are keys already (DateText.inKey): no key maps onward
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char k = Chars.key((char) c);
      assertThat(Chars.key(k)).as("U+%04X", c).isEqualTo(k);
    }
  }

  @Test
  void runsAreTheTextsBetweenBlanks() {
    assertThat(Chars.runs("  市督查局 \u3000市政协提案委 ")).containsExactly("市督查局", "市政协提案委");
    assertThat(Chars.runs(" \t ")).isEmpty();
    assertThat(Chars.runs("平江县")).containsExactly("平江县");
  }

  @Test
  void tellsWhetherATextIsAnotherWithCharactersLeftOut() {
    assertThat(Chars.inOrderIn("市十届人大次会议", "市十一届人大一次会议")).isTrue();
    assertThat(Chars.inOrderIn("住建局", "住房和城乡建设局")).isTrue();
    assertThat(Chars.inOrderIn("", "会议")).isTrue();
    assertThat(Chars.inOrderIn("会议", "会议")).isTrue();
    assertThat(Chars.inOrderIn("县十届人大次会议", "县九届人大三次会议")).isFalse(); // 十 is not there
    assertThat(Chars.inOrderIn("议会", "会议")).isFalse(); // the same characters in another order
    assertThat(Chars.inOrderIn("会议会", "会议")).isFalse(); // a character more often than there
  }
}
