package dev.govreply.text;

import dev.govreply.internal.Chars;


/**
 * A piece of one input line handed between recognisers: its 1-based line number, the 1-based
 * column where {@link #text()} starts in that line, and the text. Usually the whole line (column
 * 1); a part when a line holds two things (秦振兴代表: 您提出的…).
 */
record Line(int number, int column, String text) {

  /** The rest of this line from {@code index} (0-based in {@link #text()}). */
  Line from(int index) {
    return new Line(number, column + index, text.substring(index));
  }

  /** The part {@code [start, end)} of this line. */
  Line part(int start, int end) {
    return new Line(number, column + start, text.substring(start, end));
  }

  /** True when the text is blank, counting no-break and ideographic spaces (U+00A0, U+3000). */
  boolean blank() {
    return Chars.isBlank(text);
  }
}
