package dev.govreply.render;

import java.util.List;
import java.util.Locale;

/** The stylesheet of {@link HtmlRenderer}: the {@link RenderStyle} as CSS, screen and print. */
final class HtmlStyleSheet {
  private HtmlStyleSheet() {}

  static String of(RenderStyle s) {
    RenderStyle.Page page = s.page();
    // the line pitch that gives the standard's lines per page in the text block
    String line = String.format(Locale.ROOT, "%.3fmm", page.textHeight() / page.linesPerPage());
    StringBuilder css = new StringBuilder(2048);
    css.append("@page { size: ").append(HtmlRenderer.mm(page.width())).append(' ')
        .append(HtmlRenderer.mm(page.height())).append("; margin: ")
        .append(HtmlRenderer.mm(page.top())).append(' ').append(HtmlRenderer.mm(page.right()))
        .append(' ').append(HtmlRenderer.mm(page.bottom())).append(' ')
        .append(HtmlRenderer.mm(page.left())).append("; }\n");
    if (s.pageNumbers()) {
      // — 1 —, half-width digits, odd pages right and even pages left, one character in
      String number = "content: \"" + Element.PAGE_NUMBER_BEFORE + "\" counter(page) \""
          + Element.PAGE_NUMBER_AFTER + "\"; " + font(s.pageNumber());
      css.append("@page :right { @bottom-right { ").append(number)
          .append(" margin-right: 1em; } }\n");
      css.append("@page :left { @bottom-left { ").append(number)
          .append(" margin-left: 1em; } }\n");
    }
    css.append("body { margin: 0; }\n")
        .append("article.reply { ").append(font(s.body())).append(" line-height: ").append(line)
        // the characters a line: the text block's width over them, less the font's size
        .append("; letter-spacing: calc(").append(HtmlRenderer.mm(page.textWidth())).append(" / ")
        .append(page.charsPerLine()).append(" - ")
        .append(String.format(Locale.ROOT, "%spt", trim(s.body().points()))).append(')')
        .append("; width: ").append(HtmlRenderer.mm(page.textWidth()))
        .append("; margin: 0 auto; }\n")
        .append("article.reply p, article.reply h1, article.reply h2 { margin: 0;"
            + " white-space: pre-wrap; overflow-wrap: anywhere; }\n")
        .append("article.reply p { text-indent: 2em; }\n")
        .append("article.reply h1 { ").append(font(s.title()))
        .append(" font-weight: normal; text-align: center; text-wrap: balance; margin: 1em 0; }\n")
        .append("article.reply p.letterhead, article.reply p.marks { text-align: center;"
            + " text-indent: 0; }\n")
        .append("article.reply p.salutation { text-indent: 0; }\n")
        .append("article.reply h2 { ").append(font(s.heading1())).append(" font-weight: normal;"
            + " text-indent: 2em; }\n")
        .append("span.lead.level-1 { ").append(font(s.heading1())).append(" }\n")
        .append("span.lead.level-2 { ").append(font(s.heading2())).append(" }\n")
        .append("article.reply p.signature { text-align: right; text-indent: 0; padding-right: 2em;"
            + " margin-top: 2em; }\n")
        .append("article.reply p.date { text-align: right; text-indent: 0; padding-right: 4em; }\n")
        .append("ol.measures, ol.commitments { list-style: none; margin: 0; padding: 0; }\n")
        .append("address.contacts { font-style: normal; margin-top: 1em; }\n")
        .append("footer.copy-to { margin-top: 2em; border-top: 1px solid; border-bottom:"
            + " 1px solid; }\n")
        .append("article.reply footer.copy-to p { text-indent: -3em; padding: 0 1em 0 4em; }\n")
        .append("article.reply aside.page-metadata p { text-indent: 0; font-size: 10.5pt;"
            + " color: #555; }\n")
        .append("@media print { aside.page-metadata { display: none; } }\n");
    return css.toString();
  }

  /** {@code font-family: "仿宋_GB2312", "仿宋", …; font-size: 16pt;}. */
  static String font(RenderStyle.Font f) {
    StringBuilder sb = new StringBuilder("font-family: ");
    List<String> families = f.families();
    for (int i = 0; i < families.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(cssString(families.get(i)));
    }
    return sb.append("; font-size: ").append(String.format(Locale.ROOT, "%spt",
        trim(f.points()))).append(';').toString();
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** A CSS string: quotes, backslashes, angle brackets and controls escaped (no way out of it). */
  static String cssString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c < 0x20 || c == 0x7f) {
        sb.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
