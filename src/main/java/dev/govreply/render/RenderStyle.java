package dev.govreply.render;

import dev.govreply.text.ReplyLayout;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a rendered reply looks: the page, the fonts and sizes of its elements, and which optional
 * blocks appear. {@link #gbt9704()} is GB/T 9704-2012: A4, top margin (天头) 37 mm, left margin
 * (订口) 28 mm, a text block (版心) of 156 × 225 mm holding 22 lines of 28 characters; the body in
 * 3号 (16 pt) 仿宋, the title in 2号 (22 pt) 小标宋, first-level headings (一、) in 3号 黑体,
 * second-level (（一）) in 楷体, third-level (1.) in 仿宋, page numbers in 4号 (14 pt) 宋体.
 *
 * <pre>{@code
 * RenderStyle style = RenderStyle.gbt9704()
 *     .withBody(new RenderStyle.Font(List.of("FangSong", "STFangsong"), 16))
 *     .withContacts(false);
 * }</pre>
 *
 * @param page the page and its margins
 * @param body the body text (and third- and fourth-level headings)
 * @param title the title
 * @param heading1 first-level headings (一、)
 * @param heading2 second-level headings (（一）)
 * @param pageNumber page numbers (— 1 —)
 * @param marks whether the document number, class and disclosure appear
 * @param contacts whether the contacts appear
 * @param notes whether notes such as （此件主动公开） and the copy-to line appear
 * @param pageNumbers whether pages are numbered
 */
public record RenderStyle(Page page, Font body, Font title, Font heading1, Font heading2,
    Font pageNumber, boolean marks, boolean contacts, boolean notes, boolean pageNumbers) {

  /**
   * Checks the parts.
   *
   * @param page the page
   * @param body the body font
   * @param title the title font
   * @param heading1 the first-level heading font
   * @param heading2 the second-level heading font
   * @param pageNumber the page number font
   * @param marks whether marks appear
   * @param contacts whether contacts appear
   * @param notes whether notes and copy-to appear
   * @param pageNumbers whether pages are numbered
   */
  public RenderStyle {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(heading1, "heading1");
    Objects.requireNonNull(heading2, "heading2");
    Objects.requireNonNull(pageNumber, "pageNumber");
  }

  /**
   * A font: family names in order of preference (the official name first, then fallbacks), and a
   * size.
   *
   * @param families family names, at least one, e.g. {@code 仿宋_GB2312}, {@code 仿宋},
   *     {@code FangSong}
   * @param points the size in points, e.g. 16 for 3号
   */
  public record Font(List<String> families, double points) {
    /**
     * Checks the parts.
     *
     * @param families family names, at least one, none blank
     * @param points the size, above 0 and at most 200
     */
    public Font {
      families = List.copyOf(families);
      if (families.isEmpty() || families.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("a font needs at least one family name, none blank: "
            + families);
      }
      if (!(points > 0 && points <= 200)) {
        throw new IllegalArgumentException("font size must be above 0 and at most 200 pt, got "
            + points);
      }
    }
  }

  /**
   * The page, in millimetres: its size, the top and left margins and the text block (版心); the
   * bottom and right margins are what is left.
   *
   * @param width page width
   * @param height page height
   * @param top top margin (天头)
   * @param left left margin (订口)
   * @param textWidth width of the text block
   * @param textHeight height of the text block
   * @param linesPerPage lines of body text on a full page
   * @param charsPerLine characters on a full line
   */
  public record Page(double width, double height, double top, double left, double textWidth,
      double textHeight, int linesPerPage, int charsPerLine) {
    /**
     * Checks that the text block fits on the page.
     *
     * @param width page width
     * @param height page height
     * @param top top margin
     * @param left left margin
     * @param textWidth text block width
     * @param textHeight text block height
     * @param linesPerPage lines per page, 1 or more
     * @param charsPerLine characters per line, 1 or more
     */
    public Page {
      if (!(width > 0 && height > 0 && top >= 0 && left >= 0 && textWidth > 0 && textHeight > 0)
          || left + textWidth > width || top + textHeight > height) {
        throw new IllegalArgumentException("the text block " + textWidth + " × " + textHeight
            + " mm at " + left + ", " + top + " mm does not fit a page of " + width + " × "
            + height + " mm");
      }
      if (linesPerPage < 1 || charsPerLine < 1) {
        throw new IllegalArgumentException("lines per page and characters per line must be 1 or"
            + " more, got " + linesPerPage + " and " + charsPerLine);
      }
    }

    /**
     * The bottom margin.
     *
     * @return page height less top margin and text block
     */
    public double bottom() {
      return height - top - textHeight;
    }

    /**
     * The right margin.
     *
     * @return page width less left margin and text block
     */
    public double right() {
      return width - left - textWidth;
    }
  }

  private static final RenderStyle GBT9704 = new RenderStyle(
      new Page(210, 297, 37, 28, 156, 225, 22, 28),
      new Font(List.of("仿宋_GB2312", "仿宋", "FangSong", "STFangsong"), 16),
      new Font(List.of("方正小标宋简体", "小标宋", "华文中宋", "STZhongsong", "宋体", "SimSun"), 22),
      new Font(List.of("黑体", "SimHei", "STHeiti"), 16),
      new Font(List.of("楷体_GB2312", "楷体", "KaiTi", "STKaiti"), 16),
      new Font(List.of("宋体", "SimSun", "STSong"), 14),
      true, true, true, true);

  /**
   * The layout of GB/T 9704-2012, with every optional block.
   *
   * @return the standard style
   */
  public static RenderStyle gbt9704() {
    return GBT9704;
  }

  /**
   * The fonts by the names of the elements they are for, in this order: {@code body},
   * {@code title}, {@code heading1}, {@code heading2}, {@code pageNumber} (the names
   * {@link RenderStyleJson} uses).
   *
   * @return the fonts, unmodifiable
   */
  public Map<String, Font> fonts() {
    Map<String, Font> fonts = new LinkedHashMap<>();
    fonts.put("body", body);
    fonts.put("title", title);
    fonts.put("heading1", heading1);
    fonts.put("heading2", heading2);
    fonts.put("pageNumber", pageNumber);
    return Collections.unmodifiableMap(fonts);
  }

  /**
   * Whether a line of the layout appears under this style: marks, contacts, notes and the
   * copy-to line are optional; every other line always appears.
   *
   * @param role the line's role
   * @return whether the line is rendered
   */
  public boolean shows(ReplyLayout.Role role) {
    return switch (role) {
      case MARKS -> marks;
      case CONTACT -> contacts;
      case NOTE, COPY_TO -> notes;
      default -> true;
    };
  }

  /**
   * This style with another body font.
   *
   * @param font the font of the body text
   * @return a new style
   */
  public RenderStyle withBody(Font font) {
    return new RenderStyle(page, font, title, heading1, heading2, pageNumber, marks, contacts,
        notes, pageNumbers);
  }

  /**
   * This style with another title font.
   *
   * @param font the font of the title
   * @return a new style
   */
  public RenderStyle withTitle(Font font) {
    return new RenderStyle(page, body, font, heading1, heading2, pageNumber, marks, contacts,
        notes, pageNumbers);
  }

  /**
   * This style with another page.
   *
   * @param p the page and margins
   * @return a new style
   */
  public RenderStyle withPage(Page p) {
    return new RenderStyle(p, body, title, heading1, heading2, pageNumber, marks, contacts,
        notes, pageNumbers);
  }

  /**
   * This style with or without the contacts.
   *
   * @param show whether contacts appear
   * @return a new style
   */
  public RenderStyle withContacts(boolean show) {
    return new RenderStyle(page, body, title, heading1, heading2, pageNumber, marks, show, notes,
        pageNumbers);
  }

  /**
   * This style with or without page numbers.
   *
   * @param show whether pages are numbered
   * @return a new style
   */
  public RenderStyle withPageNumbers(boolean show) {
    return new RenderStyle(page, body, title, heading1, heading2, pageNumber, marks, contacts,
        notes, show);
  }
}
