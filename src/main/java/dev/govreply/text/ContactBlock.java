package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.ContactRole;
import dev.govreply.model.PhoneNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * The contact block at the end of a reply, read line by line into the draft's contacts: each
 * name after a role label is a contact of that role; a phone goes to the nearest name before it
 * on its line, else to the first name there without one (one more is a note: a contact holds one
 * phone); a line of phones goes to the names of the last label in order when there are as many,
 * else to the last contact read when it has none (one more, on that line or alone on the line
 * right below it with no contact named next, is its second phone: a note); a phone printed
 * before any contact waits for the next contact named
 * ({@link TextRules#PHONE_BEFORE_NAME}). A phone that no person is named for (联系电话：0878-6034678
 * alone, 联系单位：… / 联系电话：…, a role label with a phone and no name) is a contact without a
 * name: the phone to contact the replying body. One unit printed with a phone and no person
 * (联系单位及电话：上街区住房和城乡建设局 68922004) is where that phone rings: the unit of the contact
 * the phone goes to.
 */
final class ContactBlock {
  /**
   * A phone printed before the contact it belongs to, with its line number and the unit printed
   * with it (联系单位及电话：上街区住房和城乡建设局 68922004), or null.
   */
  private record Pending(PhoneNumber phone, int line, String unit) {}

  private final Draft d;
  private final List<Pending> pending = new ArrayList<>(1);
  /** The contacts named by the last label's value, in order. */
  private List<Draft.MutableContact> lastNamed = List.of();
  /**
   * Whether a person was named where no contact could be made of them (after a phone label: 手机：
   * 139…，王五): a phone left over may be theirs, so it names no contact of its own.
   */
  private boolean personLeftOver;
  /** The line that last gave a contact its phone, or -1. */
  private int phonedLine = -1;
  /** The label of the phone {@link #phonedLine} gave (联系电话), in key form, or null. */
  private String phonedLabel;
  /** The line that last named a contact or gave one its phone, or -1. */
  private int contactLine = -1;
  /**
   * A phone's label whose value printed no phone, its person and phone printed on the line below
   * (联系电话：省人事劳动保障厅工资处 / 黄文思 65330619), with the unit it printed, or null.
   */
  private Pending openLabel;

  /** A contact block read into {@code d}. */
  ContactBlock(Draft d) {
    this.d = d;
  }

  /**
   * Reads the value {@code [from, to)} of {@code line} of a role's label {@code label} (its key)
   * starting at {@code labelStart}: its contacts of {@code role}; or, when the value is only a
   * form's fields left blank (承办负责人: (签字) 二0 年 月 日), one note of the label and its value
   * as printed.
   */
  void roleValue(Line line, ContactRole role, String label, int labelStart, int from, int to) {
    ContactValue v = ContactValue.read(line.text(), from, to);
    if (v.formBlank()) {
      d.addNote(TextNorm.removeLayoutSpaces(line.text().substring(labelStart, to)), line.number());
    } else if (ContactLabel.namesUnitFirst(line.text().substring(labelStart, from))) {
      contacts(line, role, from, to, v.unitFirst(), true, null, null); // 联系科室、人员及电话：经建科 张三
    } else {
      contacts(line, role, from, to, v, false, ContactLabel.phoneOf(label),
          Chars.strip(line.text().substring(labelStart, from)));
    }
  }

  /** Reads the contacts of {@code role} in {@code [from, to)} of {@code line} (a label's value). */
  void contacts(Line line, ContactRole role, int from, int to) {
    contacts(line, role, from, to, ContactValue.read(line.text(), from, to));
  }

  /** {@link #contacts(Line, ContactRole, int, int)} of the value {@code v} read already. */
  void contacts(Line line, ContactRole role, int from, int to, ContactValue v) {
    contacts(line, role, from, to, v, false, null, null);
  }

  /**
   * {@link #contacts(Line, ContactRole, int, int)} of the value {@code v} read already; {@code
   * unitNamed} when its label names the unit first (联系科室、人员及电话), so that a unit printed with
   * one phone and no person is that contact's unit ({@link #ringingUnit}). Under a label that names
   * a person only (联系人：王志科 138…) such a unit may be a person's name that ends like a unit's, and
   * is kept as a note. A unit goes to the person of the value when both are one; several are kept
   * as notes, as which unit is whose is not told. A number in the value that is no phone but has
   * a phone's digits ({@link #phonesDigits}: 苏楠 139073061, a mobile's digits cut short) after a
   * person's label that names the phone too keeps that phone's label {@code phoneLabel} (联系电话 of
   * 承办人及联系电话; null for none) in its note (联系电话:139073061), as a value that is no phone after
   * a phone's own label does ({@link #phones}): the note says what it is and reads back as one; so
   * does a person's name cut short to one character under the role's printed label {@code
   * roleLabel} (承办人及联系电话:勇; null when the value is read without its label).
   */
  private void contacts(Line line, ContactRole role, int from, int to, ContactValue v,
      boolean unitNamed, String phoneLabel, String roleLabel) {
    int ln = line.number();
    List<Draft.MutableContact> made = new ArrayList<>(v.names.size());
    String personsUnit = v.names.size() == 1 && v.units.size() == 1 && !v.namesNoted
        ? v.units.get(0) : null; // one of each, no noted name that may be the unit's person
    for (int n = 0; n < v.names.size(); n++) {
      Draft.MutableContact c = d.addContact(role, v.names.get(n), ln);
      c.unit = personsUnit;
      made.add(c);
    }
    String unit = unitNamed ? ringingUnit(v) : null; // 联系科室、人员及电话:经建科6211754
    for (int p = 0; p < v.phones.size(); p++) {
      if (v.names.isEmpty()) { // 承办人：0730-6222076, a role and a phone, no person named
        Draft.MutableContact c = d.addContact(role, null, ln);
        c.phone = v.phones.get(p);
        c.unit = unit;
        contactLine = ln;
        continue;
      }
      Draft.MutableContact target = phoneOwner(made, v, v.phoneAt.get(p));
      if (target != null) {
        target.phone = v.phones.get(p);
        phonedLine = ln;
      } else { // a second phone of a person named here (王靖夷 0591-87553027、152…): a note
        d.addNote(v.phones.get(p).toString(), ln);
      }
    }
    if (!pending.isEmpty() && !made.isEmpty() && made.get(0).phone == null
        && v.phones.isEmpty()) {
      Pending p = pending.remove(0);
      made.get(0).phone = p.phone();
      if (made.get(0).unit == null) {
        made.get(0).unit = p.unit();
      }
      d.ctx.target(p.line(), "contacts[" + made.get(0).index + "]");
      TextRules.report(d.ctx, TextRules.PHONE_BEFORE_NAME, "phone printed before its contact",
          "contacts[" + made.get(0).index + "].phone", line, from, to, null);
    }
    lastNamed = made;
    if (!made.isEmpty()) {
      contactLine = ln;
    }
    if (made.isEmpty() && !v.units.isEmpty() && unit == null) {
      d.addNote(String.join("", v.units), ln); // a unit without a name
    } else if (!made.isEmpty() && personsUnit == null) {
      v.units.forEach(u -> d.addNote(u, ln)); // several units, or several persons
    }
    badPhones(line, from, to, v);
    for (String o : v.other) {
      d.addNote(phoneLabel != null && phonesDigits(o) ? phoneLabel + ":" + o
          : roleLabel != null && v.names.isEmpty() && nameCutShort(o) ? roleLabel + o : o, ln);
    }
    d.ctx.markup(ln, v.labels.toArray(String[]::new));
  }

  /**
   * Whether {@code s} is one Han character, what a capture leaves of a person's name cut short (勇
   * of 承办人及联系电话: 勇(138…): its note keeps the role's label, so that it says what it is and
   * reads back as one.
   */
  private static boolean nameCutShort(String s) {
    return s.length() == 1 && Chars.isHan(s.charAt(0));
  }

  /** The fewest digits of a local phone's number (a county's six-digit lines: 212542). */
  private static final int PHONES_DIGITS = 6;

  /**
   * Whether {@code s} is digits alone, as many as a phone has at least ({@link #PHONES_DIGITS}): a
   * number that may be a phone's, cut short or run together, not a room's or a year (1203, 2023).
   */
  private static boolean phonesDigits(String s) {
    return s.length() >= PHONES_DIGITS && s.chars().allMatch(Chars::isAsciiDigit);
  }

  /**
   * The unit where the one phone of {@code v} rings: one unit printed with one phone and no person
   * is the unit of the contact the phone goes to (联系单位及电话：上街区住房和城乡建设局 68922004); null
   * otherwise.
   */
  private static String ringingUnit(ContactValue v) {
    return v.units.size() != 1 || !v.names.isEmpty() || v.phones.size() != 1 ? null
        : v.units.get(0);
  }

  /**
   * A contact of {@code role} whose person {@code line} does not print: its label's value is
   * blank and a phone's label follows it on the line with a phone and no person (承办人：
   * 联系电话：0730-…), whose phone {@link #phones} then gives this contact, so that no contact is
   * left with neither name nor phone.
   */
  void unnamed(Line line, ContactRole role) {
    lastNamed = List.of(d.addContact(role, null, line.number()));
  }

  /**
   * The contact of {@code made} (read from {@code v}) whose phone is the one at {@code at} in the
   * value: the nearest person before it without a phone, else the first without one; none when a
   * piece that stands where a name would but is none ({@link ContactValue#notedAt}: 农水股股长,
   * 经建科张三) is nearer before it, or comes before it when no person does: that phone is the noted
   * piece's, not the next person's.
   */
  private static Draft.MutableContact phoneOwner(List<Draft.MutableContact> made, ContactValue v,
      int at) {
    int noted = -1;
    for (int n : v.notedAt) {
      noted = n < at ? Math.max(noted, n) : noted;
    }
    for (int n = made.size() - 1; n >= 0; n--) {
      int name = v.nameAt.get(n);
      if (name < at && made.get(n).phone == null) {
        return name > noted ? made.get(n) : null;
      }
    }
    if (noted >= 0) {
      return null;
    }
    for (Draft.MutableContact c : made) {
      if (c.phone == null) {
        return c;
      }
    }
    return null;
  }

  /**
   * The value {@code [from, to)} of {@code text} after a phone's label {@code label} ("" for none):
   * under the replying unit's (联系科室及电话：计财股 0873-…), a first name that is a section's is
   * the unit, not a person ({@link ContactValue#unitFirst}).
   */
  static ContactValue phoneValue(String text, int from, int to, String label) {
    ContactValue v = ContactValue.read(text, from, to);
    return ContactLabel.isUnitsPhone(label) ? v.unitFirst() : v;
  }

  /**
   * Reads the phones in {@code [from, to)} of {@code line} (after a phone label, or a line of
   * phones). As many phones as the last label named contacts, none of them with a phone, go to
   * them in order (联系人：曹旭东、卢铭 / 联系电话：0591-87856998、87278373); otherwise each goes to the
   * last contact when it has none (a second phone of it is a note, and so is a phone alone on the
   * line right below a contact given its phone, perhaps after a phone's label, when no contact is
   * named next), else waits for the next one. {@code label} is the phone label's key (联系电话),
   * or "" for a line of phones without one; {@code v} the value read by {@link #phoneValue}.
   */
  void phones(Line line, int from, int to, String label, ContactValue v) {
    int ln = line.number();
    if (!label.isEmpty() && v.phones.isEmpty() && v.names.isEmpty() && v.badPhones.isEmpty()
        && v.other.isEmpty() && v.units.size() <= 1 && personAndPhoneBelow(ln)) {
      openLabel = new Pending(null, ln, v.units.isEmpty() ? null : v.units.get(0));
      d.ctx.markup(ln, v.labels.toArray(String[]::new));
      return;
    }
    boolean inOrder = v.phones.size() > 1 && v.phones.size() == lastNamed.size()
        && lastNamed.stream().allMatch(c -> c.phone == null);
    boolean gave = false; // whether this line gave a contact its phone
    boolean office = officeLine(v, ln);
    if (office) { // 经办人：王卫东、许晓枫、王浩 / 联系电话：85682150: the office's line, each one's
      for (Draft.MutableContact c : lastNamed) {
        c.phone = v.phones.get(0);
        d.ctx.target(ln, "contacts[" + c.index + "]");
      }
      gave = true;
    }
    // phones alone on their line, perhaps after a phone's label (联系电话：0778-6322879): no
    // person, no unit, nothing else
    boolean alone = ContactLabel.in(line.text()).stream()
        .allMatch(l -> l.kind() == ContactLabel.Kind.PHONE) && v.names.isEmpty()
        && v.units.isEmpty() && v.other.isEmpty();
    String unit = ringingUnit(v);
    boolean unitTaken = false;
    for (int i = 0; !office && i < v.phones.size(); i++) {
      PhoneNumber p = v.phones.get(i);
      Draft.MutableContact last = inOrder ? lastNamed.get(i) : d.contacts.isEmpty() ? null
          : d.contacts.get(d.contacts.size() - 1);
      Draft.MutableContact same = withPhone(p);
      if (last != null && last.phone == null) {
        last.phone = p;
        if (unit != null && last.unit == null) {
          last.unit = unit;
          unitTaken = true;
        }
        d.ctx.target(ln, "contacts[" + last.index + "]");
        gave = true;
      } else if (same != null) { // a contact's phone printed again: that contact's
        d.ctx.target(ln, "contacts[" + same.index + "]");
      } else if (gave || alone && (phonedLine == ln && !label.equals(phonedLabel)
          || rightBelow(phonedLine, ln)) && !namesContactBelow(ln)) {
        // the contact's second phone, on its line (0591-87553027、152…, or after a phone's label
        // of another kind: 联系电话:0731-84801051,手机:134…; not a row of 电话: X  电话: Y under
        // two persons) or alone on the line right below it, no contact named next (田党飞
        // 0871-65731362 / 18206802070): a note
        d.addNote(p.toString(), ln);
      } else {
        pending.add(new Pending(p, ln, unit));
        unitTaken = unit != null;
      }
    }
    if (gave) {
      phonedLine = ln;
      phonedLabel = label;
      contactLine = ln;
    }
    if (!label.isEmpty() && v.phones.isEmpty() && v.names.isEmpty() && v.units.isEmpty()
        && v.badPhones.size() + v.other.size() == 1) {
      // no phone alone after a phone's label (联系电话:6767816418184077166, two numbers run
      // together): a note that keeps its label, so that it says what it is and reads back as one
      reportBadPhones(line, from, to, v);
      String value = v.badPhones.isEmpty() ? v.other.get(0) : v.badPhones.get(0);
      d.addNote(label + ":" + value, ln);
      return;
    }
    badPhones(line, from, to, v);
    for (String n : v.names) {
      d.addNote(n, ln);
      personLeftOver = true;
    }
    for (String o : v.other) {
      d.addNote(o, ln);
    }
    if (!unitTaken) {
      for (String u : v.units) {
        d.addNote(u, ln);
      }
    }
    d.ctx.markup(ln, v.labels.toArray(String[]::new));
  }

  /**
   * Whether {@code v} on line {@code ln}, read after a label that named several contacts, none of
   * them with a phone and none named after them, is one landline without an extension and nothing
   * else, with no phone on the line below: the office's line, which each of them answers (a
   * mobile is one person's, an extension one desk's, and phones on the lines below theirs in turn).
   */
  private boolean officeLine(ContactValue v, int ln) {
    if (v.phones.size() != 1 || v.phones.get(0).kind() != PhoneNumber.Kind.LANDLINE
        || v.phones.get(0).extension().isPresent() || !v.names.isEmpty() || !v.units.isEmpty()
        || !v.other.isEmpty() || !v.badPhones.isEmpty() || lastNamed.size() < 2
        || lastNamed.stream().anyMatch(c -> c.phone != null)
        || d.contacts.get(d.contacts.size() - 1) != lastNamed.get(lastNamed.size() - 1)) {
      return false;
    }
    int next = nextTextLine(ln);
    return next < 0 || !ContactValue.hasPhone(Chars.key(d.ctx.lines().get(next - 1)));
  }

  /** The phones of {@code v} that could not be read: a finding and a note each. */
  private void badPhones(Line line, int from, int to, ContactValue v) {
    reportBadPhones(line, from, to, v);
    v.badPhones.forEach(bad -> d.addNote(bad, line.number()));
  }

  /** A finding for each phone of {@code v} that could not be read. */
  private void reportBadPhones(Line line, int from, int to, ContactValue v) {
    for (String bad : v.badPhones) {
      TextRules.report(d.ctx, TextRules.PHONE_MALFORMED, "phone " + bad + " could not be read",
          "notes", line, from, to, null);
    }
  }

  /**
   * Reads {@code line} as the post or the section of the contact named or given a phone right
   * above it, printed alone on its line (张锦 0731-84801051 / 安全传输保障处副处长; 承办人及联系电话：69251990
   * / 工程计划股, as a writer prints a contact's section it keeps as a note): a note, the contact's
   * lines going on to it, so that a phone alone right below it is the contact's second phone as it
   * would be right below the contact's line. False, reading nothing, when the line is neither a
   * post alone ({@link ContactValue#isPost}) nor a section of a body that names no place ({@link
   * ContactValue#isSection}: a body of its own, 某某县交通运输局, is a signature), or no contact was
   * read on the line right above it.
   */
  boolean postOrSection(Line line) {
    int ln = line.number();
    String k = Chars.removeBlanks(Chars.key(line.text()));
    if (!rightBelow(contactLine, ln) || !(ContactValue.isPost(k)
        || ContactValue.isSection(k) && !OrgNames.namesItsPlace(k))) {
      return false;
    }
    d.addNote(Chars.removeBlanks(line.text()), ln);
    if (phonedLine == contactLine) {
      phonedLine = ln;
    }
    contactLine = ln;
    return true;
  }

  /**
   * Whether the first line after line {@code ln} that is not blank is a person and a phone and no
   * label (黄文思 65330619), no contact read before waiting for a phone.
   */
  private boolean personAndPhoneBelow(int ln) {
    int next = nextTextLine(ln);
    if (next < 0) {
      return false;
    }
    String t = d.ctx.lines().get(next - 1);
    Draft.MutableContact last = d.contacts.isEmpty() ? null : d.contacts.get(d.contacts.size() - 1);
    return (last == null || last.phone != null) && ContactLabel.in(t).isEmpty()
        && ContactValue.read(t, 0, t.length()).personAndPhone();
  }

  /**
   * Reads {@code line} as the value of the phone's label right above it that printed no phone
   * (联系电话：省人事劳动保障厅工资处 / 黄文思 65330619): a contact of {@code role}, the unit printed with
   * the label theirs. False, reading nothing, when the line is not right below such a label.
   */
  boolean continuesPhoneLabel(Line line, ContactRole role) {
    Pending open = openLabel;
    if (open == null || !rightBelow(open.line(), line.number())) {
      return false;
    }
    openLabel = null;
    contacts(line, role, 0, line.text().length());
    Draft.MutableContact c = lastNamed.get(0);
    if (open.unit() != null) {
      c.unit = open.unit();
    }
    d.ctx.target(open.line(), "contacts[" + c.index + "]");
    return true;
  }

  /**
   * Whether a handler's label (承办人, 联系人, 经办人) follows label {@code j} of {@code labels} on line
   * {@code i} of {@code all}, on that line or below it before line {@code to}.
   */
  static boolean handlerNamedAfter(List<Line> all, int i, int to, List<ContactLabel> labels,
      int j) {
    for (int n = i; n < to; n++) {
      List<ContactLabel> on = n == i ? labels.subList(j + 1, labels.size())
          : ContactLabel.in(all.get(n).text());
      if (on.stream().anyMatch(l -> l.kind() == ContactLabel.Kind.CONTACT
          && l.role() == ContactRole.HANDLER)) {
        return true;
      }
    }
    return false;
  }

  /** The contact read that has the phone {@code p} already, or null. */
  private Draft.MutableContact withPhone(PhoneNumber p) {
    for (Draft.MutableContact c : d.contacts) {
      if (c.phone != null && c.phone.sameNumberAs(p)) {
        return c;
      }
    }
    return null;
  }

  /** Whether the first line after line {@code ln} that is not blank names a contact (联系人：…). */
  private boolean namesContactBelow(int ln) {
    int next = nextTextLine(ln);
    return next > 0 && ContactLabel.in(d.ctx.lines().get(next - 1)).stream()
        .anyMatch(label -> label.kind() == ContactLabel.Kind.CONTACT);
  }

  /** Whether line {@code below} is the line after line {@code above}, blank lines aside. */
  private boolean rightBelow(int above, int below) {
    return above > 0 && nextTextLine(above) == below;
  }

  /** The number of the first line after line {@code ln} that is not blank, or -1. */
  private int nextTextLine(int ln) {
    List<String> lines = d.ctx.lines();
    for (int l = ln + 1; l <= lines.size(); l++) {
      if (!Chars.isBlank(lines.get(l - 1))) {
        return l;
      }
    }
    return -1;
  }

  /**
   * The phones that found no person: each a contact without a name, to the replying body; kept
   * as notes when a person was named that no contact was made of (the phone may be theirs).
   */
  void end() {
    if (openLabel != null && openLabel.unit() != null) { // its line below was read otherwise
      d.addNote(openLabel.unit(), openLabel.line());
    }
    for (Pending p : pending) {
      if (personLeftOver) {
        if (p.unit() != null) {
          d.addNote(p.unit(), p.line());
        }
        d.addNote(p.phone().toString(), p.line());
      } else {
        Draft.MutableContact c = d.addContact(ContactRole.HANDLER, null, p.line());
        c.phone = p.phone();
        c.unit = p.unit();
      }
    }
  }
}
