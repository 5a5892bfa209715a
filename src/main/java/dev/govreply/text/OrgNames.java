package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;


/**
 * Recognises the name of an issuing body (发文机关) as printed on its own: a short run of Han
 * characters ending in an organisational suffix (局, 厅, 委员会, 人民政府, 办公室, 大队, 中心, 处…).
 * Works on {@linkplain TextNorm#key(String) keys} with blanks removed, so traditional forms
 * (辦公室, 委員會, 廳) are covered.
 */
final class OrgNames {
  private OrgNames() {}

  private static final String[] SUFFIXES = {"政府", "办公室", "办公厅", "委员会", "管委会", "局", "厅",
      "委", "办", "大队", "支队", "中队", "队", "中心", "院", "所", "处", "科", "室", "部", "站", "会",
      "公司", "集团", "馆", "社", "署", "府", "司", "办事处", "街道", "党组", "银行", "学校", "医院", "团",
      "组织部", "宣传部", "统战部", "法院", "检察院", "分局"};

  /** Words that never occur in a body's name but do in sentences and titles. */
  private static final Words NOT_IN_NAMES = Words.of("关于", "答复", "您", "你", "感谢", "此致", "敬礼",
      "特此", "建议", "议案", "如下", "的函");

  /** True when the compact key {@code s} looks like the name of a body. */
  static boolean isName(String s) {
    if (s.length() < 2 || s.length() > 40) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isNameChar(s.charAt(i))) {
        return false;
      }
    }
    if (NOT_IN_NAMES.in(s)) {
      return false;
    }
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length()) {
        return true;
      }
    }
    return false;
  }

  /** True for the chars a name is made of: Han, ( ) · and ASCII digits (key chars). */
  static boolean isNameChar(char c) {
    return Chars.isHan(c) || c == '(' || c == ')' || c == '·' || (c >= '0' && c <= '9');
  }

  /** True when the compact key {@code s} looks like a unit of a body (a 处 or 科 of a 厅). */
  static boolean isUnit(String s) {
    return s.length() >= 3 && isName(s);
  }
}
