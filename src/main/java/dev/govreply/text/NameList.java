package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a salutation lists ({@link Salutation}): 马青、周丽, names set apart by blanks alone
 * (于雪   刘文恕), letter-spaced ones (魏 娜), transliterated ones with their middle dot (依力江·阿克木),
 * bodies that tabled the item with the members, and two names whose separator was lost.
 */
final class NameList {
  private NameList() {}

  /** The dots that join the parts of a transliterated name (依力江·阿克木). */
  static final String MIDDLE_DOTS = "·•";

  /**
   * The names of a list such as 马青、周丽 (blanks removed from each), or null if not names; a name
   * may carry the role {@code role} too (关建华委员、韩大林委员), which is no part of it. In a list of
   * several, an item may be a body that tabled the motion with the members ({@link
   * CollectiveNames#tablingBody}: 县政协民族和宗教委、黄洪强委员; 民革自治区委员会、王凤华委员): kept
   * whole, its blanks removed; so may the only one when {@code members} (the salutation greets the
   * members of it, 各位 or 全体 before the role: 民建天水市委员会全体委员).
   */
  static List<String> names(String text, int start, int end, String role, boolean members) {
    List<String> out = new ArrayList<>(2);
    BitSet bodies = new BitSet(); // the indices in out of the items that are bodies
    boolean list = false;
    int from = start;
    for (int i = start; i <= end; i++) {
      char c = i < end ? Chars.key(text.charAt(i)) : '、';
      if (c == '、' || c == ',') {
        list |= i < end;
        String item = Chars.removeBlanks(text.substring(from, i));
        if ((list || members) && CollectiveNames.tablingBody(Chars.key(item))) {
          bodies.set(out.size());
          out.add(item);
        } else {
          for (String name : spacedNames(text.substring(from, i))) {
            if (Chars.key(name).endsWith(role) && name.length() - role.length() >= 2) {
              name = name.substring(0, name.length() - role.length());
            }
            out.add(name);
          }
        }
        from = i + 1;
      }
    }
    if (out.isEmpty()) {
      return null;
    }
    for (int n = 0; n < out.size(); n++) { // 人大代表: 兰定芬,… is a record's label: no 人大
      if (!bodies.get(n) && Salutation.ASSEMBLY_ALONE.matcher(Chars.key(out.get(n))).matches()) {
        return null;
      }
    }
    // 市政协王丽娟委员, 县人大李明代表: the body the person belongs to is no part of the name (the
    // names are as printed, the words are looked for in their keys: 政協 is 政协)
    String first = out.get(0);
    String firstKey = Chars.key(first);
    if (!bodies.get(0) && (firstKey.contains("政协") || firstKey.contains("人大"))) {
      Matcher p = Salutation.BODY_PREFIX.matcher(firstKey);
      if (p.lookingAt() && first.length() - p.end() >= 2 && first.length() - p.end() <= 4) {
        out.set(0, first.substring(p.end()));
      }
    }
    // 王亚春区人大代表: the body printed after the name, before the role, is no part of it either
    int lastAt = out.size() - 1;
    String last = out.get(lastAt);
    Matcher q = Salutation.BODY_SUFFIX.matcher(Chars.key(last));
    if (!bodies.get(lastAt) && q.find() && q.start() >= 2 && q.start() <= 4) {
      out.set(lastAt, last.substring(0, q.start()));
    }
    if (out.size() >= 2) { // 张汉修宋元俊, 刘燕并陈红莲 in a list: two names whose 、 was lost
      for (int n = out.size() - 1; n >= 0; n--) {
        String[] two = bodies.get(n) ? null : runTogether(out.get(n));
        if (two != null) {
          out.set(n, two[1]);
          out.add(n, two[0]);
        }
      }
    }
    for (int n = 0; n < out.size(); n++) {
      String name = out.get(n);
      if (name.length() > 6 && !hasMiddleDot(name) && !bodies.get(n)) {
        // a longer name is a transliterated one (依力江·阿克木); else it is the words of a sentence
        // run on to the salutation (根据县政府的安排 王五代表:)
        return null;
      }
    }
    return out;
  }

  private static boolean isSingle(String group) {
    return group.codePointCount(0, group.length()) == 1;
  }

  private static boolean hasMiddleDot(String name) {
    for (int i = 1; i < name.length(); i++) {
      if (MIDDLE_DOTS.indexOf(name.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names in a run of text separated only by blanks: {@code 于雪   刘文恕} is two names,
   * {@code 冯  华} and {@code 李 寧} are one. Single characters in a row are one letter-spaced name
   * (a two-character name padded to the width of three: {@code 魏 娜 魏爱军} is 魏娜 and 魏爱军); a
   * single character alone joins the next group ({@code 王 小明}).
   */
  static List<String> spacedNames(String s) {
    List<String> groups = Chars.runs(s); // the runs of non-blank chars
    List<String> out = new ArrayList<>(groups.size());
    int g = 0;
    while (g < groups.size()) {
      int singles = 0; // the single characters in a row from g
      while (g + singles < groups.size() && isSingle(groups.get(g + singles))) {
        singles++;
      }
      if (singles >= 2) {
        out.add(String.join("", groups.subList(g, g + singles)));
        g += singles;
      } else if (singles == 1 && g + 1 < groups.size()) {
        out.add(groups.get(g) + groups.get(g + 1));
        g += 2;
      } else {
        out.add(groups.get(g));
        g++;
      }
    }
    // a transliterated name whose dot a blank sets apart on one side (依力江 ·阿克木) is one name;
    // a dot between blanks (张三 · 李四) may part two names: left as it is
    if (DOT_BETWEEN_BLANKS.matcher(s).find()) {
      return out;
    }
    List<String> joined = new ArrayList<>(out.size());
    for (String name : out) {
      int last = joined.size() - 1;
      if (last >= 0 && (MIDDLE_DOTS.indexOf(name.charAt(0)) >= 0
          || MIDDLE_DOTS.indexOf(joined.get(last).charAt(joined.get(last).length() - 1)) >= 0)) {
        joined.set(last, joined.get(last) + name);
      } else {
        joined.add(name);
      }
    }
    return joined;
  }

  /** A middle dot with a blank on either side: 张三 · 李四. */
  private static final Pattern DOT_BETWEEN_BLANKS = Pattern.compile("\\s[" + MIDDLE_DOTS + "]\\s");

  /**
   * The two names a list's item of {@value #TWO_NAMES} Han characters holds, or null. A list of
   * persons names most in two or three characters, so an item of six may be two names whose
   * separator was lost in capture: parted in the middle (张汉修宋元俊: 张汉修 and 宋元俊), or on either
   * side of 并 or 及 where that joins them (刘燕并陈红莲: 刘燕 and 陈红莲), when each part starts with a
   * common surname ({@link Surnames}) and neither with one of two characters. Else it may be one name
   * (阿不都热合曼, 欧阳娜娜李明 parted otherwise) or a body's (县农业农村局): kept whole. An item with a
   * role's, an assembly's or a collective's word is never parted (镇代表团王伟). The reader reports
   * each parting ({@code ReplyFields}), so a person can check it.
   */
  private static String[] runTogether(String item) {
    String k = Chars.key(item);
    if (item.length() != TWO_NAMES || CollectiveNames.namesCollective(k) || NO_NAMES.in(k)
        || OrgNames.isName(k)) {
      return null;
    }
    for (int i = 0; i < item.length(); i++) {
      if (!Chars.isHan(item.charAt(i))) {
        return null;
      }
    }
    String[] two = null;
    for (int at = 2; at <= 3 && two == null; at++) {
      if (JOINERS.indexOf(item.charAt(at)) >= 0) {
        two = new String[] {item.substring(0, at), item.substring(at + 1)};
      }
    }
    two = two != null ? two
        : new String[] {item.substring(0, TWO_NAMES / 2), item.substring(TWO_NAMES / 2)};
    for (String name : two) {
      if (!Surnames.startsWithCommon(name) || Surnames.startsWithDouble(name)) {
        return null;
      }
    }
    return two;
  }

  /** The length of a list's item that is two names run together: {@link #runTogether}. */
  private static final int TWO_NAMES = 6;

  /** Words of a role or an assembly, which no person's name holds. */
  private static final Words NO_NAMES = Words.of("代表", "委员", "人大", "政协");

  /** The words that join two names in a list instead of its 、: 并, 及. */
  static final String JOINERS = "并及";
}
