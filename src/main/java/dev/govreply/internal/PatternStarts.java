package dev.govreply.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The characters a match of a pattern can begin with, found by asking the pattern itself of each
 * character of its text (a match of that one character, or a match that needs more input: {@link
 * Matcher#hitEnd}), so that a text is searched with the pattern only where one of them stands,
 * without a second copy of the pattern's words.
 *
 * <p>Only for patterns that begin with literal characters, alone or in brackets (such as {@code
 * (再次|衷心)?感谢|特此} or {@code [转轉]|分[机機]|(?i:ext)}): a pattern that can begin with a
 * range, a predefined class, an escape or a dot begins with characters that are not in its text,
 * which this cannot find.
 */
public final class PatternStarts {
  private PatternStarts() {}

  /**
   * The characters of {@code pattern}'s text that a match can begin with.
   *
   * @param pattern a pattern that begins with literal characters
   * @param bothCases whether the other case of each character is asked too (for a pattern
   *     matched without regard to case)
   * @return the characters, each once
   */
  public static String of(Pattern pattern, boolean bothCases) {
    StringBuilder starts = new StringBuilder();
    IntStream chars = pattern.pattern().chars();
    if (bothCases) {
      chars = chars.flatMap(c -> IntStream.of(c, Character.toLowerCase(c),
          Character.toUpperCase(c)));
    }
    chars.distinct().forEach(c -> {
      Matcher m = pattern.matcher(String.valueOf((char) c));
      if (m.lookingAt() || m.hitEnd()) {
        starts.append((char) c);
      }
    });
    return starts.toString();
  }
}
