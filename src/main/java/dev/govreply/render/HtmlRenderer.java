package dev.govreply.render;

import dev.govreply.model.Reply;
import dev.govreply.text.ReplyLayout;
import dev.govreply.text.ReplyLayout.Line;
import dev.govreply.text.ReplyLayout.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a reply as one self-contained HTML file for web publication and for printing from a
 * browser: semantic elements ({@code <h1>} for the title, {@code <ol>} for the numbered measures
 * and commitments, {@code <address>} for the contacts, {@code <footer>} for the copy-to line), a
 * stylesheet in the file with the {@link RenderStyle}'s fonts and sizes and a print part with
 * {@code @page} A4, the standard's margins and page numbers (— 1 —, odd pages right, even pages
 * left), no scripts, no external resources, all text escaped.
 *
 * <p>Each line of {@link ReplyLayout} is one block element, so the text of those elements, a line
 * each, reads back through {@link dev.govreply.text.ReplyTextReader} to the reply. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * String html = HtmlRenderer.of(RenderStyle.gbt9704()).render(reply);
 * }</pre>
 */
public final class HtmlRenderer {
  private static final HtmlRenderer STANDARD = new HtmlRenderer(RenderStyle.gbt9704());

  private final RenderStyle style;
  private final String css;

  private HtmlRenderer(RenderStyle style) {
    this.style = style;
    this.css = HtmlStyleSheet.of(style);
  }

  /**
   * The renderer of the GB/T 9704 layout.
   *
   * @return the shared renderer of {@link RenderStyle#gbt9704()}
   */
  public static HtmlRenderer standard() {
    return STANDARD;
  }

  /**
   * A renderer of a style.
   *
   * @param style fonts, sizes, page and optional blocks
   * @return the renderer
   */
  public static HtmlRenderer of(RenderStyle style) {
    return new HtmlRenderer(Objects.requireNonNull(style, "style"));
  }

  /**
   * The style this renderer applies.
   *
   * @return the style
   */
  public RenderStyle style() {
    return style;
  }

  /**
   * The reply as an HTML document.
   *
   * @param reply the reply
   * @return the document, UTF-8 declared, ending with a newline
   * @throws IllegalArgumentException when the reply holds a character HTML cannot hold (a
   *     control character, a lone surrogate); the message names the line
   */
  public String render(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    List<Line> lines = ReplyLayout.of(reply);
    RenderableText.require(lines, "HTML");
    StringBuilder sb = new StringBuilder(4096);
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(reply.title().or(reply::issuer).orElse("答复")))
        .append("</title>\n<style>\n").append(css).append("</style>\n</head>\n<body>\n")
        .append("<article class=\"reply\">\n");
    new Body(sb, style).lines(lines);
    sb.append("</article>\n</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * Writes the reply as an HTML document to {@code out} (not closed).
   *
   * @param reply the reply
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  public void render(Reply reply, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(render(reply));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The elements of the article, line by line, opening and closing the groups around them. */
  private static final class Body {
    private final StringBuilder sb;
    private final RenderStyle style;
    /** The open group: "" none, or the element that is open (ol, address, aside, footer). */
    private String group = "";
    /** The class of the open list: measures or commitments. */
    private String list = "";
    private boolean itemOpen;

    Body(StringBuilder sb, RenderStyle style) {
      this.sb = sb;
      this.style = style;
    }

    void lines(List<Line> lines) {
      for (Line line : lines) {
        if (style.shows(line.role())) {
          line(line);
        }
      }
      close();
    }

    private void line(Line line) {
      switch (line.role()) {
        case PAGE_METADATA -> element("aside", "page-metadata", "p", null, line);
        case LETTERHEAD -> p("letterhead", line);
        case MARKS -> p("marks", line);
        case SIGNER -> p("signer", line);
        case TITLE -> {
          close();
          sb.append("<h1>").append(escape(line.whole())).append("</h1>\n");
        }
        case SALUTATION -> p("salutation", line);
        case OPENING -> p("opening", line);
        case CONTEXT -> p("context", line);
        case HEADING -> listItem("measures", line);
        case COMMITMENT -> listItem("commitments", line);
        case ITEM -> inItem(line);
        case PARAGRAPH -> inItem(line);
        case COMMITMENTS_INTRO -> p("commitments-intro", line);
        case CLOSING -> p("closing", line);
        case SIGNATURE -> p("signature", line);
        case DATE -> p("date", line);
        case CONTACT -> element("address", "contacts", "p", null, line);
        case COPY_TO -> element("footer", "copy-to", "p", null, line);
        case NOTE -> p("note", line);
        case UNKNOWN_TEXT -> p("unknown-text", line);
      }
    }

    /** A paragraph outside any group. */
    private void p(String cls, Line line) {
      close();
      paragraph("p", cls, line);
    }

    /** A paragraph inside a group element, which is opened unless it is open. */
    private void element(String groupElement, String groupClass, String tag, String cls,
        Line line) {
      if (!groupElement.equals(group)) {
        close();
        sb.append('<').append(groupElement).append(" class=\"").append(groupClass)
            .append("\">\n");
        group = groupElement;
      }
      paragraph(tag, cls, line);
    }

    /** A numbered measure or commitment: a new list item, in a list opened if needed. */
    private void listItem(String listClass, Line line) {
      if (!"ol".equals(group) || !listClass.equals(list)) {
        close();
        sb.append("<ol class=\"").append(listClass).append("\">\n");
        group = "ol";
        list = listClass;
      }
      if (itemOpen) {
        sb.append("</li>\n");
      }
      sb.append("<li>\n");
      itemOpen = true;
      if (line.role() == Role.HEADING && line.text().isEmpty()) {
        sb.append("<h2>").append(escape(line.lead())).append("</h2>\n");
      } else {
        paragraph("p", line.role() == Role.HEADING ? "heading" : "item level-" + line.level(),
            line);
      }
    }

    /** A point or further paragraph: inside the open list item, or on its own. */
    private void inItem(Line line) {
      if (!itemOpen) {
        close();
      }
      paragraph("p", line.role() == Role.ITEM ? "item level-" + line.level() : null, line);
    }

    private void paragraph(String tag, String cls, Line line) {
      sb.append('<').append(tag);
      if (cls != null) {
        sb.append(" class=\"").append(cls).append('"');
      }
      sb.append('>');
      if (!line.lead().isEmpty()) {
        sb.append("<span class=\"lead level-").append(line.level()).append("\">")
            .append(escape(line.lead())).append("</span>");
      }
      sb.append(escape(line.text())).append("</").append(tag).append(">\n");
    }

    private void close() {
      if (itemOpen) {
        sb.append("</li>\n");
        itemOpen = false;
      }
      if (!group.isEmpty()) {
        sb.append("</").append(group).append(">\n");
        group = "";
      }
    }
  }

  /** Text as HTML character data and attribute values. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c); // RenderableText let through only what HTML holds
      }
    }
    return sb.toString();
  }

  /** Millimetres for CSS. */
  static String mm(double v) {
    return String.format(Locale.ROOT, "%.1fmm", v);
  }
}
