package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.ResultClass;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extra after a reply's title ({@link TitleReader}): a document number, a result class, a
 * disclosure, the issuer ({@link Issuer}), the item's number ({@link CitedNumber}) or its own
 * title ({@link ItemTitle}), at key range {@code [keyStart, keyEnd)} of the title's {@link
 * Compact}. What sets it apart from the title is the rest of that range around its value {@code
 * [valueStart, valueEnd)}: its brackets (…的答复（B类）), the opening one alone or the closing one
 * alone where one pair of brackets holds two extras (…的答复(岳财字〔2024〕40号A1类)), the colon, bar
 * or dash before it (…的答复:第3号, …的答复——关于…的建议), or nothing where a blank sets it off
 * (…的答复函 B, …委员提案答复 第35号).
 */
record TitleExtra(Object value, int keyStart, int keyEnd, int valueStart, int valueEnd) {

  /** An extra in brackets from {@code open} up to and with the closing one before {@code end}. */
  static TitleExtra inBrackets(Object value, int open, int end) {
    return new TitleExtra(value, open, end, open + 1, end - 1);
  }

  /** An extra at {@code [start, end)} set off by a blank: nothing around its value. */
  static TitleExtra setOffByBlank(Object value, int start, int end) {
    return new TitleExtra(value, start, end, start, end);
  }

  /** The item's own title after a title: …提案的答复函《关于…的建议》. */
  record ItemTitle(String title) {}

  /** The issuer named in brackets after a title: 对…第41号议事原案的答复(教育局). */
  record Issuer(String name) {}

  /**
   * The item's number after a title: in brackets, perhaps with its year (…复文(2015年第0583号),
   * …的答复（第3号）), or after a colon or a blank (…建议的答复:第3号).
   */
  record CitedNumber(String number) {}

  /**
   * What key range {@code [from, to)} of {@code c} holds as an extra of a title: a result class, a
   * document number, the item's number, the issuer or a disclosure; null when none of these.
   */
  static Object valueOf(Compact c, int from, int to) {
    String content = c.key.substring(from, to);
    if (CLASS.matcher(content).matches()) {
      try {
        return ResultClass.parse(content);
      } catch (MalformedValueException e) {
        return null;
      }
    }
    if (LineMarks.DOCUMENT_NUMBER.matcher(content).matches()) {
      try {
        return DocumentNumber.parse(c.original(from, to));
      } catch (MalformedValueException e) {
        return null;
      }
    }
    Matcher number = ITEM_NUMBER.matcher(content);
    if (number.matches()) {
      return new CitedNumber(c.original(from, to).substring(number.start(1), number.end(1)));
    }
    if (OrgNames.isName(content)) {
      return new Issuer(Chars.removeBlanks(c.original(from, to))); // …的答复（教育局）
    }
    return Disclosure.fromMark(content).orElse(null);
  }

  /** A result class as a title's extra: B, A1, C类. */
  static final Pattern CLASS = Pattern.compile("[A-D]\\d?类?");

  /**
   * An item's number, perhaps with its year, as a title's extra: 2015年第0583号, 第3号; the number
   * in group 1.
   */
  private static final Pattern ITEM_NUMBER = Pattern.compile("(?:\\d{4}年第?|第)(\\d{1,9})号");
}
