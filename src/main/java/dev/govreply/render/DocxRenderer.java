package dev.govreply.render;

import dev.govreply.model.Reply;
import dev.govreply.text.ReplyLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Renders a reply as a Word document (DOCX) in the GB/T 9704 layout, for a clerk to edit, sign
 * and print: A4 with the standard's margins and line pitch, one paragraph style per element
 * ({@code Gov Title}, {@code Gov Heading 1}, {@code Gov Date}, …, so that the document can be
 * restyled in Word or WPS), the Chinese font set as the East-Asian font of each style, and page
 * numbers as PAGE fields (— 1 —, odd pages right, even pages left, one character in).
 *
 * <p>Needs Apache POI ({@code org.apache.poi:poi-ooxml} 5.x), an optional dependency of govreply:
 * without it {@link #render(Reply)} throws {@link IllegalStateException} naming the artifact.
 * Each line of {@link ReplyLayout} is one paragraph, so the document's paragraph text reads back
 * through {@link dev.govreply.text.ReplyTextReader} to the reply. Immutable and thread-safe.
 */
public final class DocxRenderer {
  private static final DocxRenderer STANDARD = new DocxRenderer(RenderStyle.gbt9704());

  private final RenderStyle style;
  /** The parts every document holds as they are, made on first use (once POI is present). */
  private volatile DocxWriter.FixedParts fixed;

  private DocxRenderer(RenderStyle style) {
    this.style = style;
  }

  /**
   * The renderer of the GB/T 9704 layout.
   *
   * @return the shared renderer of {@link RenderStyle#gbt9704()}
   */
  public static DocxRenderer standard() {
    return STANDARD;
  }

  /**
   * A renderer of a style.
   *
   * @param style fonts, sizes, page and optional blocks
   * @return the renderer
   */
  public static DocxRenderer of(RenderStyle style) {
    return new DocxRenderer(Objects.requireNonNull(style, "style"));
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
   * The reply as a DOCX file.
   *
   * @param reply the reply
   * @return the file's bytes
   * @throws IllegalStateException when Apache POI is not on the class path (the message names
   *     the artifact to add)
   * @throws IllegalArgumentException when the reply holds a character a Word document cannot
   *     hold (a control character, a lone surrogate); the message names the line
   */
  public byte[] render(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    requirePoi();
    List<ReplyLayout.Line> lines = ReplyLayout.of(reply);
    RenderableText.require(lines, "a Word document");
    try {
      return DocxWriter.write(lines, style, fixedParts());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // written to memory: not expected
    }
  }

  /**
   * Writes the reply as a DOCX file to {@code out} (not closed).
   *
   * @param reply the reply
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   * @throws IllegalStateException when Apache POI is not on the class path
   */
  public void render(Reply reply, OutputStream out) {
    Objects.requireNonNull(out, "out");
    BinaryRendering.write(render(reply), out);
  }

  /** The fixed parts; two threads may both make them the first time, with equal results. */
  private DocxWriter.FixedParts fixedParts() {
    DocxWriter.FixedParts f = fixed;
    if (f == null) {
      fixed = f = DocxWriter.fixedParts(style);
    }
    return f;
  }

  private static void requirePoi() {
    BinaryRendering.requireLibrary("org.apache.poi.xwpf.usermodel.XWPFDocument",
        "DOCX rendering", "Apache POI", "org.apache.poi:poi-ooxml (5.x)");
  }
}
