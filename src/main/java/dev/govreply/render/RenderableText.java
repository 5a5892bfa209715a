package dev.govreply.render;

import dev.govreply.text.ReplyLayout.Line;
import java.util.List;
import java.util.Locale;

/**
 * The one rule of which characters a rendering can hold: those of XML 1.0 and HTML text. A
 * reply may hold others (a control character or a lone surrogate kept from a damaged capture);
 * a renderer would drop or replace them silently, so it refuses the reply instead, naming the
 * line and the character.
 */
final class RenderableText {
  private RenderableText() {}

  /**
   * Checks every line.
   *
   * @param lines the layout's lines
   * @param format the format, for the message
   * @throws IllegalArgumentException naming the first character the format cannot hold
   */
  static void require(List<Line> lines, String format) {
    for (int n = 0; n < lines.size(); n++) {
      String text = lines.get(n).whole();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean ok;
        if (Character.isHighSurrogate(c)) {
          ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
          i += ok ? 1 : 0;
        } else if (Character.isLowSurrogate(c)) {
          ok = false;
        } else {
          ok = c == '\t' || c >= 0x20 && c != 0x7f && c != 0xfffe && c != 0xffff;
        }
        if (!ok) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "line %d of the reply's layout (%s) holds U+%04X at index %d, which %s cannot hold;"
                  + " correct the reply's text first", n + 1, lines.get(n).role(), (int) c, i,
              format));
        }
      }
    }
  }
}
