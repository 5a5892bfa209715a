package dev.govreply.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.model.Reply;
import dev.govreply.testing.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Word renderings opened by Apache POI: their text read back, their layout checked. */
public class DocxRendererTest {
  private static final DocxRenderer DOCX = DocxRenderer.standard();

  static XWPFDocument open(byte[] docx) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body's paragraphs, a line each, as POI gives them. */
  public static String text(byte[] docx) {
    try (XWPFDocument doc = open(docx)) {
      return doc.getParagraphs().stream().map(XWPFParagraph::getText)
          .collect(Collectors.joining("\n", "", "\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("dev.govreply.render.ReadsBack#samples")
  void everySampleReadsBackFromItsDocument(String name) {
    ReadsBack.sample(name, reply -> text(DOCX.render(reply)));
  }

  @Test
  void generatedRepliesReadBackFromTheirDocument() {
    ReadsBack.generated(reply -> text(DOCX.render(reply)));
  }

  @Test
  void thePageIsA4WithTheStandardsMargins() throws IOException {
    try (XWPFDocument doc = open(DOCX.render(SampleDocuments.read("00").reply()))) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906)); // 210 mm
      assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838)); // 297 mm
      CTPageMar mar = sect.getPgMar();
      assertThat(mar.getTop()).isEqualTo(BigInteger.valueOf(2098)); // 37 mm
      assertThat(mar.getLeft()).isEqualTo(BigInteger.valueOf(1587)); // 28 mm
      assertThat(mar.getRight()).isEqualTo(BigInteger.valueOf(1474)); // 26 mm
      assertThat(mar.getBottom()).isEqualTo(BigInteger.valueOf(1984)); // 35 mm
    }
  }

  @Test
  void eachElementHasItsStyleFontAndSize() throws IOException {
    try (XWPFDocument doc = open(DOCX.render(SampleDocuments.read("27").reply()))) {
      XWPFStyle body = doc.getStyles().getStyle("GovBody");
      assertThat(body.getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
          .isEqualTo("仿宋_GB2312");
      assertThat(body.getCTStyle().getRPr().getSzArray(0).getVal())
          .isEqualTo(BigInteger.valueOf(32)); // 16 pt in half-points
      // 22 lines in the 225 mm text block: 12756 twips / 22, rounded down so that all 22 fit
      assertThat(body.getCTStyle().getPPr().getSpacing().getLine())
          .isEqualTo(BigInteger.valueOf(579));
      var grid = doc.getDocument().getBody().getSectPr().getDocGrid();
      assertThat(grid.getLinePitch()).isEqualTo(BigInteger.valueOf(579));
      assertThat(grid.getType().toString()).isEqualTo("lines");
      assertThat(body.getCTStyle().getPPr().getInd().getFirstLineChars())
          .isEqualTo(BigInteger.valueOf(200));
      // two characters of 16 pt in twips too, which LibreOffice reads
      assertThat(body.getCTStyle().getPPr().getInd().getFirstLine())
          .isEqualTo(BigInteger.valueOf(640));
      assertThat(doc.getStyles().getStyle("GovPageMetadata").getCTStyle().getRPr()
          .sizeOfVanishArray()).as("page metadata hidden").isEqualTo(1);
      XWPFStyle title = doc.getStyles().getStyle("GovTitle");
      assertThat(title.getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
          .isEqualTo("方正小标宋简体");
      assertThat(title.getCTStyle().getRPr().getSzArray(0).getVal())
          .isEqualTo(BigInteger.valueOf(44));
      assertThat(title.getCTStyle().getPPr().getJc().getVal().toString()).isEqualTo("center");
      // unstyled text (a paragraph a clerk adds) takes the body's font and size
      var defaults = doc.getStyles().getDefaultRunStyle();
      assertThat(defaults.getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
      assertThat(defaults.getFontSizeAsDouble()).isEqualTo(16.0);
      // one grid line a title line, not the two a 22 pt line would snap to
      assertThat(title.getCTStyle().getPPr().getSnapToGrid().getVal().toString()).isEqualTo("off");
      assertThat(body.getCTStyle().getPPr().isSetSnapToGrid()).isFalse();
      // the salutation one line under the title; the signature one line under the body
      assertThat(title.getCTStyle().getPPr().getSpacing().getAfter())
          .isEqualTo(BigInteger.valueOf(579));
      assertThat(doc.getStyles().getStyle("GovSignature").getCTStyle().getPPr().getSpacing()
          .getBefore()).isEqualTo(BigInteger.valueOf(579));
      // 抄送 one character in, a wrapped line under the first recipient (hanging three)
      var copyTo = doc.getStyles().getStyle("GovCopyTo").getCTStyle().getPPr().getInd();
      assertThat(copyTo.getLeftChars()).isEqualTo(BigInteger.valueOf(400));
      assertThat(copyTo.getHangingChars()).isEqualTo(BigInteger.valueOf(300));
      assertThat(copyTo.getRightChars()).isEqualTo(BigInteger.valueOf(100));
      XWPFStyle date = doc.getStyles().getStyle("GovDate");
      assertThat(date.getCTStyle().getPPr().getJc().getVal().toString()).isEqualTo("right");
      assertThat(date.getCTStyle().getPPr().getInd().getRightChars())
          .isEqualTo(BigInteger.valueOf(400)); // 右空四字
      assertThat(date.getCTStyle().getPPr().getInd().getRight())
          .isEqualTo(BigInteger.valueOf(1280));
      assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getStyle).contains("GovTitle",
          "GovSignature", "GovDate", "GovFlushLeft", "GovCentred", "GovBody");
      XWPFParagraph titleParagraph = doc.getParagraphs().stream()
          .filter(p -> "GovTitle".equals(p.getStyle())).findFirst().orElseThrow();
      assertThat(titleParagraph.getText()).isEqualTo("关于对平江县十七届人大一次会议第82号建议的答复");
    }
  }

  /**
   * The parts a renderer writes are valid against the WordprocessingML schema (ECMA-376, as
   * POI's compiled schema has it), which is what a word processor's repair prompt checks first.
   */
  @Test
  void theDocumentStylesAndFootersAreValidWordprocessingMl() throws Exception {
    for (String sample : List.of("00", "07", "27")) {
      try (XWPFDocument doc = open(DOCX.render(SampleDocuments.read(sample).reply()))) {
        assertValid(sample + " document.xml", doc.getDocument());
        java.lang.reflect.Field styles = org.apache.poi.xwpf.usermodel.XWPFStyles.class
            .getDeclaredField("ctStyles");
        styles.setAccessible(true);
        assertValid(sample + " styles.xml", (XmlObject) styles.get(doc.getStyles()));
        for (XWPFFooter footer : doc.getFooterList()) {
          assertValid(sample + " footer", footer._getHdrFtr());
        }
      }
    }
  }

  @Test
  void oneReplyRendersToTheSameDocumentOnEveryThread() throws Exception {
    Reply reply = SampleDocuments.read("27").reply();
    DocxRenderer renderer = DocxRenderer.of(RenderStyle.gbt9704().withContacts(false));
    String first = text(renderer.render(reply));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
        .newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<String>> all = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        all.add(pool.submit(() -> text(renderer.render(reply))));
      }
      for (var f : all) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theFontTableNamesEachFontsFallbackForWordToSubstitute() throws Exception {
    RenderStyle style = RenderStyle.gbt9704()
        .withTitle(new RenderStyle.Font(List.of("Title \"&<Font>", "宋体"), 22));
    try (XWPFDocument doc = open(DocxRenderer.of(style).render(SampleDocuments.read("27")
        .reply()))) {
      var rels = doc.getPackagePart().getRelationshipsByType(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
      assertThat(rels.size()).isEqualTo(1);
      var part = doc.getPackagePart().getRelatedPart(rels.getRelationship(0));
      org.w3c.dom.Document xml;
      try (var in = part.getInputStream()) {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        xml = factory.newDocumentBuilder().parse(in);
      }
      var fonts = xml.getElementsByTagNameNS(
          "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "font");
      java.util.Map<String, String> alt = new java.util.LinkedHashMap<>();
      for (int i = 0; i < fonts.getLength(); i++) {
        var font = (org.w3c.dom.Element) fonts.item(i);
        var altName = (org.w3c.dom.Element) font.getElementsByTagNameNS("*", "altName").item(0);
        alt.put(font.getAttribute("w:name"), altName == null ? null
            : altName.getAttribute("w:val"));
      }
      assertThat(alt).containsEntry("仿宋_GB2312", "仿宋").containsEntry("Title \"&<Font>", "宋体")
          .containsEntry("黑体", "SimHei").containsEntry("楷体_GB2312", "楷体")
          .containsEntry("宋体", "SimSun");
    }
  }

  private static void assertValid(String part, XmlObject xml) {
    List<XmlError> errors = new ArrayList<>();
    boolean valid = xml.validate(new XmlOptions().setErrorListener(errors));
    assertThat(errors).as(part).isEmpty();
    assertThat(valid).as(part).isTrue();
  }

  @Test
  void pagesAreNumberedByFieldsOddRightEvenLeft() throws IOException {
    try (XWPFDocument doc = open(DOCX.render(SampleDocuments.read("00").reply()))) {
      assertThat(doc.getSettings().getEvenAndOddHeadings()).isTrue();
      List<XWPFFooter> footers = doc.getFooterList();
      assertThat(footers).hasSize(2);
      for (XWPFFooter f : footers) {
        XWPFParagraph p = f.getParagraphs().get(0);
        assertThat(p.getCTP().getFldSimpleArray(0).getInstr().strip()).isEqualTo("PAGE");
        assertThat(p.getText()).startsWith("— ").endsWith(" —");
      }
      assertThat(doc.getHeaderFooterPolicy().getDefaultFooter().getParagraphs().get(0)
          .getAlignment().toString()).isEqualTo("RIGHT");
      assertThat(doc.getHeaderFooterPolicy().getEvenPageFooter().getParagraphs().get(0)
          .getAlignment().toString()).isEqualTo("LEFT");
    }
  }

  @Test
  void aMeasureWithoutAHeadingIsBodyTextAfterItsMarkerInTheHeadingFont() throws IOException {
    Reply reply = Reply.builder().body(dev.govreply.model.Body.builder().opening("您的建议收悉。")
        .addMeasures(dev.govreply.model.Measure.builder().ordinal(1)
            .addParagraphs("我们加快了建设。").build()).build()).build();
    try (XWPFDocument doc = open(DOCX.render(reply))) {
      XWPFParagraph p = doc.getParagraphs().get(1);
      assertThat(p.getStyle()).isEqualTo("GovBody");
      assertThat(p.getRuns().get(0).text()).isEqualTo("一、");
      assertThat(p.getRuns().get(0).getFontFamily(
          org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
      assertThat(p.getRuns().get(1).text()).isEqualTo("我们加快了建设。");
    }
  }

  @Test
  void aCharacterAWordDocumentCannotHoldIsRefusedNotReplaced() {
    Reply reply = SampleDocuments.read("00").reply().withTitle("关于\u0001的答复");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DOCX.render(reply))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(TITLE) holds U+0001 at index 2, which a Word document cannot hold");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HtmlRenderer.standard()
        .render(reply.withTitle("关于\uD800的答复")))
        .hasMessageContaining("holds U+D800 at index 2, which HTML cannot hold");
  }

  @Test
  void optionalBlocksFollowTheStyle() throws IOException {
    byte[] docx = DocxRenderer.of(RenderStyle.gbt9704().withContacts(false).withPageNumbers(false))
        .render(SampleDocuments.read("00").reply());
    assertThat(text(docx)).doesNotContain("承办负责人");
    try (XWPFDocument doc = open(docx)) {
      assertThat(doc.getFooterList()).isEmpty();
    }
  }
}
