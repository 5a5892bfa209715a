package dev.govreply.text;

import dev.govreply.internal.Chars;
import java.util.List;
import java.util.Objects;

/**
 * A piece of one input line handed between recognisers: its 1-based line number, the 1-based
 * column where {@link #text()} starts in that line, and the text. Usually the whole line (column
 * 1); a part when a line holds two things (秦振兴代表: 您提出的…).
 *
 * <p>A line also knows the forms of its text the recognisers match against: its {@linkplain
 * #key() key} and its {@linkplain #compactKey() compact key}, and what the recognisers that several
 * readers ask about found on it ({@linkplain #pageMetadata() page metadata}, {@linkplain
 * #siteFooter() a site's footer}, {@linkplain #marks() marks}, a {@linkplain #salutation()
 * salutation}, {@linkplain #shortDate() a date line}), each made when first asked for and kept with
 * the line, so that the readers asking about the same line (the header scan, the letterhead, the
 * title's continuation, the end of the reply) share them. The rules stay in their recognisers.
 * Equal lines have the same number, column and text. Not thread-safe: a line belongs to one read.
 */
final class Line {
  private final int number;
  private final int column;
  private final String text;
  /** Whether nothing but blanks (or a table's cell border) stands before the text on its line. */
  private final boolean startsLine;
  /** {@link Chars#key(String)} of the text, made on first use. */
  private String key;
  /** The key without blanks, made on first use. */
  private String compactKey;
  /**
   * The compact key as the page's labels are read in it ({@link #labelsKey}), made on first use.
   */
  private String labelsKey;
  /** {@link PageMetadata#is} of the line: 0 not asked yet, 1 no, 2 yes. */
  private byte page;
  /** {@link SiteFooter#is} of the line: 0 not asked yet, 1 no, 2 yes. */
  private byte footer;
  /** Whether the line is a short date line ({@link #shortDate}): 0 not asked yet, 1 no, 2 yes. */
  private byte shortDate;
  /** Whether {@link #marks} and {@link #salutation} were asked for. */
  private boolean marksRead;
  private boolean salutationRead;
  private List<LineMarks.Item> marks;
  private Salutation.Found salutation;

  Line(int number, int column, String text) {
    this(number, column, text, column == 1);
  }

  private Line(int number, int column, String text, boolean startsLine) {
    this.number = number;
    this.column = column;
    this.text = Objects.requireNonNull(text, "text");
    this.startsLine = startsLine;
  }

  /**
   * Line {@code number}'s text between a table's cell borders, which start at column {@code
   * column}: the text starts its line.
   */
  static Line betweenBorders(int number, int column, String text) {
    return new Line(number, column, text, true);
  }

  /**
   * Whether nothing but blanks (or a table's cell border) stands before this piece's text on its
   * input line.
   */
  boolean startsLine() {
    return startsLine;
  }

  /** The 1-based number of the input line. */
  int number() {
    return number;
  }

  /** The 1-based column of the input line where {@link #text()} starts. */
  int column() {
    return column;
  }

  /** The text of this piece of the line. */
  String text() {
    return text;
  }

  /**
   * The matching key of the text ({@link Chars#key(String)}): as long as the text, so an index
   * in it is an index in the text.
   */
  String key() {
    if (key == null) {
      key = Chars.key(text);
    }
    return key;
  }

  /** The key without blanks: what a recogniser compares with words that may be printed spaced. */
  String compactKey() {
    if (compactKey == null) {
      compactKey = Chars.removeBlanks(key());
    }
    return compactKey;
  }

  /**
   * The compact key with each page label printed in brackets read as the label and its colon
   * ({@link MetadataLabel#bracketsAsColons}: {@code [ 发文字号 ]} as {@code 发文字号:}).
   */
  String labelsKey() {
    if (labelsKey == null) {
      String read = MetadataLabel.bracketsAsColons(key());
      labelsKey = read == key() ? compactKey() : Chars.removeBlanks(read);
    }
    return labelsKey;
  }

  /** Whether the line is page metadata of a web page ({@link PageMetadata#is}). */
  boolean pageMetadata() {
    if (page == 0) {
      page = PageMetadata.is(this) ? (byte) 2 : (byte) 1;
    }
    return page == 2;
  }

  /** Whether the line is a web site's footer ({@link SiteFooter#is}). */
  boolean siteFooter() {
    if (footer == 0) {
      footer = SiteFooter.is(this) ? (byte) 2 : (byte) 1;
    }
    return footer == 2;
  }

  /**
   * Whether the line is a date alone or beside the signature, of at most 60 non-blank characters
   * ({@link DateLine#isShortDate}): a date line of the reply's end.
   */
  boolean shortDate() {
    if (shortDate == 0) {
      boolean date = Chars.weightAtMost(text, 60) && DateLine.isShortDate(text);
      shortDate = date ? (byte) 2 : (byte) 1;
    }
    return shortDate == 2;
  }

  /** The class and disclosure marks of the line ({@link LineMarks#scan}), or null. */
  List<LineMarks.Item> marks() {
    if (!marksRead) {
      marks = LineMarks.scan(this);
      marksRead = true;
    }
    return marks;
  }

  /** The salutation the line holds ({@link Salutation#find}), or null. */
  Salutation.Found salutation() {
    if (!salutationRead) {
      salutation = Salutation.find(this);
      salutationRead = true;
    }
    return salutation;
  }

  /** The rest of this line from {@code index} (0-based in {@link #text()}). */
  Line from(int index) {
    return part(index, text.length());
  }

  /** The part {@code [start, end)} of this line. */
  Line part(int start, int end) {
    return new Line(number, column + start, text.substring(start, end),
        startsLine && Chars.isBlank(text.substring(0, start)));
  }

  /** The index of the first line of {@code all} after index {@code i} that is not blank, or -1. */
  static int nextText(List<Line> all, int i) {
    int j = i + 1;
    while (j < all.size() && all.get(j).blank()) {
      j++;
    }
    return j < all.size() ? j : -1;
  }

  /** The index of the last line of {@code all} before index {@code i} that is not blank, or -1. */
  static int previousText(List<Line> all, int i) {
    int j = i - 1;
    while (j >= 0 && all.get(j).blank()) {
      j--;
    }
    return j;
  }

  /** True when the text is blank, counting no-break and ideographic spaces (U+00A0, U+3000). */
  boolean blank() {
    return Chars.isBlank(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Line l && l.number == number && l.column == column && l.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, column, text);
  }

  @Override
  public String toString() {
    return "Line[number=" + number + ", column=" + column + ", text=" + text + "]";
  }
}
