package dev.govreply.text;

import java.util.List;

/**
 * A line of the text as the end readers see it: what they learn of it (its key, its date,
 * its contact labels, its marks, whether it can belong to the end), each computed at its
 * first use and kept for the read: the bottom-up scan ({@link TailReader#isTailLine(Line)}),
 * the anchors and {@link TailReader#read} ask the same questions of the same lines.
 */
final class TailLine {
  final Line line;
  private boolean dateDone;
  private DateText.Found date;
  private List<ContactLabel> labels;
  private byte tail; // 0 unknown, 1 no, 2 yes

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
    return OrgNames.isNameAlone(compact());
  }

  /** The line's key without blanks ({@link Line#compactKey}). */
  String compact() {
    return line.compactKey();
  }

  /** The line's {@linkplain Line#key key}. */
  String key() {
    return line.key();
  }

  /** Whether the line can belong to the end of a reply ({@link TailReader#isTailLine}). */
  boolean tail() {
    if (tail == 0) {
      tail = TailReader.isTailLine(this) ? (byte) 2 : (byte) 1;
    }
    return tail == 2;
  }
}
