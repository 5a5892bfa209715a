package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The copy-to list (抄送) at the end of a reply: the bodies it is copied to, separated by 、 , or ;
 * (or by blanks between names of bodies)
 * after {@code 抄送：} or on the lines below a {@code 抄送} alone, the list closed by 。 (GB/T 9704).
 */
final class CopyTo {
  private CopyTo() {}

  /**
   * A recipient: the text between separators (、 , ; and a table's cell border |) in a line's
   * key.
   */
  private static final Pattern RECIPIENT = Pattern.compile("[^、,;|]+");

  /** A gap of two blanks or more: between recipients, not inside a name spaced out (市 政 府). */
  private static final Pattern GAP = Pattern.compile("[ \\t\\u00A0\\u3000]{2,}");

  /**
   * True when a copy-to line may be followed by more recipients: it does not end with 。 and
   * holds only names of bodies (县人大常委会人代工委 / 县政府督查室 a line each).
   */
  static boolean continues(String text) {
    String k = Chars.strip(Chars.key(text));
    if (k.isEmpty() || k.endsWith("。") || k.endsWith(".")) {
      return false;
    }
    Matcher m = RECIPIENT.matcher(k);
    while (m.find()) {
      String name = Chars.removeBlanks(m.group());
      if (!name.isEmpty() && !OrgNames.isName(name)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The recipients of an item between separators: the item itself; the names of bodies it holds
   * separated by blanks (抄报：县政府办 县政协提案委), when each part is such a name; or its parts
   * separated by gaps of two blanks or more (县政府办  人大联工), each at least two characters. None
   * when it is empty.
   */
  private static List<String> recipients(String item) {
    if (item.isEmpty()) {
      return List.of();
    }
    List<String> parts = Chars.runs(item);
    if (parts.size() < 2) {
      return List.of(item);
    }
    if (parts.stream().allMatch(part -> OrgNames.isName(Chars.key(withoutCopies(part))))) {
      return parts;
    }
    List<String> gapped = List.of(GAP.split(item));
    if (gapped.size() > 1 && gapped.stream().allMatch(part -> Chars.weight(part, 2) >= 2)) {
      return gapped.stream().map(Chars::strip).toList();
    }
    return List.of(item);
  }

  /** A recipient's name without the number of copies sent to it (市督查局2份 → 市督查局). */
  private static String withoutCopies(String recipient) {
    Matcher m = COPIES.matcher(recipient);
    return m.find() ? recipient.substring(0, m.start()) : recipient;
  }

  /** The number of copies after a recipient's name: 2份, （2份）. */
  private static final Pattern COPIES = Pattern.compile("[(（]?\\d{1,3}份[)）]?$");

  /**
   * Reads the recipients in {@code [from, to)} of {@code line} into the draft; true when the
   * list ends with a separator (、 or ,), so it goes on on the next line.
   */
  static boolean read(Draft d, Line line, int from, int to) {
    String value = line.text().substring(from, to);
    String k = Chars.key(value);
    boolean any = false;
    Matcher m = RECIPIENT.matcher(k);
    while (m.find()) {
      String item = Chars.strip(value.substring(m.start(), m.end()));
      int end = from + m.end();
      while (item.endsWith("。") || item.endsWith(".")) {
        // the 。 closing the list is the layout's (GB/T 9704); an ASCII '.' is capture damage
        String stop = item.substring(item.length() - 1);
        item = Chars.strip(item.substring(0, item.length() - 1));
        if (stop.equals(".")) {
          TextRules.report(d.ctx, TextRules.COPY_TO_PERIOD, "copy-to list ends with '.'",
              "copyTo", line, end - 1, end, "。");
        }
        d.ctx.markup(line.number(), stop);
      }
      for (String recipient : recipients(item)) {
        d.copyTo.add(recipient);
        any = true;
      }
    }
    if (any) {
      d.ctx.target(line.number(), "copyTo");
    }
    String tk = Chars.strip(k);
    return tk.endsWith("、") || tk.endsWith(",");
  }
}
