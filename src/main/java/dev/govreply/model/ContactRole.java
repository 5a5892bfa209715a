package dev.govreply.model;

import dev.govreply.internal.Chars;
import dev.govreply.internal.ContactWords;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The role of a person named in the contact block at the end of a reply.
 *
 * <ul>
 *   <li>{@link #RESPONSIBLE}: the leader who answers for the reply (承办负责人, 负责人, 领导署名, 签发人,
 *       分管领导);
 *       the reply is reviewed and signed by the handling body's leader;
 *   <li>{@link #HANDLER}: the official who handled it and is the contact (承办人, 联系人, 经办人), usually
 *       printed with a phone number.
 * </ul>
 *
 * <pre>{@code
 * ContactRole.fromLabel("承办负责人：");     // Optional[RESPONSIBLE]
 * ContactRole.fromLabel("承办人及联系电话"); // Optional[HANDLER]
 * ContactRole.fromLabel("负 责 人");        // Optional[RESPONSIBLE]
 * }</pre>
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ContactRole {
  /** The responsible official (承办负责人): the leader who answers for the reply. */
  RESPONSIBLE("承办负责人"),
  /** The handler (承办人) and contact person (联系人). */
  HANDLER("承办人");

  /**
   * The labels that name a role, as read after normalisation (blanks removed, traditional
   * characters simplified), alone or joined with contact details (承办人及联系电话).
   */
  private static final Map<String, ContactRole> LABELS = Map.ofEntries(
      Map.entry("承办负责人", RESPONSIBLE),
      Map.entry("承办单位负责人", RESPONSIBLE),
      Map.entry("承办责任人", RESPONSIBLE),
      Map.entry("责任人", RESPONSIBLE),
      Map.entry("负责人", RESPONSIBLE),
      Map.entry("领导署名", RESPONSIBLE),
      Map.entry("签发人", RESPONSIBLE),
      Map.entry("承办人", HANDLER),
      Map.entry("承办人员", HANDLER),
      Map.entry("办理人", HANDLER),
      Map.entry("办理人员", HANDLER),
      Map.entry("具体承办人", HANDLER),
      Map.entry("联系人", HANDLER),
      Map.entry("承办单位联系人", HANDLER),
      Map.entry("经办人", HANDLER),
      Map.entry("经办人员", HANDLER),
      Map.entry("联系人员", HANDLER),
      // a co-handler's opinion names its own contact so (联系单位及协办人)
      Map.entry("协办人", HANDLER),
      Map.entry("会办人", HANDLER));

  /**
   * The labels that name a role only when printed alone (分管领导：, never 分管领导及电话： in the
   * replies read so far).
   */
  private static final Map<String, ContactRole> ALONE = Map.ofEntries(
      Map.entry("主要负责人", RESPONSIBLE),
      Map.entry("单位负责人", RESPONSIBLE),
      Map.entry("单位领导", RESPONSIBLE),
      Map.entry("分管领导", RESPONSIBLE),
      Map.entry("主管领导", RESPONSIBLE),
      Map.entry("主要领导", RESPONSIBLE),
      Map.entry("责任领导", RESPONSIBLE),
      Map.entry("签发领导", RESPONSIBLE),
      Map.entry("承办领导", RESPONSIBLE),
      Map.entry("主要签发领导", RESPONSIBLE),
      Map.entry("领导签发", RESPONSIBLE),
      Map.entry("领导签字", RESPONSIBLE),
      Map.entry("领导签名", RESPONSIBLE),
      Map.entry("领导签批", RESPONSIBLE),
      Map.entry("审核人", RESPONSIBLE),
      Map.entry("工作人员", HANDLER));

  /** Parts of a compound label that name contact details rather than a role. */
  private static final Set<String> DETAILS = Set.of("联系电话", "电话", "手机", "联系方式", "电话号码",
      "手机号码", "联系单位", "承办单位", "单位", "联系科室", "承办科室", "科室", "职务", "办公电话", "姓名");

  /**
   * The words a compound label's first part may start with and its later parts leave out, as they
   * share it (联系科室、人员及电话: 联系科室, 联系人员 and 电话).
   */
  private static final List<String> SHARED_WORDS = List.of("联系", "承办");

  /** What joins the parts of a compound label (承办人及联系电话). */
  private static final Pattern SEPARATOR =
      Pattern.compile("[" + ContactWords.COMPOUND_JOINERS + "]");

  private final String chinese;

  ContactRole(String chinese) {
    this.chinese = chinese;
  }

  /**
   * The canonical Chinese label: 承办负责人 or 承办人.
   *
   * @return the label
   */
  public String chinese() {
    return chinese;
  }

  /**
   * The words that a role label may end with and that name nothing more: the person's name, or
   * where the person signs (联系人姓名, 承办人签字, 主管领导签名).
   */
  private static final List<String> NAME_WORDS = List.of("姓名", "签字", "签名");

  /**
   * The role named by a contact-block label as printed.
   *
   * <p>The label is read after removing all whitespace (负 责 人), a trailing colon (: or ：), and
   * reading traditional characters as simplified (負責人, 承辦人, 聯系人, 聯繫人, 簽發人, 領導署名); a role
   * label followed by 姓名, 签字 or 签名 (联系人姓名, 主管领导签字) names the same role. Recognised:
   *
   * <ul>
   *   <li>{@link #RESPONSIBLE}: 承办负责人, 承办单位负责人, 承办责任人, 责任人, 负责人, 领导署名, 签发人, and
   *       alone only 主要负责人, 单位负责人, 单位领导, 分管领导, 主管领导, 主要领导, 领导签字, 领导签名,
   *       领导签批, 审核人 (the leader who reviewed the reply);
   *   <li>{@link #HANDLER}: 承办人 (承办人员), 具体承办人, 办理人, 联系人 (联系人员), 承办单位联系人, 经办人 (经办人员),
   *       协办人 and 会办人 (a co-handler's opinion's contact),
   *       and alone only 工作人员;
   *   <li>a compound of one role label (not one of those read alone only) with contact details,
   *       joined by 及 和 与 、 / or a comma, the role's part perhaps with its name word:
   *       承办人及联系电话, 联系人及电话, 联系单位及联系人, 承办单位联系人姓名及电话 (all {@link #HANDLER});
   *       a later part may leave out the word 联系 or 承办 its first part starts with
   *       (联系科室、人员及电话: 联系科室, 联系人员, 电话; {@link #HANDLER}).
   * </ul>
   *
   * @param label the label, with or without its colon
   * @return the role, or empty when the label names none (e.g. 联系电话 alone)
   * @throws NullPointerException when {@code label} is null
   */
  public static Optional<ContactRole> fromLabel(CharSequence label) {
    Objects.requireNonNull(label, "label");
    String s = normalise(label);
    while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("："))) {
      s = s.substring(0, s.length() - 1);
    }
    ContactRole whole = LABELS.getOrDefault(s, ALONE.get(s));
    if (whole == null) { // 联系人姓名, 承办人签字: the person's
      String named = withoutNameWord(s);
      whole = LABELS.getOrDefault(named, ALONE.get(named));
      s = whole == null ? s : named;
    }
    if (whole != null || s.isEmpty()) {
      return Optional.ofNullable(whole);
    }
    if (!SEPARATOR.matcher(s).find()) {
      return Optional.empty(); // not a label, and not a compound one
    }
    ContactRole found = null;
    String[] parts = SEPARATOR.split(s, -1);
    for (String part : parts) {
      ContactRole role = LABELS.get(withoutNameWord(part)); // 联系人姓名及电话
      if (role == null && !DETAILS.contains(part)) {
        role = LABELS.get(withSharedWord(parts[0], part)); // 联系科室、人员: 联系人员
      }
      if (role == null && !DETAILS.contains(part)) {
        return Optional.empty();
      }
      if (role != null && found != null && found != role) {
        return Optional.empty();
      }
      found = role != null ? role : found;
    }
    return Optional.ofNullable(found);
  }

  /**
   * {@code part}, a later part of a compound label, with the {@linkplain #SHARED_WORDS shared word}
   * its first part {@code first} starts with (人员 after 联系科室: 联系人员); {@code part} itself when
   * the first part starts with none.
   */
  private static String withSharedWord(String first, String part) {
    for (String w : SHARED_WORDS) {
      if (first.startsWith(w) && !part.startsWith(w)) {
        return w + part;
      }
    }
    return part;
  }

  /** {@code label} without the {@linkplain #NAME_WORDS name word} it ends with, if any. */
  private static String withoutNameWord(String label) {
    for (String w : NAME_WORDS) {
      if (label.length() > w.length() && label.endsWith(w)) {
        return label.substring(0, label.length() - w.length());
      }
    }
    return label;
  }

  private static String normalise(CharSequence label) {
    return Chars.removeBlanks(Chars.simplified(label.toString()));
  }
}
