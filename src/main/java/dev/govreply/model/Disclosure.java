package dev.govreply.model;

import dev.govreply.internal.Chars;
import dev.govreply.internal.DisclosureWords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The disclosure attribute (公开属性) of a reply: whether it is published. Since 国办发〔2014〕46号,
 * replies on matters of public interest are published proactively (主动公开); others are disclosed
 * on request (依申请公开) or withheld (不予公开), e.g. when they contain secrets.
 *
 * <p>Replies mark this in the header or in the note (附注), in many wordings; {@link
 * #fromMark(CharSequence)} recognises them. {@link #parseCode(String)} reads the constant names
 * used in JSON ({@code PUBLIC}, {@code ON_REQUEST}, {@code NOT_PUBLIC}).
 *
 * <pre>{@code
 * Disclosure.fromMark("（此件主动公开）"); // Optional[PUBLIC]
 * Disclosure.fromMark("同意公开");        // Optional[PUBLIC]
 * Disclosure.fromMark("不同意公开");      // Optional[NOT_PUBLIC]
 * Disclosure.PUBLIC.label();             // "主动公开"
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Disclosure {
  /**
   * Published proactively (主动公开); also 公开, the consent marks 同意公开, 同意对外公开, 可公开 and
   * 可以公开, and 公开发布.
   */
  PUBLIC("主动公开", "公开", "同意公开", "同意对外公开", "可公开", "可以公开", "公开发布", "是否公开:是",
      "是否同意公开:是", "是否完成对外公开:是"),
  /** Disclosed on request (依申请公开). */
  ON_REQUEST("依申请公开"),
  /** Withheld (不予公开); also 不公开, 不同意公开, 不可公开, 不可以公开, 是否公开:否 and 是否同意公开:否. */
  NOT_PUBLIC("不予公开", "不公开", "不同意公开", "不可公开", "不可以公开", "是否公开:否", "是否同意公开:否");

  private static final String OPENING = "(（[【〔﹝［〈";
  private static final String CLOSING = ")）]】〕﹞］〉";
  /** The attribute labels with their colon ({@link DisclosureWords#ATTRIBUTES}). */
  private static final String[] LABELS =
      DisclosureWords.ATTRIBUTES.stream().map(l -> l + ":").toArray(String[]::new);
  /** Who a mark speaks of, in the order tried ({@link DisclosureWords#SUBJECTS}). */
  private static final String[] SUBJECTS = DisclosureWords.SUBJECTS.toArray(String[]::new);
  /**
   * The marks that are also common words (政务公开, 公开发布会): a disclosure only where a label, a
   * subject or the attribute they are the value of qualifies them (see {@link #fromMark}).
   */
  private static final Set<String> WORDS = Set.of("公开", "公开发布");
  /** Each mark of {@link #marks()} with its disclosure. */
  private static final Map<String, Disclosure> BY_MARK = byMark();

  private final String label;
  private final List<String> marks;

  Disclosure(String... marks) {
    this.label = marks[0];
    this.marks = List.of(marks);
  }

  private static Map<String, Disclosure> byMark() {
    Map<String, Disclosure> m = new HashMap<>();
    for (Disclosure d : values()) {
      for (String mark : d.marks) {
        m.put(mark, d);
      }
    }
    return Map.copyOf(m);
  }

  /**
   * The standard Chinese label: 主动公开, 依申请公开 or 不予公开.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The marks that are read as this disclosure, in their plain form (without the brackets, label
   * or subject that {@link #fromMark(CharSequence)} also accepts around them), the
   * {@linkplain #label() label} first; for messages that list what is accepted.
   * {@link #fromAttribute(CharSequence)} reads each of them as it stands; {@code fromMark} reads
   * the plain words 公开 and 公开发布 only after a label or subject (公开属性：公开, 此件公开发布).
   *
   * @return the marks, e.g. 不予公开, 不公开, 不同意公开, 是否公开:否 for {@link #NOT_PUBLIC}
   */
  public List<String> marks() {
    return marks;
  }

  /**
   * Recognises a disclosure mark as printed in a reply.
   *
   * <p>The mark is compared whole, after removing whitespace, trailing 。 . ; ；, one pair of
   * surrounding brackets, a leading label (公开属性:, 公开方式:, 公开形式:, 公开类型:, 公开选项:) and then a
   * leading subject (此件, 本件, 此答复件, 此答复, 此回复件, 此复函, 本答复), reading the colon ： as :, and
   * reading the traditional characters 開 動 對 請 覆 as 开 动 对 请 复, and an answer in brackets after
   * its question as after a colon (是否同意公开:(是) and 是否同意公开(是) as 是否同意公开:是). What
   * remains must be one of the {@link #marks()}:
   *
   * <ul>
   *   <li>{@link #PUBLIC}: 主动公开, 公开, 同意公开, 同意对外公开, 可公开, 可以公开, 公开发布, 是否公开:是,
   *       是否同意公开:是, 是否完成对外公开:是 (so also 此件主动公开, (此件主动公开), 此件公开, (此件可公开),
   *       此回复件公开, 公开属性：公开);
   *   <li>{@link #ON_REQUEST}: 依申请公开 (also 此件依申请公开);
   *   <li>{@link #NOT_PUBLIC}: 不予公开, 不公开, 不同意公开, 不可公开, 不可以公开, 是否公开:否, 是否同意公开:否
   *       (also 此件不公开, 此件不可公开).
   * </ul>
   *
   * <p>公开 and 公开发布 are common words (政务公开, 新闻公开发布): alone they are no mark, only after
   * a label or subject. Anything else is empty; in particular 是否完成对外公开:否 is empty, because
   * it says that publication has not been completed yet, not that the reply is withheld
   * (是否公开:否, "to be published: no", does say so).
   *
   * @param mark the mark
   * @return the disclosure, or empty when the mark is not recognised
   * @throws NullPointerException when {@code mark} is null
   */
  public static Optional<Disclosure> fromMark(CharSequence mark) {
    return read(mark, false);
  }

  /**
   * Reads the value of a disclosure attribute, such as a 公开属性 column of a ledger or a 公开方式
   * field of a form: as {@link #fromMark(CharSequence)}, except that the plain words 公开 and
   * 公开发布 are read as they stand, since the attribute they are the value of qualifies them as
   * 公开属性： does in a reply.
   *
   * <pre>{@code
   * Disclosure.fromAttribute("公开");        // Optional[PUBLIC]
   * Disclosure.fromAttribute("依申请公开");   // Optional[ON_REQUEST]
   * Disclosure.fromMark("公开");             // Optional.empty
   * }</pre>
   *
   * @param value the attribute's value
   * @return the disclosure, or empty when the value is not recognised
   * @throws NullPointerException when {@code value} is null
   */
  public static Optional<Disclosure> fromAttribute(CharSequence value) {
    return read(value, true);
  }

  /** {@link #fromMark} and, with {@code attribute}, {@link #fromAttribute}. */
  private static Optional<Disclosure> read(CharSequence mark, boolean attribute) {
    Objects.requireNonNull(mark, "mark");
    StringBuilder sb = new StringBuilder(mark.length());
    for (int i = 0; i < mark.length(); i++) {
      char c = mark.charAt(i);
      if (Chars.isBlank(c)) {
        continue;
      }
      switch (c) {
        case '：':
          c = ':';
          break;
        case '開':
          c = '开';
          break;
        case '動':
          c = '动';
          break;
        case '對':
          c = '对';
          break;
        case '請':
          c = '请';
          break;
        case '覆':
          c = '复';
          break;
        default:
          break;
      }
      sb.append(c);
    }
    String s = sb.toString();
    while (!s.isEmpty() && "。.;；".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() >= 2 && OPENING.indexOf(s.charAt(0)) >= 0
        && CLOSING.indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(1, s.length() - 1);
    }
    String core = withoutPrefix(withoutPrefix(s, LABELS), SUBJECTS);
    int colon = core.indexOf(':');
    if (colon >= 0 && core.length() == colon + 4 && OPENING.indexOf(core.charAt(colon + 1)) >= 0
        && CLOSING.indexOf(core.charAt(colon + 3)) >= 0) {
      core = core.substring(0, colon + 1) + core.charAt(colon + 2); // 是否同意公开:(是)
    } else if (colon < 0 && core.length() > 3) { // 是否同意公开(是): the answer in brackets alone
      int open = core.length() - 3;
      if (OPENING.indexOf(core.charAt(open)) >= 0
          && CLOSING.indexOf(core.charAt(open + 2)) >= 0) {
        core = core.substring(0, open) + ":" + core.charAt(open + 1);
      }
    }
    boolean qualified = attribute || core.length() < s.length();
    Disclosure d = BY_MARK.get(core);
    return d == null || (!qualified && WORDS.contains(core)) ? Optional.empty() : Optional.of(d);
  }

  /** {@code s} without the first of {@code prefixes} it starts with. */
  private static String withoutPrefix(String s, String[] prefixes) {
    for (String p : prefixes) {
      if (s.startsWith(p)) {
        return s.substring(p.length());
      }
    }
    return s;
  }

  /**
   * Reads the code of a disclosure as written in JSON: exactly {@code PUBLIC}, {@code ON_REQUEST}
   * or {@code NOT_PUBLIC}.
   *
   * @param code the code
   * @return the disclosure
   * @throws MalformedValueException (field {@code disclosure}) for any other text
   * @throws NullPointerException when {@code code} is null
   */
  public static Disclosure parseCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Disclosure d : values()) {
      if (d.name().equals(code)) {
        return d;
      }
    }
    throw new MalformedValueException("disclosure", code, -1,
        "unknown disclosure code; expected PUBLIC, ON_REQUEST or NOT_PUBLIC");
  }
}
