package dev.govreply.render;

import dev.govreply.text.ReplyLayout.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a reply set on pages for {@link PdfRenderer}: each layout line broken into rows
 * that fit the text block, each row put on the page's line grid (22 lines of 28 characters in
 * GB/T 9704), in runs of one font. Pure arithmetic on the fonts' advance widths; drawing is
 * {@link PdfWriter}'s.
 *
 * <p>Characters are set on the grid: a full-width character advances one grid cell (the text
 * block's width over its characters per line), everything else its own width scaled alike, so
 * a line of body text holds 28 characters. A row breaks anywhere between Chinese characters,
 * never inside a run of Latin letters and digits; a closing mark (，。、) that would begin a row
 * hangs at the end of the one before, and an opening mark (“《（) never ends one.
 */
final class PdfLayout {
  static final double PT_PER_MM = 72 / 25.4;
  /** Size of the hidden page-metadata text, in points. */
  private static final float HIDDEN_SIZE = 1;
  private static final String CLOSING_MARKS = "，。、；：？！）》」』”’〕】…%,.;:?!)]}";
  private static final String OPENING_MARKS = "（《「『“‘〔【([{";
  private static final String WORD_JOINERS = ".,:-/%";

  /** A run of text in one font, drawn at (x, baseline), both in points from the top left. */
  record Run(int paragraph, int font, float size, float x, float baseline, float spacing,
      String text, boolean hidden) {}

  /** A paragraph of the layout, one tagged structure element: its tag (P, H1, H2). */
  record Paragraph(String tag) {}

  /** The pages' runs; runs with paragraph -1 are page numbers, tagged as artifacts. */
  record Result(List<Paragraph> paragraphs, List<List<Run>> pages) {}

  private final RenderStyle style;
  private final PdfFonts fonts;
  private final float left;
  private final float top;
  private final float width;
  private final float pitch;
  /** Grid cell over font size: the squeeze that puts 28 characters of body text on a line. */
  private final float squeeze;

  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<List<Run>> pages = new ArrayList<>();
  private List<Run> page;
  private int row;
  private int blank;
  /** Rows of hidden text, placed in the margins once the pages are known. */
  private final List<HiddenRow> hiddenRows = new ArrayList<>();

  private record HiddenRow(int paragraph, Glyphs glyphs, int from, int to) {}

  private PdfLayout(RenderStyle style, PdfFonts fonts) {
    this.style = style;
    this.fonts = fonts;
    RenderStyle.Page p = style.page();
    left = (float) (p.left() * PT_PER_MM);
    top = (float) (p.top() * PT_PER_MM);
    width = (float) (p.textWidth() * PT_PER_MM);
    pitch = (float) (p.textHeight() * PT_PER_MM / p.linesPerPage());
    squeeze = (float) (width / p.charsPerLine() / style.body().points());
  }

  /**
   * Checks that a style's grid can hold its text: every font no taller than a line of the grid,
   * and a grid cell at least 0.8 of the body's size (narrower cells overlap the characters).
   *
   * @throws IllegalArgumentException naming the font or the cell that does not fit
   */
  static void requireFits(RenderStyle style) {
    RenderStyle.Page p = style.page();
    double pitch = p.textHeight() * PT_PER_MM / p.linesPerPage();
    style.fonts().forEach((name, font) -> {
      if (font.points() > pitch) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
            "the %s font's %.1f pt is taller than a line of the grid (%.2f pt: %.0f mm over %d"
                + " lines); use a smaller size or fewer lines per page", name, font.points(),
            pitch, p.textHeight(), p.linesPerPage()));
      }
    });
    double cell = p.textWidth() * PT_PER_MM / p.charsPerLine();
    if (cell < 0.8 * style.body().points()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "%d characters of %.1f pt do not fit a line of %.0f mm (a cell of %.2f pt); use fewer"
              + " characters per line or a smaller body size", p.charsPerLine(),
          style.body().points(), p.textWidth(), cell));
    }
  }

  /**
   * Sets the lines on pages.
   *
   * @param lines the layout's lines, all of them (the style says which are shown)
   * @throws MissingGlyphException for a character no font has
   */
  static Result lay(List<Line> lines, RenderStyle style, PdfFonts fonts) {
    PdfLayout l = new PdfLayout(style, fonts);
    l.newPage();
    for (int n = 0; n < lines.size(); n++) {
      Line line = lines.get(n);
      if (style.shows(line.role())) {
        l.line(line, n + 1);
      }
    }
    l.hide();
    if (style.pageNumbers()) {
      l.pageNumbers();
    }
    return new Result(List.copyOf(l.paragraphs), l.pages.stream().map(List::copyOf).toList());
  }

  private void newPage() {
    page = new ArrayList<>();
    pages.add(page);
    row = 0;
  }

  private void line(Line line, int number) {
    Element e = Element.of(line);
    int paragraph = paragraphs.size();
    paragraphs.add(new Paragraph(e.structureType()));
    if (e == Element.PAGE_METADATA) {
      // kept with the reply as hidden text in the margins, as a Word document hides it; placed
      // once every page is known (hide)
      Glyphs g = glyphs(line, number, e, HIDDEN_SIZE);
      for (int[] r : rows(g, width, width)) {
        hiddenRows.add(new HiddenRow(paragraph, g, r[0], r[1]));
      }
      return;
    }
    Glyphs g = glyphs(line, number, e, 0);
    float size = (float) e.font(style).points();
    float cell = size * squeeze;
    float indentLeft = e.leftChars * cell;
    float available = width - indentLeft - e.rightChars * cell;
    float first = e.firstLineChars * cell;
    List<int[]> rows = e.align == Element.Align.CENTRE
        ? balanced(g, available) : rows(g, available - first, available);
    blank = Math.max(blank, e.linesBefore);
    if (row > 0) {
      row += blank;
    }
    for (int r = 0; r < rows.size(); r++) {
      if (row >= style.page().linesPerPage()) {
        newPage();
      }
      int from = rows.get(r)[0];
      int to = rows.get(r)[1];
      float w = g.width(from, to);
      float indent = indentLeft + (r == 0 ? first : 0);
      float room = available - (r == 0 ? first : 0);
      float x = left + indent + switch (e.align) {
        case LEFT, JUSTIFY -> 0;
        case CENTRE -> (room - w) / 2;
        case RIGHT -> room - w;
      };
      float extra = 0;
      boolean lastRow = r == rows.size() - 1;
      if (e.align == Element.Align.JUSTIFY && !lastRow && to - from > 1 && w < room
          && room - w < 2 * cell) {
        extra = (room - w) / (to - from - 1);
      }
      float baseline = top + row * pitch + pitch / 2 + 0.38f * size;
      runs(g, from, to, paragraph, x, baseline, extra, false, page);
      row++;
    }
    blank = e.linesAfter;
  }

  /** The row's glyphs in runs of one font, each advancing as laid out plus {@code extra}. */
  private void runs(Glyphs g, int from, int to, int paragraph, float x, float baseline,
      float extra, boolean hidden, List<Run> out) {
    int start = from;
    for (int i = from + 1; i <= to; i++) {
      if (i == to || g.font[i] != g.font[start] || g.size[i] != g.size[start]) {
        float size = g.size[start];
        float spacing = size * (squeeze - 1) + extra;
        out.add(new Run(paragraph, g.font[start], size, x, baseline, spacing,
            g.text(start, i), hidden));
        x += g.width(start, i) + extra * (i - start);
        start = i;
      }
    }
  }

  /** Rows of at most {@code width} (the first at most {@code firstWidth}), as [from, to). */
  static List<int[]> rows(Glyphs g, float firstWidth, float width) {
    List<int[]> out = new ArrayList<>();
    if (g.count == 0) {
      out.add(new int[] {0, 0}); // an empty line still takes its row, as in the other formats
      return out;
    }
    int i = 0;
    while (i < g.count) {
      float limit = out.isEmpty() ? firstWidth : width;
      float w = 0;
      int j = i;
      while (j < g.count && (j == i || w + g.advance[j] <= limit + 0.01f)) {
        w += g.advance[j++];
      }
      if (j < g.count) {
        j = breakBefore(g, i, j);
      }
      out.add(new int[] {i, j});
      i = j;
    }
    return out;
  }

  /**
   * Where a full row [from, j) ends, j being the first glyph that did not fit: a Latin word or
   * number goes down whole (unless it is longer than the row); a space or one closing mark hangs
   * at the end of the row; before two closing marks (。” ……) the row's last character goes down
   * with them; an opening mark never ends a row.
   */
  private static int breakBefore(Glyphs g, int from, int j) {
    if (inWord(g, j) && inWord(g, j - 1)) {
      int k = j - 1;
      while (k > from && inWord(g, k - 1)) {
        k--;
      }
      return k > from ? k : j;
    }
    int cp = g.codePoint[j];
    if (cp == ' ') {
      return j + 1;
    }
    if (CLOSING_MARKS.indexOf(cp) >= 0) {
      if (j + 1 < g.count && CLOSING_MARKS.indexOf(g.codePoint[j + 1]) >= 0) {
        int k = j - 1;
        while (k > from && CLOSING_MARKS.indexOf(g.codePoint[k]) >= 0) {
          k--;
        }
        if (k > from) {
          return k;
        }
      }
      return j + 1;
    }
    while (j - 1 > from && OPENING_MARKS.indexOf(g.codePoint[j - 1]) >= 0) {
      j--;
    }
    return j;
  }

  /**
   * Whether a glyph is part of a Latin word or number: an ASCII letter or digit, or one of
   * {@code . , : - / %} between two of them ({@code 3.14}, {@code 10:30}, {@code www.gov.cn}).
   */
  private static boolean inWord(Glyphs g, int k) {
    int cp = g.codePoint[k];
    if (alphanumeric(cp)) {
      return true;
    }
    return WORD_JOINERS.indexOf(cp) >= 0 && k > 0 && k + 1 < g.count
        && alphanumeric(g.codePoint[k - 1]) && alphanumeric(g.codePoint[k + 1]);
  }

  private static boolean alphanumeric(int cp) {
    return cp < 0x80 && Character.isLetterOrDigit(cp);
  }

  /** Centred rows of near-equal width (a long title broken into balanced lines). */
  static List<int[]> balanced(Glyphs g, float width) {
    List<int[]> greedy = rows(g, width, width);
    if (greedy.size() < 2) {
      return greedy;
    }
    float total = g.width(0, g.count);
    for (float limit = total / greedy.size(); limit < width; limit += width / 56) {
      List<int[]> r = rows(g, limit, limit);
      if (r.size() <= greedy.size()) {
        return r;
      }
    }
    return greedy;
  }

  /**
   * Puts the rows of hidden text (a web page's metadata) in the top margins, then the bottom
   * margins, of the pages in turn: a row each, so that no two overlap (readers drop text drawn
   * over the same text).
   */
  private void hide() {
    float step = HIDDEN_SIZE * 1.5f;
    float bottomStart = top + (float) (style.page().textHeight() * PT_PER_MM) + 8 * step;
    int perTop = (int) ((top - HIDDEN_SIZE) / step);
    int perBottom = (int) ((pageHeight() - bottomStart - HIDDEN_SIZE) / step);
    int perPage = perTop + Math.max(perBottom, 0);
    if (hiddenRows.size() > perPage * pages.size()) {
      throw new IllegalArgumentException("the reply's web page metadata takes "
          + hiddenRows.size() + " rows of hidden text, more than the margins of " + pages.size()
          + " page(s) hold (" + perPage * pages.size() + "); shorten it or leave it out");
    }
    for (int i = 0; i < hiddenRows.size(); i++) {
      HiddenRow h = hiddenRows.get(i);
      int k = i % perPage;
      float y = k < perTop ? HIDDEN_SIZE + k * step : bottomStart + (k - perTop) * step;
      runs(h.glyphs(), h.from(), h.to(), h.paragraph(), left, y, 0, true, pages.get(i / perPage));
    }
  }

  private float pageHeight() {
    return (float) (style.page().height() * PT_PER_MM);
  }

  /** — 1 —: below the text block, odd pages right and even pages left, one character in. */
  private void pageNumbers() {
    RenderStyle.Font f = style.pageNumber();
    int font = fonts.choose(f);
    float size = (float) f.points();
    float baseline = top + (float) (style.page().textHeight() * PT_PER_MM + 7 * PT_PER_MM)
        + 0.5f * size;
    for (int p = 0; p < pages.size(); p++) {
      String text = Element.PAGE_NUMBER_BEFORE + (p + 1) + Element.PAGE_NUMBER_AFTER;
      Glyphs g = new Glyphs(text.length());
      g.add(text, font, size, 0, "PAGE_NUMBER", fonts, squeeze);
      float w = g.width(0, g.count);
      float cell = size * squeeze;
      float x = p % 2 == 0 ? left + width - cell - w : left + cell;
      runs(g, 0, g.count, -1, x, baseline, 0, false, pages.get(p));
    }
  }

  /** A line's glyphs, in its elements' sizes or, when {@code size} is above 0, in that. */
  private Glyphs glyphs(Line line, int number, Element e, float size) {
    Glyphs g = new Glyphs(line.lead().length() + line.text().length());
    String role = line.role().name();
    if (!line.lead().isEmpty()) {
      RenderStyle.Font lead = Element.leadFont(line, style);
      g.add(line.lead(), fonts.choose(lead), size > 0 ? size : (float) lead.points(), number,
          role, fonts, squeeze);
    }
    RenderStyle.Font f = e.font(style);
    g.addAt(line.text(), line.lead().length(), fonts.choose(f),
        size > 0 ? size : (float) f.points(), number, role, fonts, squeeze);
    return g;
  }

  /** A line's characters, each with its font, size and advance in points. */
  static final class Glyphs {
    int count;
    int[] codePoint;
    int[] font;
    float[] size;
    float[] advance;

    Glyphs(int capacity) {
      codePoint = new int[capacity];
      font = new int[capacity];
      size = new float[capacity];
      advance = new float[capacity];
    }

    void add(String s, int preferred, float points, int line, String role, PdfFonts fonts,
        float squeeze) {
      addAt(s, 0, preferred, points, line, role, fonts, squeeze);
    }

    /** Adds the characters of {@code s}, which starts at {@code offset} of its layout line. */
    void addAt(String s, int offset, int preferred, float points, int line, String role,
        PdfFonts fonts, float squeeze) {
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int f = fonts.withGlyph(preferred, cp);
        if (f < 0) {
          throw new MissingGlyphException(cp, line, offset + i, role,
              fonts.files().stream().map(TrueTypeFile::source).toList());
        }
        codePoint[count] = cp;
        font[count] = f;
        size[count] = points;
        advance[count] = fonts.files().get(f).advance(cp) * points + points * (squeeze - 1);
        count++;
        i += Character.charCount(cp);
      }
    }

    float width(int from, int to) {
      float w = 0;
      for (int i = from; i < to; i++) {
        w += advance[i];
      }
      return w;
    }

    String text(int from, int to) {
      StringBuilder sb = new StringBuilder(to - from);
      for (int i = from; i < to; i++) {
        sb.appendCodePoint(codePoint[i]);
      }
      return sb.toString();
    }
  }
}
