package dev.govreply.text.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.govreply.model.Limits;
import dev.govreply.text.LineRecord;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import dev.govreply.text.TextReadException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link ReplyTextReader}: for any bytes only {@link TextReadException} may escape {@code
 * read(byte[])}; for any string within the reader's limits only a {@link TextReadException} for
 * more than {@link Limits#MAX_TEXT_LINES} lines may escape {@code read(String)} (a longer line
 * than {@link Limits#MAX_STRING_LENGTH} cannot be within this reader's 256 Ki chars), and the
 * report accounts
 * for every line (one {@link LineRecord} per line, numbered in order, with the line's text, and no
 * non-blank line left {@linkplain LineRecord#unaccounted() unaccounted}).
 *
 * <p>Lines are split at {@code \r\n}, {@code \n}, {@code \r}, U+2028, U+2029 and U+0085; a final
 * terminator adds no empty line. A leading U+FEFF is not part of the text.
 *
 * <p>The committed inputs under {@code ReplyTextReaderFuzzTestInputs/<method>/} run as regular
 * tests. For {@code readAnyText} they are plain UTF-8 text files (the input bytes are decoded as
 * UTF-8, malformed bytes becoming U+FFFD); {@code readAnyJavaString} draws a string that may hold
 * unpaired surrogates with {@link FuzzedDataProvider#consumeRemainingAsString()}. Fuzz one method
 * at a time: {@code JAZZER_FUZZ=1 mvn test -Dtest='ReplyTextReaderFuzzTest#readAnyText'}.
 */
class ReplyTextReaderFuzzTest {

  private static final ReplyTextReader READER = ReplyTextReader.builder()
      .maxBytes(256 * 1024).maxChars(256 * 1024).build();

  @FuzzTest(maxDuration = "10m")
  void readAnyBytes(byte[] input) {
    ReadResult result;
    try {
      result = READER.read(input);
    } catch (TextReadException e) {
      assertThat(e.reason()).isNotBlank();
      if (e.line() > 0) { // over a limit: more lines than a text may have
        assertThat(e.line()).isEqualTo(Limits.MAX_TEXT_LINES + 1);
        assertThat(e.byteOffset()).isEqualTo(-1);
      } else { // undecodable, or the charset cannot be told
        assertThat(e.byteOffset()).isBetween(0L, (long) input.length);
      }
      return;
    }
    assertThat(result.reply()).isNotNull();
    assertThat(result.report().charset()).isNotNull();
    for (LineRecord line : result.report().lines()) {
      assertThat(line.unaccounted()).as("line %d", line.number()).isFalse();
    }
  }

  @FuzzTest(maxDuration = "10m")
  void readAnyText(FuzzedDataProvider data) {
    checkString(new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "10m")
  void readAnyJavaString(FuzzedDataProvider data) {
    checkString(data.consumeRemainingAsString());
  }

  private static void checkString(String text) {
    List<String> expected = lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
    ReadResult result;
    try {
      result = READER.read(text);
    } catch (TextReadException e) {
      // the only refusal of a string within maxChars: more lines than a text may have
      assertThat(expected.size()).isGreaterThan(Limits.MAX_TEXT_LINES);
      assertThat(e.line()).isEqualTo(Limits.MAX_TEXT_LINES + 1);
      return;
    }
    List<LineRecord> lines = result.report().lines();
    assertThat(lines).hasSameSizeAs(expected);
    for (int i = 0; i < lines.size(); i++) {
      LineRecord line = lines.get(i);
      assertThat(line.number()).isEqualTo(i + 1);
      assertThat(line.text()).isEqualTo(expected.get(i));
      assertThat(line.unaccounted()).as("line %d: %s", i + 1, line.text()).isFalse();
    }
  }

  /** The lines of {@code s}, split independently of the reader. */
  static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean open = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\r' -> {
          out.add(current.toString());
          current.setLength(0);
          open = false;
          if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n', '\u2028', '\u2029', '\u0085' -> {
          out.add(current.toString());
          current.setLength(0);
          open = false;
        }
        default -> {
          current.append(c);
          open = true;
        }
      }
    }
    if (open) {
      out.add(current.toString());
    }
    return out;
  }
}
