package dev.govreply.render;

import dev.govreply.model.Reply;
import dev.govreply.text.ReplyLayout;
import dev.govreply.text.ReplyTextReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering the founding example (平政字〔2024〕12号, ten pages) as DOCX and PDF against the
 * libraries' own floor, in the same run: the target is {@code docx / poiPlainParagraphs <= 1.5}
 * and {@code pdf / pdfBoxSameLines <= 1.5}.
 *
 * <p>{@link #poiPlainParagraphs} has Apache POI write the layout's lines as plain paragraphs, no
 * styles, no page setup. {@link #pdfBoxSameLines} has PDFBox draw the very rows the renderer
 * lays out, in the same fonts at the same places, with no tags, structure or layout work. The
 * ratios are govreply's overhead: styles and page setup for DOCX; line breaking, glyph
 * fallback, tagging and the structure tree for PDF. Fonts are the test fonts (Droid Sans
 * Fallback subset and Liberation Serif), loaded once; every PDF embeds them as subsets anew.
 *
 * <p>Run: {@code mvn test-compile exec:exec@jmh -Djmh.args="RenderBenchmark -f 2 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBenchmark {
  private Reply reply;
  private List<ReplyLayout.Line> lines;
  private PdfFonts fonts;
  private PdfRenderer pdf;
  private PdfLayout.Result laidOut;

  /** Reads the founding example and the fonts; lays out the rows the PDF baseline draws. */
  @Setup
  public void setUp() throws IOException {
    reply = ReplyTextReader.standard().read(resource("/samples/00-pingjiang-xzf-jy241.txt"))
        .reply();
    lines = ReplyLayout.of(reply);
    fonts = PdfFonts.of("DroidSansFallback-subset.ttf",
        resource("/fonts/DroidSansFallback-subset.ttf"))
        .and(PdfFonts.of("LiberationSerif-Regular.ttf",
            resource("/fonts/LiberationSerif-Regular.ttf")));
    pdf = PdfRenderer.of(fonts);
    laidOut = PdfLayout.lay(lines, RenderStyle.gbt9704(), fonts);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = RenderBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not on the class path (run after mvn test-compile)");
      }
      return in.readAllBytes();
    }
  }

  /** The reply as a styled Word document. */
  @Benchmark
  public byte[] docx() {
    return DocxRenderer.standard().render(reply);
  }

  /** POI writing the layout's lines as plain, unstyled paragraphs. */
  @Benchmark
  public byte[] poiPlainParagraphs() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (ReplyLayout.Line line : lines) {
        doc.createParagraph().createRun().setText(line.whole());
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The reply as a tagged PDF with embedded, subset fonts. */
  @Benchmark
  public byte[] pdf() {
    return pdf.render(reply);
  }

  /** PDFBox drawing the same rows in the same fonts, untagged. */
  @Benchmark
  public byte[] pdfBoxSameLines() throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font[] loaded = new PDType0Font[fonts.files().size()];
      for (List<PdfLayout.Run> runs : laidOut.pages()) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float h = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (PdfLayout.Run run : runs) {
            if (loaded[run.font()] == null) {
              loaded[run.font()] = PDType0Font.load(doc,
                  new ByteArrayInputStream(fonts.files().get(run.font()).bytes()), true);
            }
            cs.beginText();
            cs.setFont(loaded[run.font()], run.size());
            cs.setCharacterSpacing(run.spacing());
            cs.newLineAtOffset(run.x(), h - run.baseline());
            cs.showText(run.text());
            cs.endText();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }
}
