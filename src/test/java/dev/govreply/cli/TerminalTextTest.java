package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class TerminalTextTest {

  static final char ESC = 0x1B;

  /** Reads an escaped text back: {@code \\} is a backslash, {@code \}{@code uXXXX} a character. */
  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
        sb.append('\\');
        i++;
      } else if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Test
  void controlsThatDriveATerminalAreEscaped() {
    assertThat(TerminalText.escape(ESC + "]0;pwned\u0007" + ESC + "[31m红" + ESC + "[0m"))
        .isEqualTo("\\u001B]0;pwned\\u0007\\u001B[31m红\\u001B[0m");
    assertThat(TerminalText.escape("a\u007Fb\u0080c\u009Bd")).isEqualTo(
        "a\\u007Fb\\u0080c\\u009Bd");
    assertThat(TerminalText.escape("\r\u0000")).isEqualTo("\\u000D\\u0000");
  }

  @Test
  void bidiControlsAndLineSeparatorsAreEscaped() {
    String bidi = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"
        + "\u2028\u2029";
    assertThat(TerminalText.escape("张" + bidi + "亮")).isEqualTo("张\\u061C\\u200E\\u200F"
        + "\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069\\u2028\\u2029亮");
    // neighbours stay: zero-width space, word joiner, ordinary text
    assertThat(TerminalText.escape("\u200B\u2060\u2027\u206A平政字〔2024〕12号"))
        .isEqualTo("\u200B\u2060\u2027\u206A平政字〔2024〕12号");
  }

  @Test
  void textKeepsTabsAndLineFeedsAndALineEscapesThem() {
    assertThat(TerminalText.escape("a\tb\nc")).isEqualTo("a\tb\nc");
    assertThat(TerminalText.line("a\tb\nc")).isEqualTo("a\\u0009b\\u000Ac");
    assertThat(TerminalText.name(Path.of("evil\nx.txt: forged line")))
        .isEqualTo("evil\\u000Ax.txt: forged line");
  }

  @Test
  void backslashesAreDoubledOnlyWhereTheyCouldBeMisread() {
    assertThat(TerminalText.escape("C:\\data\\file.txt")).isEqualTo("C:\\data\\file.txt");
    assertThat(TerminalText.escape("\\u001B")).isEqualTo("\\\\u001B"); // literal, not an ESC
    assertThat(TerminalText.escape("\\" + ESC)).isEqualTo("\\\\\\u001B");
    assertThat(TerminalText.escape("a\\\\b")).isEqualTo("a\\\\\\b");
    assertThat(TerminalText.escape("end\\")).isEqualTo("end\\");
    assertThat(TerminalText.line("\\\n")).isEqualTo("\\\\\\u000A");
    assertThat(TerminalText.escape("\\\n")).isEqualTo("\\\n");
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String s = "平江县人民政府 对岳阳市九届人大四次会议第241号建议的 答 复";
    assertThat(TerminalText.escape(s)).isSameAs(s);
    assertThat(TerminalText.line(s)).isSameAs(s);
  }

  /** Strings made of the characters that matter here. */
  static Gen<String> tricky() {
    String alphabet = "ab\\u\t\n\r" + ESC + "\u007F\u0085\u202E\u2028平";
    return SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, 12)
        .map(l -> {
          StringBuilder sb = new StringBuilder();
          l.forEach(i -> sb.append(alphabet.charAt(i)));
          return sb.toString();
        });
  }

  @Test
  void theEscapedTextReadsBackUnambiguouslyAndHoldsNoControls() {
    qt().withExamples(5000).forAll(tricky()).checkAssert(s -> {
      for (boolean keepLines : new boolean[] {true, false}) {
        String e = keepLines ? TerminalText.escape(s) : TerminalText.line(s);
        assertThat(unescape(e)).isEqualTo(s);
        for (char c : e.toCharArray()) {
          assertThat(TerminalText.isEscaped(c, keepLines)).as("%s in %s", (int) c, e).isFalse();
        }
      }
    });
  }
}
