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
    assertThat(Messages.title("GR-TXT-081", Locale.ENGLISH)).isEmpty();
    Finding f = Finding.of("GR-TXT-081", Severity.WARNING, "unknown text", null, null);
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("unknown text");
  }
}
