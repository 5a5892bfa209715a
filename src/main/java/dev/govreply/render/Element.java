package dev.govreply.render;

import dev.govreply.text.ReplyLayout.Line;
import dev.govreply.text.ReplyLayout.Role;

/**
 * The elements of the printed layout (GB/T 9704-2012) and how each sits on the page: its
 * alignment, its indents in characters, its font and the blank lines around it. The DOCX and PDF
 * renderers place lines by this one table; the DOCX renderer makes each element a paragraph
 * style named {@link #styleName}.
 */
enum Element {
  /** Body paragraphs: justified, the first line indented two characters. */
  BODY("Gov Body", Align.JUSTIFY, 2, 0, 0, 0, 0),
  /** The salutation and unrecognised lines: flush left. */
  FLUSH("Gov Flush Left", Align.LEFT, 0, 0, 0, 0, 0),
  /** The letterhead and the marks line: centred. */
  CENTRED("Gov Centred", Align.CENTRE, 0, 0, 0, 0, 0),
  /** The title: centred, a blank line below it (主送机关 sits one line under the title). */
  TITLE("Gov Title", Align.CENTRE, 0, 0, 0, 0, 1),
  /** A first-level heading (一、): as the body, in the first-level heading font. */
  HEADING_1("Gov Heading 1", Align.JUSTIFY, 2, 0, 0, 0, 0),
  /** The signature: a blank line under the body, two characters in from the right. */
  SIGNATURE("Gov Signature", Align.RIGHT, 0, 0, 2, 1, 0),
  /** The date (成文日期): four characters in from the right (右空四字). */
  DATE("Gov Date", Align.RIGHT, 0, 0, 4, 0, 0),
  /**
   * The copy-to line (抄送): one character in from each side; a wrapped line aligns with the
   * first recipient, after 抄送：(GB/T 9704 7.4.2), so the first line hangs three characters.
   */
  COPY_TO("Gov Copy To", Align.LEFT, -3, 4, 1, 0, 0),
  /** A page number. */
  PAGE_NUMBER("Gov Page Number", Align.LEFT, 0, 0, 0, 0, 0),
  /** A web page's metadata, kept with the reply: hidden text, not printed. */
  PAGE_METADATA("Gov Page Metadata", Align.LEFT, 0, 0, 0, 0, 0);

  /** What stands before a page's number: a dash (一字线) and a space, as in — 1 —. */
  static final String PAGE_NUMBER_BEFORE = "— ";
  /** What stands after a page's number. */
  static final String PAGE_NUMBER_AFTER = " —";

  /** How an element's lines sit between its indents. */
  enum Align { LEFT, CENTRE, RIGHT, JUSTIFY }

  /** The paragraph style's name in a Word document. */
  final String styleName;
  final Align align;
  /** Indent of the first line, in characters, beyond the left indent (below 0: it hangs). */
  final int firstLineChars;
  final int leftChars;
  final int rightChars;
  /** Blank lines above the element. */
  final int linesBefore;
  /** Blank lines below the element. */
  final int linesAfter;

  Element(String styleName, Align align, int firstLineChars, int leftChars, int rightChars,
      int linesBefore, int linesAfter) {
    this.styleName = styleName;
    this.align = align;
    this.firstLineChars = firstLineChars;
    this.leftChars = leftChars;
    this.rightChars = rightChars;
    this.linesBefore = linesBefore;
    this.linesAfter = linesAfter;
  }

  /** The paragraph style's id in a Word document: its name without spaces. */
  String styleId() {
    return styleName.replace(" ", "");
  }

  /** The element a line of the layout is. */
  static Element of(Line line) {
    if (line.role() == Role.HEADING && !line.text().isEmpty()) {
      return BODY; // a measure with no heading: its first paragraph, after the marker
    }
    return switch (line.role()) {
      case LETTERHEAD, MARKS -> CENTRED;
      case TITLE -> TITLE;
      case SALUTATION, UNKNOWN_TEXT -> FLUSH;
      case PAGE_METADATA -> PAGE_METADATA;
      case HEADING -> HEADING_1;
      case SIGNATURE -> SIGNATURE;
      case DATE -> DATE;
      case COPY_TO -> COPY_TO;
      default -> BODY;
    };
  }

  /**
   * The element's structure type in a tagged PDF: {@code H1} for the title, {@code H2} for a
   * first-level heading, {@code P} for every other line.
   */
  String structureType() {
    return switch (this) {
      case TITLE -> "H1";
      case HEADING_1 -> "H2";
      default -> "P";
    };
  }

  /** The font of the element's text (a lead of a heading or item may have its own). */
  RenderStyle.Font font(RenderStyle s) {
    return switch (this) {
      case TITLE -> s.title();
      case HEADING_1 -> s.heading1();
      case PAGE_NUMBER -> s.pageNumber();
      default -> s.body();
    };
  }

  /**
   * The font of a line's lead: the first-level heading font for 一、, the second-level heading
   * font for （一）, else the element's font.
   */
  static RenderStyle.Font leadFont(Line line, RenderStyle s) {
    return switch (line.level()) {
      case 1 -> s.heading1();
      case 2 -> s.heading2();
      default -> of(line).font(s);
    };
  }
}
