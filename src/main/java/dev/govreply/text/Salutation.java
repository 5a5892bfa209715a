package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.internal.Words;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ChineseNumerals;
import dev.govreply.model.MalformedValueException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the salutation (主送) of a reply: {@code 张亮代表：}, {@code 尊敬的王爱珍代表:},
 * {@code 马青、周丽等委员:}, {@code 童勋海等10位代表:}, {@code 王某9名代表:}, a collective
 * ({@code 雨露乡委员小组:}), a padded one without colon ({@code    王立超  委员}), and one followed
 * by the body on the same line ({@code 秦振兴代表: 您提出的…}); the role alone ({@link #bareRole}) and
 * a person by their office ({@link #inOffice}), which the layout tells from other lines by the
 * opening below them.
 */
final class Salutation {
  private Salutation() {}

  /**
   * A salutation found at the start of a line.
   *
   * @param addressee the addressee read
   * @param start index of the salutation in the line
   * @param end index after the salutation (after its colon)
   * @param roleStart index of the role word (代表/委员), or -1
   * @param roleEnd index after the role word, or -1
   * @param colon index of the colon, or -1 when there is none
   * @param rest index where text after the salutation starts on the same line, or -1
   */
  record Found(Addressee addressee, int start, int end, int roleStart, int roleEnd, int colon,
      int rest) {}

  /** Those who seconded an item, named after the one who raised it: 附议人, 附议代表. */
  private static final String SECONDERS = "附议";

  private static final String NUM = "(?:\\d{1,4}|[一二三四五六七八九十两百]{1,4})";
  /** {@link #GREETING}'s pattern. */
  private static final String GREETING_FORM = "\\s*,?\\s*[您你]好\\s*[!:,。]?";
  /** What a salutation prints before the role to greet each or all of those it names: 各位, 全体. */
  private static final String EACH_WORDS = "各位|全体";

  /** The dots that join the parts of a transliterated name (依力江·阿克木). */
  private static final String MIDDLE_DOTS = NameList.MIDDLE_DOTS;

  /**
   * A person's salutation; a name may be masked ({@link Chars#MASKS}: 许**, ***), kept as printed;
   * 等 and the count may stand in brackets (姜欣(等10位)代表), the count be of persons (等13人委员);
   * the member's unit may follow the role in brackets (苏璇委员(区应急管理局):).
   */
  static final Pattern PERSONS = Pattern.compile(
      "^\\s*(尊敬的?)?\\s*([" + Chars.HAN + MIDDLE_DOTS + Chars.MASKS + "][" + Chars.HAN + MIDDLE_DOTS
          + "、,\\s" + Chars.MASKS
          + "]{0,120}?)\\s*"
          + "(?:\\(?\\s*(等)\\s*(?:(" + NUM + ")\\s*[位名人]?|[位名])?\\s*\\)?|\\(?\\s*(" + NUM
          // 各位 or 全体: each of those named (陈潇各位人大代表, 民建天水市委员会全体委员); 及各位: and all
          // the others (陈源松及各位委员)
          + ")\\s*[位名]\\s*\\)?)?\\s*(?:(?:及\\s*)?(?:" + EACH_WORDS + ")\\s*)?"
          // 领衔: the one who leads a joint item, named for those who signed it (李名余领衔代表)
          + "(?:领衔\\s*)?"
          // the body the members belong to, after 等 and their count: 范吉军等13位人大代表, 李世龙等人大代表
          + "(?:(?<=[位名人等])[省市县区州旗]?(?:人大|政协)\\s*)?"
          + "(代表|委员)(?:们)?\\s*(?:同志)?\\s*(?:\\(\\s*[" + Chars.HAN + "]{2,30}\\s*\\)\\s*)?"
          // and those who seconded the item, not named (胡友彪委员并附议人): others, how many unknown
          + "(?:[并及]\\s*" + SECONDERS + "(?:人|代表|委员)\\s*)?"
          // its colon (or a comma before the body's 您: 尊敬的释彻正委员,你在…), else a greeting or the
          // end of the line: a name of the list may carry the role too (关建华委员、韩大林委员:),
          // which ends no salutation
          + "(?:(:|,(?=\\s*[您你])(?!\\s*[您你]好))|(?=" + Salutation.GREETING_FORM + "|\\s*$))");
  static final Pattern COLLECTIVE = Pattern.compile(
      "^\\s*(尊敬的?)?\\s*([" + Chars.HAN + "][" + Chars.HAN + "·()]{0,29}?(?:"
          + String.join("|", CollectiveNames.COLLECTIVE_WORDS.list())
          + "))\\s*(:)");

  /** A member's body named with 政协 before its place: 政协绿春县. */
  private static final String CPPCC_OF_PLACE = "政协[" + Chars.HAN + "]{1,6}?[省市县区州旗]";

  /** The body a member belongs to, printed after the last name: 区人大, 县政协, 人大, 政协绿春县. */
  static final Pattern BODY_SUFFIX = Pattern.compile(
      "(?:[省市县区州旗]?(?:政协|人大)|" + CPPCC_OF_PLACE + ")$");

  /** An assembly alone, perhaps after its place's level (县人大, 全国人大): no person's name. */
  static final Pattern ASSEMBLY_ALONE = Pattern.compile("(?:全国|[省市县区州旗])?(?:人大|政协)");

  /** A place's assembly named short: 市政协, 县人大, 岳阳市政协, 城关镇人大, 政协绿春县. */
  private static final String PLACES_ASSEMBLY =
      "(?:" + CPPCC_OF_PLACE + "|[" + Chars.HAN + "]{0,8}?[省市县区州旗盟乡镇](?:政协|人大))";

  /** The body a member belongs to, printed before the names: {@link #PLACES_ASSEMBLY}, 政协, 人大. */
  static final Pattern BODY_PREFIX = Pattern.compile("^(?:" + PLACES_ASSEMBLY + "|政协|人大)");

  /** What a salutation prints before the role to greet each or all of those named: 各位, 全体. */
  private static final Pattern EACH = Pattern.compile(EACH_WORDS);

  /** A greeting after the role, in key form: ,您好: / 你好! */
  private static final Pattern GREETING = Pattern.compile(Salutation.GREETING_FORM);

  /** The salutation at the start of {@code line}, or null. */
  static Found find(Line line) {
    String text = line.text();
    if (text.length() > 4000) {
      return null;
    }
    String k = line.key();
    // a person's salutation names the role (代表/委员), a collective's ends in a colon
    if (k.contains("代表") || k.contains("委员")) {
      Found f = roleAlone(text, k);
      if (f != null) {
        return f;
      }
      Matcher m = PERSONS.matcher(k);
      if (m.lookingAt()) { // = find(): the pattern is anchored by ^, so only index 0 can match
        f = persons(text, k, m);
        if (f != null) {
          return f;
        }
      }
    }
    if (k.indexOf(':') < 0) {
      return proposingGroupAlone(text, k);
    }
    Found body = toBody(text, k);
    if (body != null) {
      return body;
    }
    if (!CollectiveNames.namesCollective(k)) {
      return null;
    }
    Matcher m = COLLECTIVE.matcher(k);
    if (m.lookingAt()) { // = find(), as above
      String name = Chars.removeBlanks(text.substring(m.start(2), m.end(2)));
      if (!CollectiveNames.collectiveName(name)) {
        return null;
      }
      Addressee a = Addressee.builder()
          .salutation(Chars.strip(text.substring(m.start(), m.start(3))))
          .addName(name).collective(true).build();
      int rest = Chars.skipBlanks(text, m.end());
      return new Found(a, Chars.skipBlanks(text, 0), m.end(), -1, -1, m.start(3),
          rest < text.length() ? rest : -1);
    }
    return null;
  }

  /**
   * A person's salutation by the office they hold, not by their role (米广峰主任:, 尊敬的夏泽主席:): the
   * name, of two to four characters none of which a unit's or a deputy post's (副, 常务, 委, 局…),
   * then the office, its colon ending the line or a greeting after it. The role of the member is
   * not printed.
   */
  private static final Pattern PERSON_IN_OFFICE = Pattern.compile(
      "^\\s*(尊敬的?)?\\s*([" + Chars.HAN + "&&[^副常务委局部府会校办科处院队所站团党厅司组]]{2,4}?)"
          + "\\s*(?:副)?(?:主席|主任|局长|院长|会长|秘书长|部长|书记|校长|处长|社长|理事长|董事长)"
          + "\\s*(?:同志)?\\s*(:)(?=(?:" + GREETING_FORM + ")?\\s*$)");

  /**
   * The salutation of a person by their office at the start of {@code line} ({@link
   * #PERSON_IN_OFFICE}), or null: the name starts with a common surname, a surname of two
   * characters with a given name after it ({@link Surnames}). Such a line may address an official
   * as well (a forwarding note, a co-handler's opinion to the lead unit's head): the caller knows
   * it for the member's salutation by the line below, the opening addressed to the member
   * ({@link ReplyStart#addressedOpening}: 您提出的…收悉).
   */
  static Found inOffice(Line line) {
    String text = line.text();
    String k = line.key();
    Matcher m = PERSON_IN_OFFICE.matcher(k);
    if (!m.lookingAt()) { // the key is as long as the text: its indices are the text's
      return null;
    }
    String name = text.substring(m.start(2), m.end(2));
    boolean surname = Surnames.startsWithDouble(name) ? name.length() > 2
        : Surnames.startsWithCommon(name);
    if (!surname) {
      return null;
    }
    Addressee a = Addressee.builder()
        .salutation(Chars.strip(text.substring(m.start(), m.start(3)))).addName(name).build();
    int rest = Chars.skipBlanks(text, m.end());
    return new Found(a, Chars.skipBlanks(text, 0), m.end(), -1, -1, m.start(3),
        rest < text.length() ? rest : -1);
  }

  /**
   * A salutation that names the role alone, honoured, greeted or addressed to each or all (尊敬的代表:,
   * 委员您好:, 各位代表:, 全体委员:, 尊敬的人大代表:), perhaps with the body's text after it on its line: a
   * published copy that leaves the member's name out. The role is known; the names and their
   * count are not. The role alone with its colon and nothing else (代表:) may be a record's label
   * and is none here: the layout tells it from a label ({@link #bareRole}).
   */
  private static final Pattern ROLE_ALONE = Pattern.compile(
      "^\\s*(?:(尊敬的?)\\s*)?(?:" + ASSEMBLY_ALONE.pattern() + "\\s*)?((?:" + EACH_WORDS
          + ")\\s*)?(代表|委员)\\s*(?:同志)?"
          + "(?:(" + GREETING_FORM + ")|\\s*(:))");

  /** The salutation of {@link #ROLE_ALONE}, or null. */
  private static Found roleAlone(String text, String k) {
    Matcher m = ROLE_ALONE.matcher(k);
    if (!m.lookingAt() || m.group(1) == null && m.group(2) == null && m.group(4) == null) {
      return null;
    }
    return roleAlone(text, k, m);
  }

  /**
   * The role alone with its colon and nothing after it, perhaps honoured or addressed to each
   * ({@code 代表:}, {@code 委员：}, {@code 尊敬的代表:}), as a salutation; else null. Such a line may
   * be a record's label as well; the caller knows it for a salutation by the line below, the
   * opening addressed to the member ({@link ReplyStart#addressedOpening}: 您提出的…收悉).
   */
  static Found bareRole(Line line) {
    String k = line.key();
    Matcher m = ROLE_ALONE.matcher(k);
    return m.lookingAt() && m.group(5) != null && Chars.isBlank(k.substring(m.end()))
        ? roleAlone(line.text(), k, m) : null;
  }

  /**
   * Whether {@code above}, the line right above a bare role ({@link #bareRole}) {@code bare}, is
   * the names the role follows printed on a line of their own (王五 / 代表：): a salutation split in
   * two, which the role alone would read without its names.
   */
  static boolean namesAbove(Line above, Found bare) {
    Found f = ofNames(above.text(), bare.addressee().role().map(AddresseeRole::chinese).orElse(""));
    return f != null && !f.addressee().collective() && !f.addressee().names().isEmpty();
  }

  /**
   * The salutation {@code names} printed before {@code role} and its colon would be (陈树林、佟小刚 and
   * 代表 as 陈树林、佟小刚代表：), or null: names printed apart from their role, by a record's label or on
   * a line of their own.
   */
  static Found ofNames(String names, String role) {
    return find(new Line(1, 1, Chars.strip(names) + role + "："));
  }

  private static Found roleAlone(String text, String k, Matcher m) {
    int colon = m.group(5) != null ? m.start(5) : k.lastIndexOf(':', m.end() - 1);
    colon = colon >= m.end(3) ? colon : -1;
    int end = colon >= 0 ? colon : m.end();
    while (end > 0 && Chars.isBlank(k.charAt(end - 1))) {
      end--;
    }
    Addressee a = Addressee.builder().salutation(Chars.strip(text.substring(0, end)))
        .role(m.group(3).equals("代表") ? AddresseeRole.DEPUTY : AddresseeRole.MEMBER).build();
    int rest = Chars.skipBlanks(text, m.end());
    return new Found(a, Chars.skipBlanks(text, 0), m.end(), m.start(3), m.end(3), colon,
        rest < text.length() ? rest : -1);
  }

  /**
   * The salutation of a reply to a proposing party printed without a colon, or null: a line that
   * is the party's name alone ({@link CollectiveNames#PROPOSING_PARTY_WORDS}: 致公党广州市委员会),
   * Han characters unbroken.
   */
  private static Found proposingGroupAlone(String text, String k) {
    int start = Chars.skipBlanks(k, 0);
    int end = k.length();
    while (end > start && Chars.isBlank(k.charAt(end - 1))) {
      end--;
    }
    String name = k.substring(start, end);
    if (name.length() < 4 || name.length() > 30 || !CollectiveNames.PROPOSING_PARTY_WORDS.in(name)
        || CollectiveNames.PARTY_COMMITTEE_ENDINGS.stream().noneMatch(name::endsWith)) {
      return null;
    }
    for (int i = start; i < end; i++) {
      if (!Chars.isHan(k.charAt(i))) {
        return null;
      }
    }
    String printed = text.substring(start, end);
    Addressee a = Addressee.builder().salutation(printed).addName(printed).collective(true)
        .build();
    return new Found(a, start, end, -1, -1, -1, -1);
  }

  /**
   * The salutation of a reply to a body, or null: a line that is the name of a body ({@link
   * OrgNames#isName}) and its colon, nothing else (省教育厅：, a co-handler's opinion to the lead
   * handler; 县政协提案委：), or that of a party's central committee ({@link
   * CollectiveNames#proposingBody}: 九三学社中央：); the body's name is the addressee. Such a party is
   * addressed only right above the reply's opening ({@link ReplyStart#proposerAwayFromOpening}).
   */
  private static Found toBody(String text, String k) {
    int end = k.length();
    while (end > 0 && k.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0 || k.charAt(end - 1) != ':') {
      return null; // the colon ends the line
    }
    int colon = end - 1;
    int start = Chars.skipBlanks(k, 0);
    int name = afterHonorific(k, start); // 尊敬的社法委: the body honoured
    // a place's assembly named short (县政协：) too; only with the colon that ends the line: alone,
    // such a line is a site's or a menu's as often
    String named = hanName(k, name, colon);
    return named != null && (OrgNames.isName(named) || CollectiveNames.proposingBody(named))
        || ASSEMBLY.matcher(k).region(name, colon).matches()
        ? toBody(text, start, name, colon, colon) : null;
  }

  /**
   * Where a name starts after the honorific 尊敬 or 尊敬的 at {@code start} of the key {@code k},
   * blanks aside; {@code start} when none stands there.
   */
  private static int afterHonorific(String k, int start) {
    if (!k.startsWith("尊敬", start)) {
      return start;
    }
    int at = start + 2;
    return Chars.skipBlanks(k, k.startsWith("的", at) ? at + 1 : at);
  }

  /** {@link #PLACES_ASSEMBLY}, a reply's addressee (县政协：), no phrase's 的 before it. */
  private static final Pattern ASSEMBLY = Pattern.compile("(?![^:]*[的之])" + PLACES_ASSEMBLY);

  /**
   * The salutation of a reply to a body printed without its colon, or null: a line that is the
   * name of a body ({@link OrgNames#isName}) alone. Such a line is the issuer's name as often as
   * the addressee's; only where the layout puts it ({@link CoHandlersOpinion}: in a co-handler's
   * opinion, right above an opening that speaks to no one in the second person) is it the body
   * the reply is sent to (主送机关), the lead handler ({@code 区住房保障房屋管理局}).
   */
  static Found toBodyWithoutColon(Line line) {
    String text = line.text();
    String k = line.key();
    int start = Chars.skipBlanks(k, 0);
    int end = k.length();
    while (end > start && Chars.isBlank(k.charAt(end - 1))) {
      end--;
    }
    int name = afterHonorific(k, start);
    String named = hanName(k, name, end);
    return named != null && OrgNames.isName(named) ? toBody(text, start, name, end, -1) : null;
  }

  /**
   * The name in key range {@code [start, end)}, blanks at its end aside, when it is one of Han
   * characters, unbroken, that starts with a Han character (（一）成立领导小组 is a heading); else
   * null.
   */
  private static String hanName(String k, int start, int end) {
    int nameEnd = end;
    while (nameEnd > start && Chars.isBlank(k.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    if (nameEnd - start < 2 || nameEnd - start > 30 || !Chars.isHan(k.charAt(start))) {
      return null;
    }
    for (int i = start; i < nameEnd; i++) {
      if (!Chars.isHan(k.charAt(i)) && "·()".indexOf(k.charAt(i)) < 0) {
        return null;
      }
    }
    return k.substring(start, nameEnd);
  }

  /**
   * The salutation printed at {@code [start, nameEnd)} to the body named at {@code [name,
   * nameEnd)} (after an honorific, 尊敬的社法委), its colon at {@code colon}.
   */
  private static Found toBody(String text, int start, int name, int nameEnd, int colon) {
    String printed = Chars.strip(text.substring(start, nameEnd));
    Addressee a = Addressee.builder().salutation(printed)
        .addName(Chars.strip(text.substring(name, nameEnd))).collective(true).build();
    return new Found(a, start, colon < 0 ? nameEnd : colon + 1, -1, -1, colon, -1);
  }

  private static Found persons(String text, String k, Matcher m) {
    boolean colon = m.group(7) != null;
    int end = m.end();
    int printedEnd = colon ? m.start(7) : m.end(); // the salutation as printed, without its colon
    int colonAt = colon ? m.start(7) : -1;
    Matcher g = GREETING.matcher(k).region(end, k.length());
    if (!colon && g.lookingAt()) {
      end = g.end(); // 郝爱军代表,您好: the greeting belongs to the salutation, as printed
      printedEnd = k.indexOf('好', m.end()) + 1;
      colonAt = k.charAt(end - 1) == ':' ? end - 1 : -1;
    }
    int rest = Chars.skipBlanks(text, end);
    boolean hasRest = rest < text.length();
    if (!colon && hasRest && end == m.end()) {
      return null; // 代表 inside a sentence
    }
    // 各位 or 全体 after a body's name: its members (民建天水市委员会全体委员)
    boolean members = EACH.matcher(k).region(m.end(2), m.start(6)).find();
    List<String> names = NameList.names(text, m.start(2), m.end(2), m.group(6), members);
    if (names == null) {
      return null;
    }
    String count = m.group(4) != null ? m.group(4) : m.group(5);
    Addressee.Builder b = Addressee.builder()
        .salutation(Chars.strip(text.substring(m.start(), printedEnd)))
        .names(names)
        .role(m.group(6).equals("代表") ? AddresseeRole.DEPUTY : AddresseeRole.MEMBER);
    // a group of members named with their role (第五代表团各位代表): its members, how many unknown
    String only = names.size() == 1 ? names.get(0) : "";
    // or a proposing party or people's organisation named with its role (农工党代表, 九三学社委员,
    // 科协代表): a body, how many unknown
    b.collective(CollectiveNames.membersGroup(only)
        || CollectiveNames.PROPOSING_PARTY_WORDS.startOf(only)
        || OrgNames.isPeoplesOrganisation(only));
    int and = k.indexOf('及', m.end(2)); // 及各位 before the role: the others too
    boolean others = m.group(3) != null || and >= 0 && and < m.start(6)
        || k.substring(m.end(6), printedEnd).contains(SECONDERS);
    if (count != null) {
      try {
        int c = ChineseNumerals.parse(count);
        if (c > 0) {
          b.statedCount(c);
          others = others || c > names.size();
        }
      } catch (MalformedValueException e) {
        return null;
      }
    }
    b.andOthers(others);
    Addressee a;
    try {
      a = b.build();
    } catch (MalformedValueException e) {
      return null; // names no addressee holds (a mark or a dot first): no salutation
    }
    return new Found(a, Chars.skipBlanks(text, 0), end, m.start(6), m.end(6), colonAt,
        hasRest ? rest : -1);
  }
}
