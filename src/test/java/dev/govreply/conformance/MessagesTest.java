package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Messages;
import dev.govreply.findings.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void formatsWithArgumentsInEitherLanguage() {
    assertThat(Messages.message("GR-NUM-002", Locale.SIMPLIFIED_CHINESE,
        List.of("平政字〔2024〕12号"))).contains("发文字号的顺序号编了虚位或加了“第”字，应写作平政字〔2024〕12号。");
    assertThat(Messages.message("GR-NUM-002", Locale.ENGLISH, List.of("平政字〔2024〕12号")))
        .contains("The serial of the document number is zero-padded or preceded by 第; write "
            + "平政字〔2024〕12号.");
    assertThat(Messages.message("GR-NUM-002", Locale.CHINESE, List.of("x"))).get().asString()
        .startsWith("发文字号");
  }

  @Test
  void otherLocalesGiveEnglishEvenWhenTheDefaultIsChinese() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      ResourceBundleCaches.clear();
      assertThat(Messages.title("GR-REQ-008", Locale.GERMAN)).contains("Date missing");
      assertThat(Messages.title("GR-REQ-008", Locale.TRADITIONAL_CHINESE)).contains("Date missing");
    } finally {
      Locale.setDefault(saved);
      ResourceBundleCaches.clear();
    }
  }

  @Test
  void unknownRulesHaveNoText() {
    assertThat(Messages.title("GR-ZZZ-001", Locale.ENGLISH)).isEmpty();
    Finding f = Finding.of("GR-ZZZ-001", Severity.WARNING, "unknown text", null, null);
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("unknown text");
  }

  @Test
  void aMissingArgumentIsLeftOutNotPrintedAsAPlaceholder() {
    assertThat(Messages.message("GR-TXT-001", Locale.SIMPLIFIED_CHINESE, List.of()))
        .contains("发文字号的年份未用六角括号〔〕括入。");
    assertThat(Messages.message("GR-TXT-001", Locale.SIMPLIFIED_CHINESE, List.of("平交复函[2017]19号")))
        .contains("发文字号平交复函[2017]19号的年份未用六角括号〔〕括入。");
    assertThat(Messages.message("GR-NUM-003", Locale.SIMPLIFIED_CHINESE, List.of("1900")))
        .contains("发文字号年份1900不在至之间。");
  }

  @Test
  void englishShowsTheFindingsOwnMessageChineseTheRules() {
    Finding f = Finding.of("GR-TXT-051", Severity.INFO,
        "session 九届人大四次会议 in the title, 岳阳市第九届人民代表大会第四次会议 in the opening",
        "motion.session", null);
    assertThat(f.message(Locale.ENGLISH)).isEqualTo(f.message());
    assertThat(f.message(Locale.GERMAN)).isEqualTo(f.message());
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "标题与开头语中的会议届次写法不同，保留较完整的写法。");
    assertThat(Messages.chinese(Locale.CHINESE)).isTrue();
    assertThat(Messages.chinese(Locale.TRADITIONAL_CHINESE)).isFalse();
  }
}
