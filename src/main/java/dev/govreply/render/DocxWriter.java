package dev.govreply.render;

import dev.govreply.text.ReplyLayout.Line;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.xml.namespace.QName;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word document of {@link DocxRenderer}: Apache POI's classes are loaded only here, after the
 * renderer checked that they are on the class path.
 */
final class DocxWriter {
  private static final String WORDPROCESSINGML =
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  /** Twentieths of a point per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  private DocxWriter() {}

  /**
   * Writes the document.
   *
   * @param fixed the parts of {@link #fixedParts(RenderStyle)}, written into the document as they
   *     are
   */
  static byte[] write(List<Line> lines, RenderStyle s, FixedParts fixed) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      part(doc, "/word/styles.xml", XWPFRelation.STYLES.getContentType(),
          XWPFRelation.STYLES.getRelation(), fixed.styles());
      part(doc, "/word/fontTable.xml", XWPFRelation.FONT_TABLE.getContentType(),
          XWPFRelation.FONT_TABLE.getRelation(), fixed.fontTable());
      for (Line line : lines) {
        if (s.shows(line.role())) {
          paragraph(doc, line, s);
        }
      }
      page(doc, s.page());
      grid(doc, s);
      if (s.pageNumbers()) {
        pageNumbers(doc, s);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  static long twips(double mm) {
    return Math.round(mm * TWIPS_PER_MM);
  }

  /** The line pitch in twips: the most that puts the page's lines in its text block. */
  static long pitch(RenderStyle.Page page) {
    return twips(page.textHeight()) / page.linesPerPage();
  }

  /**
   * The parts of a style's documents that do not depend on the reply, serialised: the styles
   * (styles.xml) and the font table (fontTable.xml). A renderer makes them once and writes the
   * same bytes into every document.
   */
  record FixedParts(byte[] styles, byte[] fontTable) {}

  static FixedParts fixedParts(RenderStyle s) {
    return new FixedParts(styles(s), fontTable(s));
  }

  /** styles.xml: the document defaults and one paragraph style per {@link Element}. */
  private static byte[] styles(RenderStyle s) {
    CTStyles styles = CTStyles.Factory.newInstance();
    long pitch = pitch(s.page());
    // what text without a style of ours gets (a paragraph a clerk adds, Normal): the body's font
    // and size, on the page's line pitch
    CTDocDefaults defaults = styles.addNewDocDefaults();
    fonts(defaults.addNewRPrDefault().addNewRPr(), s.body());
    CTSpacing lines = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
    lines.setLine(BigInteger.valueOf(pitch));
    lines.setLineRule(STLineSpacingRule.EXACT);
    for (Element style : Element.values()) {
      CTStyle ct = styles.addNewStyle();
      ct.setStyleId(style.styleId());
      ct.setType(STStyleType.PARAGRAPH);
      ct.addNewName().setVal(style.styleName);
      ct.addNewQFormat();
      CTPPrGeneral ppr = ct.addNewPPr();
      ppr.addNewJc().setVal(switch (style.align) {
        case CENTRE -> STJc.CENTER;
        case RIGHT -> STJc.RIGHT;
        case JUSTIFY -> STJc.BOTH;
        case LEFT -> STJc.LEFT;
      });
      if (style.firstLineChars != 0 || style.leftChars + style.rightChars > 0) {
        // in characters (Word, WPS) and in twips of the style's font (LibreOffice reads these)
        double charTwips = style.font(s).points() * 20;
        var ind = ppr.addNewInd();
        if (style.firstLineChars > 0) {
          ind.setFirstLineChars(BigInteger.valueOf(style.firstLineChars * 100L));
          ind.setFirstLine(BigInteger.valueOf(Math.round(style.firstLineChars * charTwips)));
        } else if (style.firstLineChars < 0) {
          ind.setHangingChars(BigInteger.valueOf(-style.firstLineChars * 100L));
          ind.setHanging(BigInteger.valueOf(Math.round(-style.firstLineChars * charTwips)));
        }
        if (style.leftChars > 0) {
          ind.setLeftChars(BigInteger.valueOf(style.leftChars * 100L));
          ind.setLeft(BigInteger.valueOf(Math.round(style.leftChars * charTwips)));
        }
        if (style.rightChars > 0) {
          ind.setRightChars(BigInteger.valueOf(style.rightChars * 100L));
          ind.setRight(BigInteger.valueOf(Math.round(style.rightChars * charTwips)));
        }
      }
      // no extra space between Chinese and Latin letters or digits (第82号, not 第 82 号)
      ppr.addNewAutoSpaceDE().setVal(STOnOff1.OFF);
      ppr.addNewAutoSpaceDN().setVal(STOnOff1.OFF);
      if (style.font(s).points() * 20 > pitch * 0.7) {
        // a font this large would snap to two lines of the grid (the title): keep the pitch
        ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
      }
      CTSpacing spacing = ppr.addNewSpacing();
      spacing.setBefore(BigInteger.valueOf(style.linesBefore * pitch));
      spacing.setAfter(BigInteger.valueOf(style.linesAfter * pitch));
      spacing.setLine(BigInteger.valueOf(pitch));
      spacing.setLineRule(STLineSpacingRule.EXACT);
      CTRPr rpr = ct.addNewRPr();
      fonts(rpr, style.font(s));
      if (style == Element.PAGE_METADATA) {
        rpr.addNewVanish();
      }
    }
    XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
    options.setSaveSyntheticDocumentElement(new QName(WORDPROCESSINGML, "styles"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      styles.save(out, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // written to memory: not expected
    }
    return out.toByteArray();
  }

  /** The font of a style or run: the first family as East-Asian and Latin font, and the size. */
  private static void fonts(CTRPr rpr, RenderStyle.Font f) {
    CTFonts fonts = rpr.addNewRFonts();
    String family = f.families().get(0);
    fonts.setEastAsia(family);
    fonts.setAscii(family);
    fonts.setHAnsi(family);
    fonts.setCs(family);
    BigInteger halfPoints = BigInteger.valueOf(Math.round(f.points() * 2));
    rpr.addNewSz().setVal(halfPoints);
    rpr.addNewSzCs().setVal(halfPoints);
  }

  private static void paragraph(XWPFDocument doc, Line line, RenderStyle s) {
    XWPFParagraph p = doc.createParagraph();
    Element element = Element.of(line);
    p.setStyle(element.styleId());
    if (!line.lead().isEmpty()) {
      XWPFRun lead = p.createRun();
      lead.setText(line.lead());
      RenderStyle.Font f = Element.leadFont(line, s);
      if (!f.equals(element.font(s))) {
        lead.setFontFamily(f.families().get(0), XWPFRun.FontCharRange.eastAsia);
        lead.setFontFamily(f.families().get(0), XWPFRun.FontCharRange.ascii);
        lead.setFontFamily(f.families().get(0), XWPFRun.FontCharRange.hAnsi);
      }
    }
    if (!line.text().isEmpty()) {
      p.createRun().setText(line.text());
    }
  }

  private static void page(XWPFDocument doc, RenderStyle.Page page) {
    CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(twips(page.width())));
    size.setH(BigInteger.valueOf(twips(page.height())));
    CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(twips(page.top())));
    mar.setLeft(BigInteger.valueOf(twips(page.left())));
    mar.setRight(BigInteger.valueOf(twips(page.right())));
    mar.setBottom(BigInteger.valueOf(twips(page.bottom())));
    // the page number sits 7 mm below the text block, as the standard places it
    mar.setFooter(BigInteger.valueOf(twips(Math.max(page.bottom() - 7 - 5, 0))));
    mar.setHeader(BigInteger.valueOf(twips(10)));
    mar.setGutter(BigInteger.ZERO);
  }

  /**
   * The document grid: the page's lines. (A character grid of 28 a line is left out: LibreOffice
   * spaces characters by it against a default font size, two grid cells a character, so 16 pt
   * characters fill a 156 mm line 27 at a time, as the page's width gives.)
   */
  private static void grid(XWPFDocument doc, RenderStyle s) {
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
    grid.setType(STDocGrid.LINES);
    grid.setLinePitch(BigInteger.valueOf(pitch(s.page())));
  }

  /**
   * The font table: each font the styles name, with its first fallback as the alternative name
   * Word substitutes when the font is not installed (仿宋_GB2312 → 仿宋). Word keeps one
   * alternative a font; the HTML stylesheet keeps the whole list. Written as XML here: POI has
   * no model of this part.
   */
  private static byte[] fontTable(RenderStyle s) {
    Map<String, String> alternatives = new LinkedHashMap<>();
    for (RenderStyle.Font f : s.fonts().values()) {
      alternatives.putIfAbsent(f.families().get(0),
          f.families().size() > 1 ? f.families().get(1) : null);
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\""
        + " standalone=\"yes\"?>\n<w:fonts xmlns:w=\"" + WORDPROCESSINGML + "\">");
    alternatives.forEach((name, alt) -> {
      xml.append("<w:font w:name=\"").append(attribute(name)).append("\">");
      if (alt != null) {
        xml.append("<w:altName w:val=\"").append(attribute(alt)).append("\"/>");
      }
      xml.append("<w:charset w:val=\"86\"/></w:font>"); // 86: GB2312, the Chinese character set
    });
    xml.append("</w:fonts>");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Adds a part of the document from its bytes, related to the main document. */
  private static void part(XWPFDocument doc, String path, String contentType, String relation,
      byte[] content) throws IOException {
    try {
      PackagePartName name = PackagingURIHelper.createPartName(path);
      PackagePart part = doc.getPackage().createPart(name, contentType);
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, relation);
      try (OutputStream out = part.getOutputStream()) {
        out.write(content);
      }
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("the part names are fixed and valid: " + path, e);
    }
  }

  /** An XML attribute value, escaped. */
  private static String attribute(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** — 1 —: a PAGE field between dashes, odd pages right, even pages left, one char in. */
  private static void pageNumbers(XWPFDocument doc, RenderStyle s) {
    doc.setEvenAndOddHeadings(true);
    footer(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT, s);
    footer(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT, s);
  }

  private static void footer(XWPFFooter footer, ParagraphAlignment align, RenderStyle s) {
    XWPFParagraph p = footer.createParagraph();
    p.setStyle(Element.PAGE_NUMBER.styleId());
    p.setAlignment(align);
    int oneChar = (int) Math.round(s.pageNumber().points() * 20);
    if (align == ParagraphAlignment.RIGHT) {
      p.setIndentationRightChars(100);
      p.setIndentationRight(oneChar);
    } else {
      p.setIndentationLeftChars(100);
      p.setIndentationLeft(oneChar);
    }
    p.createRun().setText(Element.PAGE_NUMBER_BEFORE);
    var field = p.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    field.addNewR().addNewT().setStringValue("1");
    p.createRun().setText(Element.PAGE_NUMBER_AFTER);
  }
}
