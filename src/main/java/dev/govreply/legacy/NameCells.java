package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.MalformedValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cells of names: name lists (抄送, the items of 附注) and the addressee (主送), a salutation such
 * as 童勋海等10位代表 or a plain list of names. Stateless.
 */
final class NameCells {
  private NameCells() {}

  /** A separator of name lists: 、 ， , ; ；. */
  private static final Pattern NAME_SEPARATOR = Pattern.compile("[、，,;；]");

  /**
   * The names of a name list: split on 、 ， , ; ；, blanks inside each name removed, empty names
   * dropped.
   */
  static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    for (String part : NAME_SEPARATOR.split(text, -1)) {
      String name = Chars.removeBlanks(part);
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return out;
  }

  private static final String NUM = "(?:\\d{1,4}|[一二三四五六七八九十两百]{1,4})";
  private static final Pattern SALUTATION = Pattern.compile(
      "(尊敬的)?(.*?)(?:(等)(" + NUM + ")?[位名]?|(" + NUM + ")[位名])?(代表|委员|委員)(?:们|們)?(?:同志)?"
          + "[:：]?");
  private static final Pattern OTHERS = Pattern.compile("(.*?)等(" + NUM + ")?[位名]?(?:人)?");

  /**
   * Reads an addressee: a salutation ({@code 张亮代表}, {@code 尊敬的王爱珍代表：},
   * {@code 童勋海等10位代表}, {@code 马青、周丽等委员}) or a plain name list ({@code 张亮、李明},
   * {@code 张亮等}), whose role is {@code defaultRole} when the text names none.
   *
   * @throws MalformedValueException (field {@code addressee}) when no name is given
   */
  static Addressee addressee(String text, Optional<AddresseeRole> defaultRole) {
    String k = Chars.removeBlanks(CellValues.asciiDigits(text));
    Addressee.Builder b = Addressee.builder();
    Matcher m = SALUTATION.matcher(k);
    String names;
    if (m.matches() && !m.group(2).isEmpty()) {
      names = m.group(2);
      b.role(AddresseeRole.fromChinese(m.group(6)).orElseThrow());
      String salutation = Chars.strip(text);
      if (salutation.endsWith(":") || salutation.endsWith("：")) {
        salutation = Chars.strip(salutation.substring(0, salutation.length() - 1));
      }
      b.salutation(salutation);
      if (m.group(3) != null) {
        b.andOthers(true);
      }
      String figure = m.group(4) != null ? m.group(4) : m.group(5);
      if (figure != null) {
        b.statedCount(count(text, figure));
      }
    } else {
      names = k;
      Matcher o = OTHERS.matcher(k);
      if (o.matches() && !o.group(1).isEmpty()) {
        names = o.group(1);
        b.andOthers(true);
        if (o.group(2) != null) {
          b.statedCount(count(text, o.group(2)));
        }
      }
      defaultRole.ifPresent(b::role);
    }
    List<String> list = names(names);
    if (list.isEmpty()) {
      throw new MalformedValueException("addressee", text, -1, "no name given");
    }
    b.addAllNames(list);
    return b.build();
  }

  private static int count(String text, String figure) {
    int n = figure.chars().allMatch(c -> c >= '0' && c <= '9')
        ? Integer.parseInt(figure) : ChineseNumerals.parse(figure.replace('两', '二'));
    if (n < 1) {
      throw new MalformedValueException("addressee.statedCount", text, -1,
          "the stated number of persons must be positive, got " + figure);
    }
    return n;
  }
}
