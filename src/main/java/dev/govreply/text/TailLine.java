package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;

/**
 * A line of the text as the end readers see it: what they learn of it (its key, its date,
 * its contact labels, its marks, whether it can belong to the end), each computed at its
 * first use and kept for the read: the bottom-up scan ({@link #isTailLine(Line)}),
 * the anchors and {@link TailReader#read} ask the same questions of the same lines. Which lines
 * can belong to the end at all is {@link #isTailLine(TailLine)}.
 */
final class TailLine {
  final Line line;
  private boolean dateDone;
  private DateText.Found date;
  private List<ContactLabel> labels;
  private byte tail; // 0 unknown, 1 no, 2 yes
  private byte name; // 0 unknown, 1 no, 2 yes

  TailLine(Line line) {
    this.line = line;
  }

  /** Whether the line is page metadata of a web page ({@link PageMetadata#is}). */
  boolean page() {
    return line.pageMetadata();
  }

  /** The first date of the line ({@link DateText#find}), or null. */
  DateText.Found date() {
    if (!dateDone) {
      date = DateText.inKey(key());
      dateDone = true;
    }
    return date;
  }

  /** The contact labels of the line ({@link ContactLabel#in}). */
  List<ContactLabel> labels() {
    if (labels == null) {
      labels = ContactLabel.in(line.text(), key(), line.startsLine());
    }
    return labels;
  }

  /** The class and disclosure marks of the line ({@link LineMarks#scan}), or null. */
  List<LineMarks.Item> marks() {
    return line.marks();
  }

  /** Whether the line is the name of a body ({@link OrgNames#isNameAlone}): the signature. */
  boolean name() {
    if (name == 0) {
      name = OrgNames.isNameAlone(compact()) ? (byte) 2 : (byte) 1;
    }
    return name == 2;
  }

  /** The line's key without blanks ({@link Line#compactKey}). */
  String compact() {
    return line.compactKey();
  }

  /** The line's {@linkplain Line#key key}. */
  String key() {
    return line.key();
  }

  /** Whether the line can belong to the end of a reply ({@link #isTailLine(TailLine)}), asked once. */
  boolean tail() {
    if (tail == 0) {
      tail = isTailLine(this) ? (byte) 2 : (byte) 1;
    }
    return tail == 2;
  }

  /** True when {@code line} can belong to the end of a reply. */
  static boolean isTailLine(Line line) {
    return isTailLine(new TailLine(line));
  }

  /**
   * {@link #isTailLine(Line)} of a line's facts: a blank line; a line of at most 60 non-blank
   * chars that is page metadata, starts with a contact label or an attachment's ({@link
   * EndAnchors#startsAttachment}), is a date line, the signature, a marks line or a line of phones
   * (and names); a longer one (up to 200) only when labelled or page metadata; and any of these
   * wrapped in brackets.
   */
  static boolean isTailLine(TailLine f) {
    Line line = f.line;
    String text = line.text();
    int weight = Chars.weight(text, 200);
    if (weight == 0) {
      return true;
    }
    if (weight > 200) {
      return false;
    }
    if (weight > 60) {
      // only a labelled line (a long copy-to list, a two-column block, the attachments'
      // description) or page metadata
      return labelled(f) || f.page() || labelledInBrackets(line);
    }
    if (f.page() || labelled(f)) {
      return true;
    }
    DateText.Found d = f.date();
    if (d != null && (DateLine.signatureOrNothing(DateLine.besideDate(text, d))
        || DateLine.label(text, d) != null || DateLine.contactsAfter(line, d) != null)) {
      return true;
    }
    if (f.name() || f.marks() != null || phoneLine(text, f.key())) {
      return true;
    }
    return labelledInBrackets(line); // （联系人：周敏；联系电话：0731-57822316）
  }

  /**
   * Whether the line starts with a contact label or an attachment's ({@link
   * EndAnchors#startsAttachment}: the attachments' description).
   */
  private static boolean labelled(TailLine f) {
    return ContactLabel.startLine(f.line.text(), f.labels()) || EndAnchors.startsAttachment(f.line);
  }

  /** True when {@code line} is wrapped in brackets and starts with a contact label inside them. */
  private static boolean labelledInBrackets(Line line) {
    Line in = unwrap(line);
    return in != null && ContactLabel.startLine(in.text(), ContactLabel.in(in.text()));
  }

  /** True when a line holds phones read without fault and nothing but names beside them. */
  private static boolean phoneLine(String text, String key) {
    if (!ContactValue.hasPhone(key)) {
      return false;
    }
    ContactValue v = ContactValue.read(text, 0, text.length());
    return v.clean() && !v.phones.isEmpty();
  }

  /**
   * The inside of a line wrapped in one pair of brackets ({@code （联系人：周敏；联系电话：…）}), as a
   * part of the line; or of a line that opens a bracket and never closes it, its closing bracket
   * lost in capture ({@code （联系人：乐希，联系电话：138…}); null when the line is not wrapped.
   */
  static Line unwrap(Line line) {
    String t = line.text();
    int a = Chars.skipBlanks(t, 0);
    int b = a + Chars.strip(t.substring(a)).length();
    if (b - a < 3) {
      return null;
    }
    int k = BRACKETS.indexOf(Chars.key(t.charAt(a)));
    if (k < 0 || k % 2 == 1) {
      return null;
    }
    char close = BRACKETS.charAt(k + 1);
    if (Chars.key(t.charAt(b - 1)) == close) {
      return line.part(a + 1, b - 1);
    }
    return line.key().indexOf(close, a) < 0 ? line.part(a + 1, b) : null;
  }

  /** The brackets a contact line may be wrapped in, each opening one before its closing one. */
  private static final String BRACKETS = "()[]【】〔〕﹝﹞";
}
