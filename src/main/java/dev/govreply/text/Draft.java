package dev.govreply.text;

import dev.govreply.internal.Chars;
import dev.govreply.model.BlockKind;
import dev.govreply.model.BlockPlacement;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.ResultClass;
import dev.govreply.model.UnrecognizedBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The mutable state of one layout read: the values found so far, and the lines kept as
 * unrecognized blocks. Applies header and end marks with their findings.
 */
final class Draft {
  final ReadContext ctx;
  String headerIssuer;
  /**
   * Whether {@link #headerIssuer} may be the page's name ({@link Letterhead#headsOnlyUnsigned}: the
   * body the site's credits say runs the site, or a name above 办理答复): the letterhead only when no
   * other body signs the letter.
   */
  boolean headerMayBeTheSites;
  /** The line of {@link #headerIssuer} when it holds nothing else, until it is placed. */
  private Line headerIssuerLine;
  String titleIssuer;
  String webIssuer;
  String signer;
  String signature;
  /** The body a contact block names as the unit to contact (联系单位：), or null. */
  String contactUnit;
  /** The body the closing names as the unit that handled the item (承办单位：), or null. */
  String handlingUnit;
  /** The first body of a joint signature (several bodies' names), or null. */
  String leadBody;
  DocumentNumber documentNumber;
  ResultClass resultClass;
  /** The item's number printed in brackets after the title (…复文(2015年第0583号)), or null. */
  String titleItemNumber;
  /** The collective the salutation addresses, as a compact key, or null (no signature names it). */
  String addressedTo;
  /** The item's own title printed in 《》 after the reply's title, or null. */
  String titleItemTitle;
  /** The line {@link #titleItemTitle} is printed on. */
  int titleItemTitleLine;
  /**
   * The line of a document without a reply's title that is the item's own title ({@link
   * ItemsOwnTitle#itemsHeading}): the only such line of the header, with no other text between it
   * and the salutation (page metadata aside); else null.
   */
  Line itemHeading;
  /** How many lines of the header read as the item's own title. */
  int itemHeadings;
  /** Whether {@link #resultClass} was printed after the title ((B)), not among the marks. */
  boolean resultClassInTitle;
  Disclosure disclosure;
  /** Whether the first disclosure mark was printed after the title. */
  boolean disclosureInTitle;
  MotionKind category;
  LocalDate date;
  final List<MutableContact> contacts = new ArrayList<>(4);
  final List<String> copyTo = new ArrayList<>(2);
  final List<String> notes = new ArrayList<>(2);
  final PageMetadata page = new PageMetadata();
  /** The disclosure marks read, in reading order; see {@link #settleDisclosure}. */
  private final List<DisclosureMark> disclosureMarks = new ArrayList<>(2);
  /** An unrecognized line and what kind of text it is. */
  private record Unrecognized(int line, BlockKind kind) {}

  /** Unrecognized lines in the order recorded; grouped into blocks by {@link #blocks}. */
  private final List<Unrecognized> unrecognized = new ArrayList<>();

  /**
   * The line the letter starts on: its salutation, else the first line of its body; lines above
   * it are the letter's {@linkplain BlockPlacement#HEAD head}. Past the last line when the reader
   * found neither.
   */
  int letterStart = Integer.MAX_VALUE;

  Draft(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** A contact being built. */
  static final class MutableContact {
    final ContactRole role;
    /** The person named, or null for the phone of the replying body (联系电话：… alone). */
    final String name;
    PhoneNumber phone;
    String unit;
    final int index;

    MutableContact(ContactRole role, String name, int index) {
      this.role = role;
      this.name = name;
      this.index = index;
    }

    Contact build() {
      Contact.Builder b = Contact.builder().role(role).name(Optional.ofNullable(name));
      if (phone != null) {
        b.phone(phone);
      }
      if (unit != null && !unit.isBlank()) {
        b.unit(unit);
      }
      return b.build();
    }
  }

  MutableContact addContact(ContactRole role, String name, int line) {
    MutableContact c = new MutableContact(role, name, contacts.size());
    contacts.add(c);
    ctx.target(line, "contacts[" + c.index + "]");
    return c;
  }

  void addNote(String note, int line) {
    String n = Chars.strip(note);
    if (n.isEmpty()) {
      return;
    }
    ctx.target(line, "notes[" + notes.size() + "]");
    notes.add(n);
  }

  /** Keeps line {@code line} as unrecognized text of {@code kind}. */
  void unknown(BlockKind kind, int line) {
    unrecognized.add(new Unrecognized(line, kind));
  }

  /**
   * Keeps a line of the end not read, whole as text not placed, or its words in a note where the
   * rest of its line was read (a reply flattened onto one line, its date damaged in capture).
   */
  void unplacedEnd(Line line) {
    if (line.text().equals(ctx.lines().get(line.number() - 1))) {
      unknown(BlockKind.UNKNOWN_TEXT, line.number());
    } else {
      addNote(line.text(), line.number());
    }
  }

  /**
   * Keeps a date of the end below the reply's date in a note, all its line as printed, unless the
   * line is kept as unrecognized text already (another body's name beside the date: 某某办公室
   * 2017年10月12日), which holds the date's words: a note would print them twice.
   */
  void laterDate(Line line) {
    if (unrecognized.stream().noneMatch(u -> u.line() == line.number())) {
      addNote(Chars.strip(line.text()), line.number());
    }
  }

  /** Applies the marks of a line (from {@link LineMarks#scan}); returns false if none applied. */
  void applyMarks(Line line, List<LineMarks.Item> items, boolean tail) {
    for (int i = 0; i < items.size(); i++) {
      LineMarks.Item it = items.get(i);
      switch (it.kind()) {
        case DOCUMENT_NUMBER -> documentNumber(line, it, i + 1 < items.size() ? items.get(i + 1)
            : null, items.size() == 1);
        case DAMAGED_NUMBER -> { // the line is kept as it is printed; its other marks are read
          TextRules.report(ctx, TextRules.DOCNO_MALFORMED, "document number " + it.text()
              + " could not be read", "documentNumber", line, it.start(), it.end(), null);
          unknown(BlockKind.UNKNOWN_TEXT, line.number());
        }
        case RESULT_CLASS -> resultClass(line, it);
        case CATEGORY -> {
          ctx.markup(line.number(), it.label(), it.text());
          TextRules.report(ctx, TextRules.CLASS_CATEGORY, "类别 " + it.text()
              + " is a category, not a result class", "resultClass", line, it.start(), it.end(),
              null);
          if (category == null) {
            category = (MotionKind) it.value();
          }
        }
        case BAD_CLASS -> {
          ctx.markup(line.number(), it.label());
          addNote(it.label().isEmpty() ? it.text() : it.label() + ":" + it.text(), line.number());
          TextRules.report(ctx, TextRules.CLASS_MALFORMED, "result class " + it.text()
              + " not recognised; kept in notes", "resultClass", line, it.start(), it.end(), null);
        }
        case DISCLOSURE -> {
          String t = it.text();
          boolean bracketed = t.length() > 2 && "(（[【〔".indexOf(t.charAt(0)) >= 0;
          boolean wholeLine = items.size() == 1
              && Chars.strip(line.text()).equals(Chars.strip(t));
          boolean kept = true; // the mark's words are kept in a note
          if (tail && wholeLine && !bracketed) {
            addNote(t, line.number()); // a note (附注) printed without brackets
          } else if (bracketed) { // its closing bracket perhaps lost in capture: (此件主动公开
            int end = ")）]】〕".indexOf(t.charAt(t.length() - 1)) >= 0 ? t.length() - 1 : t.length();
            ctx.markup(line.number(), t.substring(0, 1), t.substring(end)); // "" is no markup
            addNote(t.substring(1, end), line.number());
          } else {
            kept = false;
          }
          disclosureMark(line, it.start(), it.end(), (Disclosure) it.value(), kept);
        }
        case SIGNER -> {
          ctx.markup(line.number(), it.label());
          if (tail) { // each signer of a joint letter a contact
            for (String n : ((String) it.value()).split("、")) { // listed so (SignerMark)
              addContact(ContactRole.RESPONSIBLE, n, line.number());
            }
          } else if (signer == null || signer.equals(it.value())) { // the same signer again
            signer = (String) it.value();
            ctx.target(line.number(), "signer");
          } else {
            addNote(it.label() + ":" + it.value(), line.number());
          }
        }
        case ISSUER -> issuer(line, it, tail, items.size() == 1);
        default -> { }
      }
    }
  }

  /**
   * A disclosure mark read: {@code [start, end)} of {@code line}'s text states {@code value};
   * {@code kept} when its words are kept in a note, else they are markup once the disclosure is
   * settled ({@link #settleDisclosure}).
   */
  private record DisclosureMark(Line line, int start, int end, Disclosure value, boolean kept) {

    String printed() {
      return line.text().substring(start, end);
    }

    String at() {
      return line.number() + ":" + (line.column() + start) + "–" + line.number() + ":"
          + (line.column() + end);
    }
  }

  /** Records a disclosure mark (同意公开, （此件不予公开）…); the disclosure is settled at the end. */
  /** Whether a disclosure mark was read. */
  boolean hasDisclosureMarks() {
    return !disclosureMarks.isEmpty();
  }

  void disclosureMark(Line line, int start, int end, Disclosure value, boolean kept) {
    String t = line.text();
    int s = Chars.skipBlanks(t, start);
    int e = end;
    while (e > s && Chars.isBlank(t.charAt(e - 1))) {
      e--;
    }
    disclosureMarks.add(new DisclosureMark(line, s, e, value, kept));
  }

  /**
   * Settles the disclosure from the marks read: when they agree (the same mark twice is no
   * conflict), it is their value, and a mark not kept in a note is markup of its line. When they
   * differ, the document states nothing it can be held to: the disclosure stays empty (not even
   * the page metadata's is taken), each mark is kept in a note, and each mark that differs from
   * the first gets a finding naming both marks and where they are.
   *
   * @return whether the marks conflict
   */
  boolean settleDisclosure() {
    if (disclosureMarks.isEmpty()) {
      return false;
    }
    DisclosureMark first = disclosureMarks.get(0);
    boolean conflict = false;
    for (DisclosureMark m : disclosureMarks) {
      if (m.value() != first.value()) {
        conflict = true;
        TextRules.report(ctx, TextRules.DISCLOSURE_CONFLICT, "disclosure marks conflict: "
            + first.printed() + " (" + first.value() + ") at " + first.at() + ", "
            + m.printed() + " (" + m.value() + ") at " + m.at() + "; disclosure left empty",
            "disclosure", m.line(), m.start(), m.end(), null);
      }
    }
    for (DisclosureMark m : disclosureMarks) {
      if (conflict) {
        if (!m.kept()) {
          addNote(m.printed(), m.line().number());
        }
      } else {
        if (!m.kept()) {
          ctx.markup(m.line().number(), m.printed());
        }
        ctx.target(m.line().number(), "disclosure");
      }
    }
    disclosure = conflict ? null : first.value();
    return conflict;
  }

  private void issuer(Line line, LineMarks.Item it, boolean tail, boolean alone) {
    String name = (String) it.value();
    if (!it.label().isEmpty()) {
      ctx.markup(line.number(), it.label());
    }
    if (tail) {
      if (signature == null) {
        signature = name;
        ctx.target(line.number(), "signature");
      } else {
        unknown(BlockKind.UNKNOWN_TEXT, line.number());
      }
      return;
    }
    if (headerIssuer == null) {
      headerIssuer = name;
      if (alone) {
        headerIssuerLine = line; // placed when the issuer is chosen: placeHeaderIssuer
      } else {
        ctx.target(line.number(), "issuer");
      }
    } else if (Chars.key(headerIssuer).equals(Chars.key(name))) {
      // the issuer printed twice (…局 and …局文件): the repeat is kept verbatim, nothing is lost
      unknown(BlockKind.UNKNOWN_TEXT, line.number());
    } else if (alone && headerIssuerLine != null && nextAbove(line) == headerIssuerLine.number()
        && isPage(nextAbove(headerIssuerLine))
        && OrgNames.namesMoreFully(Chars.key(name), Chars.key(headerIssuer))) {
      // a body's name alone right below the page's metadata, and its fuller name right below
      // it: the lower one heads the letter, the upper one is the page's (its publishing unit's
      // name: 2025-05-09 / 区水利局 above 重庆市巴南区水利局). Two names of different bodies are a
      // joint letter's letterhead, whose first is the issuer
      unknown(BlockKind.PAGE_METADATA, headerIssuerLine.number());
      headerIssuer = name;
      headerIssuerLine = line;
    } else {
      TextRules.report(ctx, TextRules.ISSUER_CONFLICT, "second issuer " + name + " differs from "
          + headerIssuer, "issuer", line, it.start(), it.end(), null);
      unknown(BlockKind.UNKNOWN_TEXT, line.number());
    }
  }

  /** The number of the line above {@code line}, blank lines aside; 0 when there is none. */
  private int nextAbove(Line line) {
    List<Line> all = ctx.allLines();
    int i = Line.previousText(all, line.number() - 1);
    return i < 0 ? 0 : all.get(i).number();
  }

  /** Whether line {@code number} was found to be the page's. */
  private boolean isPage(int number) {
    return unrecognized.stream()
        .anyMatch(u -> u.line() == number && u.kind() == BlockKind.PAGE_METADATA);
  }

  /**
   * Places the line of {@link #headerIssuer}, a body's name alone above the document: as the
   * issuer's when {@code issuer} (the reply's issuer is that name), else as the page's — the
   * site's name above a title that names another body as its issuer (文山市人民政府 above
   * 文山市交通运输局对…的答复).
   */
  void placeHeaderIssuer(boolean issuer) {
    if (headerIssuerLine != null) {
      if (issuer) {
        ctx.target(headerIssuerLine.number(), "issuer");
      } else {
        unknown(BlockKind.PAGE_METADATA, headerIssuerLine.number());
      }
      headerIssuerLine = null;
    }
  }

  /**
   * Reads the document number a portal's heading fused at the head of its title ({@link
   * NumberedTitle}) once the header is read: the number where the letter prints none; markup where
   * it prints the same (as are the brackets and dash setting it apart); a note where it prints
   * another (the letter's own line wins), with a finding naming both.
   */
  void headingNumber(NumberedTitle.Split heading) {
    Line number = heading.number();
    ctx.markup(number.number(), heading.apart().toArray(String[]::new));
    LineMarks.Item it = number.marks().get(0);
    DocumentNumber n = (DocumentNumber) it.value();
    if (documentNumber == null) {
      applyMarks(number, number.marks(), false);
    } else if (documentNumber.equals(n)) {
      ctx.markup(number.number(), it.text());
    } else {
      TextRules.report(ctx, TextRules.DOCNO_CONFLICT, "document number " + n + " in the heading, "
          + documentNumber + " in the letter", "documentNumber", number, it.start(), it.end(),
          documentNumber.toString());
      addNote(it.text(), number.number());
    }
  }

  private void documentNumber(Line line, LineMarks.Item it, LineMarks.Item next, boolean alone) {
    DocumentNumber n = (DocumentNumber) it.value();
    String printed = it.text();
    String canonical = n.toString();
    String key = Chars.key(printed);
    if (key.indexOf('〔') < 0) {
      TextRules.report(ctx, TextRules.DOCNO_BRACKET, "document number " + printed
          + " has the year in other brackets than 〔〕", "documentNumber", line, it.start(),
          it.end(), canonical);
    }
    int close = Math.max(Math.max(key.indexOf('〕'), key.indexOf(']')), Math.max(
        Math.max(key.indexOf('】'), key.indexOf('﹞')), Math.max(key.indexOf(')'),
            key.indexOf('〉'))));
    String serial = Chars.removeBlanks(key.substring(close + 1));
    if (serial.startsWith("第") || serial.startsWith("0")) {
      TextRules.report(ctx, TextRules.DOCNO_PADDED, "document number serial " + serial
          + " is padded or has 第", "documentNumber", line, it.start(), it.end(), canonical);
    }
    if (next != null && next.kind() == LineMarks.Kind.RESULT_CLASS && next.start() == it.end()) {
      TextRules.report(ctx, TextRules.DOCNO_CLASS_GLUED, "result class " + next.text()
          + " glued to the document number", "resultClass", line, it.start(), next.end(),
          canonical + " " + next.value() + "类");
    }
    if (documentNumber != null && !documentNumber.equals(n)) {
      addNote(printed, line.number());
    } else if (documentNumber != null && alone) {
      // printed again alone (a page's copy above the letter's own): the same mark, its text markup
      ctx.target(line.number(), "documentNumber");
      ctx.markup(line.number(), printed);
    } else {
      documentNumber = n;
      ctx.target(line.number(), "documentNumber");
      ctx.markupConsumed(line.number(), printed, canonical); // 號 written 号, a serial's 第
    }
  }

  private void resultClass(Line line, LineMarks.Item it) {
    ResultClass c = (ResultClass) it.value();
    if (!it.label().isEmpty()) {
      ctx.markup(line.number(), it.label());
    }
    String t = it.text();
    String key = Chars.key(t);
    boolean closed = key.endsWith("类") || key.endsWith(")") || key.endsWith("]");
    if (closed) {
      ctx.markup(line.number(), t.substring(t.length() - 1));
    }
    // the class as printed, written as its value: 乙类 is B, its 乙 consumed
    ctx.markupConsumed(line.number(), closed ? t.substring(0, t.length() - 1) : t, c.toString());
    if (resultClass == null) {
      resultClass = c;
      ctx.target(line.number(), "resultClass");
    } else if (resultClass.equals(c)) {
      ctx.target(line.number(), "resultClass");
    } else {
      TextRules.report(ctx, TextRules.CLASS_CONFLICT, "result class " + c + " differs from "
          + resultClass, "resultClass", line, it.start(), it.end(), null);
      addNote(t, line.number());
    }
  }

  /**
   * The unrecognized blocks (consecutive lines of one kind), in line order, each placed above the
   * letter or from its start on ({@link #letterStart}).
   */
  List<UnrecognizedBlock> blocks() {
    // by line; of the kinds recorded for a line, the first (the sort is stable)
    List<Unrecognized> sorted = new ArrayList<>(unrecognized);
    sorted.sort(Comparator.comparingInt(Unrecognized::line));
    int count = sorted.size();
    List<UnrecognizedBlock> out = new ArrayList<>();
    List<String> lines = ctx.lines();
    int i = 0;
    while (i < count) {
      BlockKind k = sorted.get(i).kind();
      int first = sorted.get(i).line();
      int last = first;
      int j = i + 1;
      while (j < count && sorted.get(j).kind() == k && sorted.get(j).line() == last + 1) {
        last++;
        j++;
      }
      List<String> text = new ArrayList<>(last - first + 1);
      String path = "unrecognized[" + out.size() + "]"; // one string for the block's lines
      for (int ln = first; ln <= last; ln++) {
        text.add(TextLines.singleLine(lines.get(ln - 1)));
        ctx.target(ln, path);
      }
      String t = lines.get(first - 1);
      if (k == BlockKind.UNKNOWN_TEXT) {
        TextRules.report(ctx, TextRules.UNKNOWN_TEXT, "text not placed: lines " + first + "–"
            + last, path, new Line(first, 1, t), 0, t.length(), null);
      } else {
        TextRules.report(ctx, TextRules.PAGE_METADATA, "web-page text, not the document's: lines "
            + first + "–" + last, path, new Line(first, 1, t), 0, t.length(), null);
      }
      out.add(UnrecognizedBlock.builder().kind(k).firstLine(first).lines(text)
          .placement(first < letterStart ? BlockPlacement.HEAD : BlockPlacement.FOOT).build());
      while (j < count && sorted.get(j).line() <= last) { // duplicates of the same line
        j++;
      }
      i = j;
    }
    return out;
  }
}
