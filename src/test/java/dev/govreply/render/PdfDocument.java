package dev.govreply.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A rendered PDF as PDFBox reads it: its tagged paragraphs in reading order, each with the
 * glyphs PDFBox found for it (text, position, font, size), and its page-number artifacts.
 */
final class PdfDocument {
  /** A glyph of a paragraph or page number: where PDFBox placed it. */
  record Glyph(int page, String text, float x, float baseline, float width, float size,
      String font) {}

  /** A structure element of the document: its tag and glyphs. */
  record Paragraph(String tag, List<Glyph> glyphs) {
    String text() {
      StringBuilder sb = new StringBuilder();
      glyphs.forEach(g -> sb.append(g.text()));
      return sb.toString();
    }
  }

  final List<Paragraph> paragraphs = new ArrayList<>();
  /** Per page, the glyphs marked as artifacts (the page number). */
  final List<List<Glyph>> artifacts = new ArrayList<>();
  final List<float[]> pageSizes = new ArrayList<>();
  final List<String> fontNames = new ArrayList<>();
  final List<Boolean> fontsEmbedded = new ArrayList<>();

  static PdfDocument read(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PdfDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paragraphs' text, a line each: what the text reader is given. */
  static String text(byte[] pdf) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : read(pdf).paragraphs) {
      sb.append(p.text()).append('\n');
    }
    return sb.toString();
  }

  private PdfDocument(PDDocument doc) throws IOException {
    Map<COSDictionary, Map<Integer, List<Glyph>>> marked = new HashMap<>();
    for (int p = 0; p < doc.getNumberOfPages(); p++) {
      PDPage page = doc.getPage(p);
      pageSizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, List<Glyph>> byMcid = new HashMap<>();
      List<Glyph> art = new ArrayList<>();
      for (PDMarkedContent mc : extractor.getMarkedContents()) {
        List<Glyph> glyphs = glyphs(p + 1, mc);
        if ("Artifact".equals(mc.getTag())) {
          art.addAll(glyphs);
        } else {
          byMcid.put(mc.getMCID(), glyphs);
        }
      }
      marked.put(page.getCOSObject(), byMcid);
      artifacts.add(art);
      for (var name : page.getResources().getFontNames()) {
        var font = page.getResources().getFont(name);
        fontNames.add(font.getName());
        fontsEmbedded.add(font.isEmbedded());
      }
    }
    PDStructureNode root = doc.getDocumentCatalog().getStructureTreeRoot();
    for (Object kid : root.getKids()) {
      for (Object e : ((PDStructureElement) kid).getKids()) {
        PDStructureElement element = (PDStructureElement) e;
        List<Glyph> glyphs = new ArrayList<>();
        for (Object ref : element.getKids()) {
          PDMarkedContentReference mcr = (PDMarkedContentReference) ref;
          glyphs.addAll(marked.get(mcr.getPage().getCOSObject()).get(mcr.getMCID()));
        }
        paragraphs.add(new Paragraph(element.getStructureType(), glyphs));
      }
    }
  }

  private static List<Glyph> glyphs(int page, PDMarkedContent mc) {
    List<Glyph> out = new ArrayList<>();
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition t) {
        out.add(new Glyph(page, t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
            t.getFontSizeInPt(), t.getFont().getName()));
      }
    }
    return out;
  }
}
