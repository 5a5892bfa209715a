package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's rules (GR-TXT, {@link TextRules} and {@link BodyRules}) have a title and a message
 * in English and in Chinese in the rules bundles, so that a reader finding is shown in Chinese;
 * the English message is the rule's description.
 */
class ReaderRuleMessagesTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  /** A lower-case English word, which no Chinese message holds. */
  private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{2,}\\b");

  /** Every reader rule's ID and its description. */
  static Map<String, String> readerRules() {
    Map<String, String> rules = new LinkedHashMap<>();
    TextRules.all().forEach((id, rule) -> rules.put(id, rule.description()));
    for (BodyRules r : BodyRules.values()) {
      rules.put(r.id(), r.message());
    }
    return rules;
  }

  @Test
  void everyReaderRuleHasATitleAndMessageInEnglishAndChinese() {
    assertThat(readerRules()).hasSizeGreaterThanOrEqualTo(48);
    readerRules().forEach((id, description) -> {
      assertThat(Messages.title(id, Locale.ENGLISH)).as(id + " English title").isPresent();
      assertThat(Messages.message(id, Locale.ENGLISH, List.of())).as(id + " English message")
          .contains(description);
      String title = Messages.title(id, ZH).orElse("");
      String message = Messages.message(id, ZH, List.of("“x”")).orElse("");
      assertThat(title).as(id + " Chinese title").isNotBlank()
          .isNotEqualTo(Messages.title(id, Locale.ENGLISH).orElseThrow())
          .doesNotContainPattern(ENGLISH_WORD);
      assertThat(message).as(id + " Chinese message").isNotBlank().doesNotContain("{")
          .doesNotContainPattern(ENGLISH_WORD).containsPattern("\\p{IsHan}");
    });
  }

  @Test
  void theBundlesHoldNoReaderRuleThatIsNotOne() {
    for (Locale l : List.of(Locale.ENGLISH, ZH)) {
      ResourceBundle b = Messages.bundle(l);
      Set<String> inBundle = new TreeSet<>();
      for (String key : b.keySet()) {
        if (key.startsWith("GR-TXT-")) {
          inBundle.add(key.substring(0, key.indexOf('.')));
        }
      }
      assertThat(inBundle).as(l.toString()).isEqualTo(new TreeSet<>(readerRules().keySet()));
    }
  }

  @Test
  void aReaderFindingIsShownInChineseWithTheTextFoundAndInEnglishAsTheReaderWroteIt()
      throws IOException {
    ReadResult r = ReplyTextReader.standard().read(Files.readAllBytes(
        Path.of("src/test/resources/samples/27-pingjiang-jtj-jy82.txt")));
    Finding brackets = r.report().findings().stream()
        .filter(f -> f.ruleId().equals("GR-TXT-001")).findFirst().orElseThrow();

    assertThat(brackets.message(ZH)).startsWith("发文字号").contains("平交复函[2017]19号")
        .doesNotContainPattern(ENGLISH_WORD);
    assertThat(brackets.message(Locale.ENGLISH)).isEqualTo(brackets.message())
        .contains("平交复函[2017]19号");
    assertThat(r.report().findings()).allSatisfy(f ->
        assertThat(f.message(ZH)).as(f.toString()).doesNotContainPattern(ENGLISH_WORD));
  }
}
