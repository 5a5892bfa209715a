package dev.govreply.render;

import dev.govreply.model.Reply;
import dev.govreply.text.ReplyLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Renders a reply as a PDF in the GB/T 9704 layout, for printing and publication: A4 with the
 * standard's margins, 22 lines of 28 characters of body text a page, the title centred in
 * balanced lines, the date four characters in from the right, page numbers (— 1 —) odd pages
 * right and even pages left. The fonts are the TrueType files given as {@link PdfFonts},
 * embedded as subsets; a character none of them has stops rendering with a
 * {@link MissingGlyphException}, never a box.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.of(RenderStyle.gbt9704(), PdfFonts.of(Path.of("simfang.ttf")));
 * Files.write(Path.of("reply.pdf"), pdf.render(reply));
 * }</pre>
 *
 * <p>The PDF is tagged: each line of {@link ReplyLayout} is one structure element (the title
 * {@code H1}, first-level headings {@code H2}, the rest {@code P}) in reading order, page
 * numbers are artifacts, so a tag-aware extractor (PDFBox's marked content, a screen reader,
 * copying from a viewer) gets each paragraph whole, and its text reads back through
 * {@link dev.govreply.text.ReplyTextReader} to the reply. An extractor that ignores tags
 * ({@code pdftotext}, PDFBox's {@code PDFTextStripper}) gets the printed rows and page numbers
 * instead, as from any printed document. A web page's metadata kept with the reply is hidden
 * text (1 pt, in the margins, a row each), as in the DOCX rendering.
 *
 * <p>Needs Apache PDFBox ({@code org.apache.pdfbox:pdfbox} 3.x), an optional dependency of
 * govreply: without it {@link PdfFonts#of} and {@link #render(Reply)} throw
 * {@link IllegalStateException} naming the artifact. Immutable and thread-safe.
 */
public final class PdfRenderer {
  private final RenderStyle style;
  private final PdfFonts fonts;

  private PdfRenderer(RenderStyle style, PdfFonts fonts) {
    this.style = style;
    this.fonts = fonts;
  }

  /**
   * A renderer of the GB/T 9704 layout.
   *
   * @param fonts the fonts to embed
   * @return the renderer
   */
  public static PdfRenderer of(PdfFonts fonts) {
    return of(RenderStyle.gbt9704(), fonts);
  }

  /**
   * A renderer of a style.
   *
   * @param style fonts, sizes, page and optional blocks
   * @param fonts the fonts to embed; each element takes the first whose family its style names
   * @return the renderer
   * @throws IllegalArgumentException when a font is taller than a line of the style's grid, or
   *     the grid's cells are too narrow for the body's characters
   */
  public static PdfRenderer of(RenderStyle style, PdfFonts fonts) {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(fonts, "fonts");
    PdfLayout.requireFits(style);
    return new PdfRenderer(style, fonts);
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
   * The fonts this renderer embeds.
   *
   * @return the fonts
   */
  public PdfFonts fonts() {
    return fonts;
  }

  /**
   * The reply as a PDF file.
   *
   * @param reply the reply
   * @return the file's bytes
   * @throws MissingGlyphException for a character none of the fonts has
   * @throws IllegalArgumentException when the reply holds a control character or a lone
   *     surrogate; the message names the line
   * @throws IllegalStateException when Apache PDFBox is not on the class path
   */
  public byte[] render(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    requirePdfBox();
    List<ReplyLayout.Line> lines = ReplyLayout.of(reply);
    RenderableText.require(lines, "a PDF");
    PdfLayout.Result layout = PdfLayout.lay(lines, style, fonts);
    try {
      return PdfWriter.write(layout, fonts, style, reply.title().orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // written to memory: not expected
    }
  }

  /**
   * Writes the reply as a PDF file to {@code out} (not closed).
   *
   * @param reply the reply
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   * @throws MissingGlyphException for a character none of the fonts has
   * @throws IllegalStateException when Apache PDFBox is not on the class path
   */
  public void render(Reply reply, OutputStream out) {
    Objects.requireNonNull(out, "out");
    BinaryRendering.write(render(reply), out);
  }

  static void requirePdfBox() {
    BinaryRendering.requireLibrary("org.apache.pdfbox.pdmodel.PDDocument", "PDF rendering",
        "Apache PDFBox", "org.apache.pdfbox:pdfbox (3.x)");
  }
}
