package dev.govreply.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Draws a {@link PdfLayout} with PDFBox: one page per laid-out page, the fonts embedded as
 * subsets, and a tagged structure (one element per layout line, page numbers as artifacts) so
 * that the text is extracted, copied and read aloud in reading order, a paragraph at a time.
 * PDFBox's classes are loaded only here, after the renderer checked that they are present.
 */
final class PdfWriter {
  private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

  private PdfWriter() {}

  static byte[] write(PdfLayout.Result layout, PdfFonts fonts, RenderStyle style, String title)
      throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType0Font[] loaded = new PDType0Font[fonts.files().size()];
      PDStructureTreeRoot root = new PDStructureTreeRoot();
      PDStructureElement document = new PDStructureElement("Document", root);
      root.appendKid(document);
      // one element a layout line, in the layout's order (hidden rows are drawn last, an empty
      // line draws nothing: neither changes the reading order)
      PDStructureElement[] elements = new PDStructureElement[layout.paragraphs().size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = new PDStructureElement(layout.paragraphs().get(i).tag(), document);
        document.appendKid(elements[i]);
      }
      Map<Integer, COSObjectable> parents = new HashMap<>();
      float w = (float) (style.page().width() * PdfLayout.PT_PER_MM);
      float h = (float) (style.page().height() * PdfLayout.PT_PER_MM);
      for (int p = 0; p < layout.pages().size(); p++) {
        PDPage page = new PDPage(new PDRectangle(w, h));
        doc.addPage(page);
        page.setStructParents(p);
        COSArray marked = new COSArray();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (PdfLayout.Run run : layout.pages().get(p)) {
            if (run.paragraph() < 0) {
              cs.beginMarkedContent(ARTIFACT);
            } else {
              PDStructureElement e = elements[run.paragraph()];
              COSDictionary props = new COSDictionary();
              props.setInt(COSName.MCID, marked.size());
              cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()),
                  PDPropertyList.create(props));
              PDMarkedContentReference ref = new PDMarkedContentReference();
              ref.setMCID(marked.size());
              ref.setPage(page);
              e.appendKid(ref);
              marked.add(e);
            }
            cs.beginText();
            cs.setFont(font(doc, loaded, fonts, run.font()), run.size());
            cs.setCharacterSpacing(run.spacing());
            // the mode is graphics state, which outlives the text object: set it every time
            cs.setRenderingMode(run.hidden() ? RenderingMode.NEITHER : RenderingMode.FILL);
            cs.newLineAtOffset(run.x(), h - run.baseline());
            cs.showText(run.text());
            cs.endText();
            cs.endMarkedContent();
          }
        }
        parents.put(p, new PDParentTreeValue(marked));
      }
      PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
      parentTree.setNumbers(parents);
      root.setParentTree(parentTree);
      root.setParentTreeNextKey(layout.pages().size());
      catalog(doc, root);
      info(doc, title);
      identify(doc, layout, fonts, w, h);
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** The font, embedded (as a subset, when the document is saved) the first time it is used. */
  private static PDType0Font font(PDDocument doc, PDType0Font[] loaded, PdfFonts fonts, int i)
      throws IOException {
    if (loaded[i] == null) {
      loaded[i] = PDType0Font.load(doc,
          new ByteArrayInputStream(fonts.files().get(i).bytes()), true);
    }
    return loaded[i];
  }

  private static void catalog(PDDocument doc, PDStructureTreeRoot root) {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    catalog.setStructureTreeRoot(root);
    PDMarkInfo mark = new PDMarkInfo();
    mark.setMarked(true);
    catalog.setMarkInfo(mark);
    catalog.setLanguage("zh-CN");
    PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
    prefs.setDisplayDocTitle(true);
    catalog.setViewerPreferences(prefs);
  }

  /**
   * The file identifier (/ID), from what is drawn rather than the clock, so that one reply in
   * one style with the same fonts renders to the same bytes every time.
   */
  private static void identify(PDDocument doc, PdfLayout.Result layout, PdfFonts fonts, float w,
      float h) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5"); // what the PDF specification suggests for /ID
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
    md5.update((w + " " + h + "\n").getBytes(StandardCharsets.UTF_8));
    for (TrueTypeFile font : fonts.files()) {
      md5.update(font.digest());
    }
    for (List<PdfLayout.Run> page : layout.pages()) {
      for (PdfLayout.Run run : page) {
        md5.update((run + "\n").getBytes(StandardCharsets.UTF_8)); // every field of the run
      }
      md5.update((byte) '\f');
    }
    COSString id = new COSString(md5.digest());
    id.setForceHexForm(true);
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static void info(PDDocument doc, String title) {
    PDDocumentInformation info = new PDDocumentInformation();
    if (title != null) {
      info.setTitle(title);
    }
    info.setCreator("govreply");
    doc.setDocumentInformation(info);
  }
}
