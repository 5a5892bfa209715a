package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.cli.Cli.Run;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With {@code --lang zh} the reports for people hold no English message: every finding of every
 * sample, the text reader's (GR-TXT) included, in {@code check} and {@code read --report}.
 */
class ChineseReportsTest {

  /** A finding line: rule ID, Chinese severity, then the message and the fix. */
  private static final Pattern FINDING =
      Pattern.compile("(GR-[A-Z]{3}-\\d{3}) (错误|警告|提示)：(.*)$");
  /** A lower-case English word: every English message has some ("no", "the", "date"). */
  private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{2,}\\b");

  /** The messages of the finding lines of {@code report}, without the fix. */
  static List<String> messages(String report) {
    List<String> messages = new ArrayList<>();
    for (String line : report.lines().toList()) {
      Matcher m = FINDING.matcher(line);
      if (m.find()) {
        String message = m.group(3);
        int fix = message.lastIndexOf("（建议：");
        messages.add(m.group(1) + " " + (fix < 0 ? message : message.substring(0, fix)));
      }
    }
    return messages;
  }

  @Test
  void checkWithLangZhHasNoEnglishMessage() throws IOException {
    Run r = Cli.run(CheckCommandTest.args(List.of("--lang", "zh"),
        CheckCommandTest.samples()));
    List<String> messages = messages(r.out());
    assertThat(messages).as(r.out()).hasSizeGreaterThan(100)
        .anyMatch(m -> m.startsWith("GR-TXT-"))
        .noneMatch(m -> ENGLISH_WORD.matcher(m).find());
  }

  @Test
  void readReportWithLangZhHasNoEnglishMessage() throws IOException {
    List<String> args = new ArrayList<>(List.of("read", "--report", "--lang", "zh"));
    args.addAll(CheckCommandTest.samples());
    Run r = Cli.run(args.toArray(String[]::new));
    List<String> messages = messages(r.err());
    assertThat(messages).as(r.err()).hasSizeGreaterThan(100)
        .allMatch(m -> m.startsWith("GR-TXT-"))
        .noneMatch(m -> ENGLISH_WORD.matcher(m).find());
  }
}
