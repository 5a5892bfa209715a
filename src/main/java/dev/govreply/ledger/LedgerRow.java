package dev.govreply.ledger;

import dev.govreply.internal.Chars;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Contact;
import dev.govreply.model.Motion;
import dev.govreply.model.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the ledger (台账): the flat summary of one reply, with exactly the keys of LEDGER.md
 * in their order ({@link #KEYS}). Values are copied from the reply and normalised as the ledger
 * defines: the document number in canonical GB/T 9704 form, codes for disclosure and motion kind,
 * the date in ISO form, names without whitespace, phones in canonical form. Absent values are
 * empty ({@code null} in JSON, an empty CSV field), absent lists are empty.
 *
 * <pre>{@code
 * LedgerRow row = LedgerRow.of(reply);
 * String json = LedgerJson.write(row);
 * String csv = LedgerCsv.header() + LedgerCsv.row(row);
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
public final class LedgerRow {
  /** The keys (JSON) and columns (CSV) of a row, in order. */
  public static final List<String> KEYS = List.of("issuer", "documentNumber", "resultClass",
      "disclosure", "motionKind", "motionNumber", "session", "motionTitle", "addressees",
      "addresseeRole", "addresseeCount", "date", "contacts", "copyTo");

  private final String issuer;
  private final String documentNumber;
  private final String resultClass;
  private final String disclosure;
  private final String motionKind;
  private final String motionNumber;
  private final String session;
  private final String motionTitle;
  private final List<String> addressees;
  private final String addresseeRole;
  private final Integer addresseeCount;
  private final String date;
  private final List<LedgerContact> contacts;
  private final List<String> copyTo;

  private LedgerRow(Map<String, Object> v) {
    issuer = (String) v.get("issuer");
    documentNumber = (String) v.get("documentNumber");
    resultClass = (String) v.get("resultClass");
    disclosure = (String) v.get("disclosure");
    motionKind = (String) v.get("motionKind");
    motionNumber = (String) v.get("motionNumber");
    session = (String) v.get("session");
    motionTitle = (String) v.get("motionTitle");
    addressees = list(v.get("addressees"));
    addresseeRole = (String) v.get("addresseeRole");
    addresseeCount = (Integer) v.get("addresseeCount");
    date = (String) v.get("date");
    contacts = list(v.get("contacts"));
    copyTo = list(v.get("copyTo"));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object o) {
    return o == null ? List.of() : List.copyOf((List<T>) o);
  }

  /**
   * The ledger row of a reply, normalised as LEDGER.md defines.
   *
   * @param reply the reply, e.g. one read from {@code 00-pingjiang-xzf-jy241.txt}
   * @return its row
   * @throws NullPointerException when {@code reply} is null
   */
  public static LedgerRow of(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("issuer", reply.issuer().map(LedgerRow::noBlanks).orElse(null));
    v.put("documentNumber", reply.documentNumber().map(Object::toString).orElse(null));
    v.put("resultClass", reply.resultClass().map(Object::toString).orElse(null));
    v.put("disclosure", reply.disclosure().map(Enum::name).orElse(null));
    Optional<Motion> motion = reply.motion();
    v.put("motionKind", motion.flatMap(Motion::kind).map(Enum::name).orElse(null));
    v.put("motionNumber", motion.flatMap(Motion::number).map(LedgerRow::noBlanks).orElse(null));
    v.put("session", motion.flatMap(Motion::session).map(s -> noBlanks(s.text())).orElse(null));
    v.put("motionTitle", motion.flatMap(Motion::title).orElse(null));
    Optional<Addressee> a = reply.addressee();
    List<String> names = new ArrayList<>();
    a.ifPresent(x -> x.names().forEach(nm -> names.add(noBlanks(nm))));
    v.put("addressees", names);
    v.put("addresseeRole", a.map(LedgerRow::printedRole).orElse(null));
    OptionalInt count = a.map(Addressee::count).orElse(OptionalInt.empty());
    v.put("addresseeCount", count.isPresent() ? count.getAsInt() : null);
    v.put("date", reply.date().map(Object::toString).orElse(null));
    List<LedgerContact> contacts = new ArrayList<>();
    for (Contact c : reply.contacts()) {
      contacts.add(new LedgerContact(c.role().name(), c.name().map(LedgerRow::noBlanks).orElse(null),
          c.phone().map(Object::toString).orElse(null)));
    }
    v.put("contacts", contacts);
    v.put("copyTo", new ArrayList<>(reply.copyTo()));
    return new LedgerRow(v);
  }

  /** The role as the salutation prints it (代表, 委员, traditional 委員), or the standard term. */
  private static String printedRole(Addressee a) {
    if (a.role().isEmpty()) {
      return null;
    }
    AddresseeRole role = a.role().get();
    String[] forms = role == AddresseeRole.DEPUTY ? new String[] {"代表"}
        : new String[] {"委员", "委員"};
    String salutation = a.salutation().orElse("");
    int best = -1;
    String printed = null;
    for (String f : forms) {
      int at = salutation.lastIndexOf(f);
      if (at > best) {
        best = at;
        printed = f;
      }
    }
    return printed != null ? printed : role.chinese();
  }

  private static String noBlanks(String s) {
    return Chars.removeBlanks(s);
  }

  /**
   * 发文机关: the body that issues the reply.
   *
   * @return the issuer with whitespace removed, e.g. 平江县人民政府; empty when not stated
   */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  /**
   * 发文字号 in canonical GB/T 9704 form (brackets 〔〕, serial without leading zeros).
   *
   * @return the document number, e.g. 平政字〔2024〕12号; empty when not stated
   */
  public Optional<String> documentNumber() {
    return Optional.ofNullable(documentNumber);
  }

  /**
   * 办理结果类别: a letter A-D, optionally followed by a digit.
   *
   * @return the class, e.g. A2; empty when not stated
   */
  public Optional<String> resultClass() {
    return Optional.ofNullable(resultClass);
  }

  /**
   * 公开属性 as a code.
   *
   * @return {@code PUBLIC} (同意公开, 主动公开, as in the founding example), {@code ON_REQUEST}
   *     (依申请公开) or {@code NOT_PUBLIC} (不予公开); empty when not stated
   */
  public Optional<String> disclosure() {
    return Optional.ofNullable(disclosure);
  }

  /**
   * What kind of item the reply answers, as a code.
   *
   * @return {@code SUGGESTION} (建议, as in the founding example), {@code PROPOSAL} (提案) or
   *     {@code MOTION} (议案); empty when not stated
   */
  public Optional<String> motionKind() {
    return Optional.ofNullable(motionKind);
  }

  /**
   * The number of the item answered, as printed without 第 and 号.
   *
   * @return the number, e.g. 241, 009, 温36; empty when not stated
   */
  public Optional<String> motionNumber() {
    return Optional.ofNullable(motionNumber);
  }

  /**
   * The meeting the item was raised at.
   *
   * @return the session with whitespace removed, e.g. 岳阳市九届人大四次会议; empty when not stated
   */
  public Optional<String> session() {
    return Optional.ofNullable(session);
  }

  /**
   * The item's own title.
   *
   * @return the title as printed, without 《》 or quotes, e.g. 关于优化营商环境，政府部门先行的建议;
   *     empty when not cited
   */
  public Optional<String> motionTitle() {
    return Optional.ofNullable(motionTitle);
  }

  /**
   * The persons (or the collective) addressed, names only.
   *
   * @return the names with whitespace removed, e.g. [张亮]; empty when there is no addressee;
   *     unmodifiable
   */
  public List<String> addressees() {
    return addressees;
  }

  /**
   * The addressees' role, as the salutation prints it.
   *
   * @return 代表 (张亮代表), 委员, or the traditional 委員 where printed so; empty when the salutation
   *     says neither
   */
  public Optional<String> addresseeRole() {
    return Optional.ofNullable(addresseeRole);
  }

  /**
   * How many persons the salutation addresses, when it tells (see {@link Addressee#count()}).
   *
   * @return 1 for 张亮代表, 10 for 童勋海等10位代表; empty for 马青、周丽等委员 (等 without a figure) or
   *     when there is no addressee
   */
  public OptionalInt addresseeCount() {
    return addresseeCount == null ? OptionalInt.empty() : OptionalInt.of(addresseeCount);
  }

  /**
   * 成文日期 in ISO form.
   *
   * @return the date as {@code yyyy-MM-dd}, e.g. 2024-05-20; empty when not stated (as in the
   *     founding example)
   */
  public Optional<String> date() {
    return Optional.ofNullable(date);
  }

  /**
   * The contact block.
   *
   * @return the contacts in document order, e.g. [RESPONSIBLE:朱远:, HANDLER:何勇:0730-6222076];
   *     unmodifiable
   */
  public List<LedgerContact> contacts() {
    return contacts;
  }

  /**
   * 抄送: the bodies that receive a copy.
   *
   * @return the recipients as printed, e.g. [省人大常委会办公厅]; unmodifiable
   */
  public List<String> copyTo() {
    return copyTo;
  }

  /**
   * The row as an ordered map with exactly {@link #KEYS}: strings, an Integer for the count,
   * lists of strings, and for contacts lists of maps {role, name, phone}; absent values are null.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("issuer", issuer);
    m.put("documentNumber", documentNumber);
    m.put("resultClass", resultClass);
    m.put("disclosure", disclosure);
    m.put("motionKind", motionKind);
    m.put("motionNumber", motionNumber);
    m.put("session", session);
    m.put("motionTitle", motionTitle);
    m.put("addressees", addressees);
    m.put("addresseeRole", addresseeRole);
    m.put("addresseeCount", addresseeCount);
    m.put("date", date);
    List<Map<String, String>> cs = new ArrayList<>();
    for (LedgerContact c : contacts) {
      Map<String, String> cm = new LinkedHashMap<>();
      cm.put("role", c.role());
      cm.put("name", c.name().orElse(null));
      cm.put("phone", c.phone().orElse(null));
      cs.add(Collections.unmodifiableMap(cm));
    }
    m.put("contacts", List.copyOf(cs));
    m.put("copyTo", copyTo);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The row as one JSON object, the same as {@link LedgerJson#write(LedgerRow)}.
   *
   * @return the JSON text, keys in the order of {@link #KEYS}
   */
  public String toJson() {
    return LedgerJson.write(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LedgerRow r && toMap().equals(r.toMap());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  @Override
  public String toString() {
    return "LedgerRow" + toMap();
  }
}
