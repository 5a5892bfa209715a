package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;
import java.util.Objects;

/**
 * What became of one input line: the model paths its text went to ({@code issuer},
 * {@code body.measures[0].points[1]}, {@code unrecognized[0]}), and the labels and markers that
 * the reader consumed because the field carries their meaning ({@code 承办负责人}, {@code 一、},
 * {@code 类别}, {@code **}). A blank line has neither.
 *
 * @param number the 1-based line number
 * @param text the line as it was read, without its terminator
 * @param targets model paths that received text of this line, in order
 * @param markup labels and markers of this line that were consumed, in order
 */
public record LineRecord(int number, String text, List<String> targets, List<String> markup) {

  /**
   * Copies the lists.
   *
   * @param number the 1-based line number
   * @param text the line as it was read, without its terminator
   * @param targets model paths that received text of this line, in order
   * @param markup labels and markers of this line that were consumed, in order
   */
  public LineRecord {
    Objects.requireNonNull(text, "text");
    targets = List.copyOf(targets);
    markup = List.copyOf(markup);
  }

  /**
   * True when the line is blank: whitespace only, counting no-break and ideographic spaces
   * (U+00A0, U+3000), the BOM and the zero-width space, which web captures use as empty lines.
   *
   * @return whether the line is blank
   */
  public boolean blank() {
    return Chars.isBlank(text);
  }

  /**
   * True when nothing of a non-blank line was placed: neither a target nor markup.
   *
   * @return whether the line is non-blank and unaccounted for
   */
  public boolean unaccounted() {
    return !blank() && targets.isEmpty() && markup.isEmpty();
  }
}
