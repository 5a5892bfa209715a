package dev.govreply.optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.model.Reply;
import dev.govreply.render.DocxRenderer;
import dev.govreply.render.HtmlRenderer;
import dev.govreply.render.PdfFonts;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Runs only in the build's {@code without-optional} execution, on a class path without Apache
 * POI and Apache PDFBox, as an application that did not add them has it: each renderer that needs
 * one says which artifact to add; the rest works.
 */
class MissingOptionalDependencyTest {
  private static final Reply REPLY = Reply.builder().title("关于优化营商环境的建议的答复").build();

  @Test
  void wordDocumentsNameApachePoi() {
    assertThatThrownBy(() -> DocxRenderer.standard().render(REPLY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("DOCX rendering needs Apache POI: add the dependency"
            + " org.apache.poi:poi-ooxml (5.x)");
  }

  @Test
  void pdfFontsNameApachePdfBox() {
    assertThatThrownBy(() -> PdfFonts.of(Path.of("simfang.ttf")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PDF rendering needs Apache PDFBox: add the dependency"
            + " org.apache.pdfbox:pdfbox (3.x)");
    assertThatThrownBy(() -> PdfFonts.of("font", new byte[4]))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("org.apache.pdfbox:pdfbox");
  }

  @Test
  void htmlNeedsNeither() {
    Assertions.assertThat(HtmlRenderer.standard().render(REPLY)).contains("关于优化营商环境的建议的答复");
  }
}
