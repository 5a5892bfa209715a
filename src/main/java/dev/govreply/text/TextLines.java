package dev.govreply.text;

import java.util.ArrayList;
import java.util.List;

/** Splitting text into lines (\r\n, \n, \r, U+2028, U+2029, U+0085). */
final class TextLines {
  private TextLines() {}

  /** The lines of {@code text}, without terminators; a final terminator adds no empty line. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    if (text.indexOf('\r') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0
        && text.indexOf('\u0085') < 0) {
      // only \n terminators (the common case): vectorised search
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
      if (start < n) {
        out.add(text.substring(start));
      }
      return out;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** {@code s} as one line: any stray line-break character becomes a space. */
  static String singleLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ');
  }
}
