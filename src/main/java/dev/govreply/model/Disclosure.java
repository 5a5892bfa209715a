package dev.govreply.model;

import java.util.Objects;
import java.util.Optional;

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
  /** Published proactively (主动公开); also the consent marks 同意公开, 同意对外公开. */
  PUBLIC("主动公开"),
  /** Disclosed on request (依申请公开). */
  ON_REQUEST("依申请公开"),
  /** Withheld (不予公开); also 不同意公开, 不公开. */
  NOT_PUBLIC("不予公开");

  private static final String OPENING = "(（[【〔﹝［〈";
  private static final String CLOSING = ")）]】〕﹞］〉";
  private static final String[] LABELS = {"公开属性:", "公开方式:", "公开类型:", "公开选项:"};

  private final String label;

  Disclosure(String label) {
    this.label = label;
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
   * Recognises a disclosure mark as printed in a reply.
   *
   * <p>The mark is compared whole, after removing whitespace, one pair of surrounding brackets,
   * trailing 。 . ; ；, a leading label such as 公开属性: or 公开方式:, reading the colon ： as :, and
   * reading the traditional characters 開 動 對 請 覆 as 开 动 对 请 复. Recognised marks:
   *
   * <ul>
   *   <li>{@link #PUBLIC}: 同意公开, 同意对外公开, 主动公开, 此件主动公开, (此件主动公开), 此件公开,
   *       此回复件公开, 是否完成对外公开:是;
   *   <li>{@link #ON_REQUEST}: 依申请公开;
   *   <li>{@link #NOT_PUBLIC}: 不予公开, 不同意公开, 不公开, 此件不公开.
   * </ul>
   *
   * <p>Anything else is empty; in particular 是否完成对外公开:否 is empty, because it says that
   * publication has not been completed yet, not that the reply is withheld.
   *
   * @param mark the mark
   * @return the disclosure, or empty when the mark is not recognised
   * @throws NullPointerException when {@code mark} is null
   */
  public static Optional<Disclosure> fromMark(CharSequence mark) {
    Objects.requireNonNull(mark, "mark");
    StringBuilder sb = new StringBuilder(mark.length());
    for (int i = 0; i < mark.length(); i++) {
      char c = mark.charAt(i);
      if (ChineseNumerals.isBlank(c)) {
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
    for (String label : LABELS) {
      if (s.startsWith(label)) {
        s = s.substring(label.length());
        break;
      }
    }
    switch (s) {
      case "同意公开":
      case "同意对外公开":
      case "主动公开":
      case "此件主动公开":
      case "此件公开":
      case "此回复件公开":
      case "是否完成对外公开:是":
        return Optional.of(PUBLIC);
      case "依申请公开":
        return Optional.of(ON_REQUEST);
      case "不予公开":
      case "不同意公开":
      case "不公开":
      case "此件不公开":
        return Optional.of(NOT_PUBLIC);
      default:
        return Optional.empty();
    }
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
