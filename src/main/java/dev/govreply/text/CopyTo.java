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
   * A party committee that ends a copy-to item, alone, after a blank or after the bracketed
   * copies of the recipient before it, printed without a separator (市委, 县委, 舞钢市委,
   * 市人大选工委(2份)市委), its place in group 1 and its level in group 2.
   */
  private static final Pattern PARTY_COMMITTEE =
      Pattern.compile("(?:(?<!\\S)|(?<=份[)）]))([" + Chars.HAN + "]{0,8}?)([省市县区州盟旗])委\\s*$");

  /** The party's name before a committee's place (中共舞钢市委): no part of the place. */
  private static final String PARTY = "中共";

  /**
   * An office that a party committee and the government of its level share, named after the
   * committee and 、 (市政府督查局, 县人民政府督查室, 市政府信访局): the government, perhaps with its
   * place (group 1) and of a level (group 2), then an inspection or petitions office's name, up
   * to a blank, a bracket or the item's end, and the copies sent to it (2份, 二份). The government alone (市委、市政府), its general
   * office (县政府办公室, the government's own), its leaders or departments are no such office.
   */
  private static final Pattern SHARED_OFFICE = Pattern.compile(
      "\\s*([" + Chars.HAN + "]{0,8}?)([省市县区州盟旗])(?:人民)?政府(?:督查|督办|信访)"
          + "[" + Chars.HAN + "]{0,4}?[室局办]"
          + "(?:\\s*\\(?\\s*[\\d一二三四五六七八九十两]{1,3}\\s*份\\s*\\)?)?(?![" + Chars.HAN + "])");

  /**
   * The joint office (市委、市政府督查局) that the item {@code k[start, end)}, ending with a party
   * committee, and the start of the next item after the 、 at {@code end} name: where it starts
   * and ends in {@code k}, or null. The committee and the office must be of one level, and of one
   * place when the office names its own (中共舞钢市委、舞钢市人民政府督查室 is one; 舞钢市委、平顶山市政府督查局
   * are two bodies).
   */
  private static int[] jointOffice(String k, int start, int end) {
    if (end >= k.length() || k.charAt(end) != '、') {
      return null;
    }
    Matcher c = PARTY_COMMITTEE.matcher(k).region(start, end);
    if (!c.find()) {
      return null;
    }
    Matcher o = SHARED_OFFICE.matcher(k).region(end + 1, k.length());
    String place = c.group(1).startsWith(PARTY) ? c.group(1).substring(PARTY.length()) : c.group(1);
    if (!o.lookingAt() || !o.group(2).equals(c.group(2))
        || !o.group(1).isEmpty() && !o.group(1).equals(place)) {
      return null;
    }
    return new int[] {c.start(), o.end()};
  }

  /**
   * Reads the recipients in {@code [from, to)} of {@code line} into the draft; true when the
   * list ends with a separator (、 or ,), so it goes on on the next line.
   */
  static boolean read(Draft d, Line line, int from, int to) {
    String value = line.text().substring(from, to);
    String k = Chars.key(value);
    boolean any = false;
    Matcher m = RECIPIENT.matcher(k);
    int start = 0; // where the item's text not read yet starts (after a joint office)
    while (m.find()) {
      start = Math.max(start, m.start());
      int[] joint = jointOffice(k, start, m.end());
      if (joint == null) {
        any |= add(d, line, value, from, start, m.end());
        continue;
      }
      // the item's recipients before the committee, the joint office, and then the rest of the
      // item the office starts, read as an item of its own
      any |= add(d, line, value, from, start, joint[0]);
      int and = k.indexOf('、', joint[0]);
      d.copyTo.add(Chars.strip(value.substring(joint[0], and)) + "、"
          + Chars.strip(value.substring(and + 1, joint[1])));
      any = true;
      start = joint[1];
    }
    if (any) {
      d.ctx.target(line.number(), "copyTo");
    }
    String tk = Chars.strip(k);
    return tk.endsWith("、") || tk.endsWith(",");
  }

  /**
   * Adds the recipients of the item {@code value[start, end)} (of a value that starts at {@code
   * from} of {@code line}) to the draft, the 。 that closes the list recorded as markup; true
   * when it names one.
   */
  private static boolean add(Draft d, Line line, String value, int from, int start, int end) {
    String item = Chars.strip(value.substring(start, end));
    boolean any = false;
    while (item.endsWith("。") || item.endsWith(".")) {
      // the 。 closing the list is the layout's (GB/T 9704); an ASCII '.' is capture damage
      String stop = item.substring(item.length() - 1);
      item = Chars.strip(item.substring(0, item.length() - 1));
      if (stop.equals(".")) {
        TextRules.report(d.ctx, TextRules.COPY_TO_PERIOD, "copy-to list ends with '.'",
            "copyTo", line, from + end - 1, from + end, "。");
      }
      d.ctx.markup(line.number(), stop);
    }
    for (String recipient : recipients(item)) {
      d.copyTo.add(recipient);
      any = true;
    }
    return any;
  }
}
