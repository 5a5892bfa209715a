package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Messages;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue: versioned, complete bundles in both languages, reader mapping. */
class RuleCatalogueTest {
  static final RuleCatalogue C = RuleCatalogue.standard();

  @Test
  void isVersionedAndCoversTheAreas() {
    assertThat(C.version()).isEqualTo("govreply-rules 1.0");
    assertThat(C.rules().stream().map(r -> r.id().area()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("NUM", "REQ", "CLS", "ADR", "BOD", "DAT", "CON", "SRC", "VAL");
    assertThat(C.rules()).hasSizeGreaterThanOrEqualTo(37);
    assertThat(C.rule("GR-TXT-001")).isEmpty();
  }

  @Test
  void everyRuleHasTitleAndMessageInEnglishAndChineseAndNoStrayKeys() {
    for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      ResourceBundle b = Messages.bundle(l);
      Set<String> expected = C.rules().stream()
          .flatMap(r -> java.util.stream.Stream.of(r.id() + ".title", r.id() + ".message"))
          .collect(Collectors.toSet());
      // the reader's rules (GR-TXT) are in the bundles too: ReaderRuleMessagesTest checks them
      assertThat(b.keySet().stream().filter(k -> !k.startsWith("GR-TXT-")))
          .as(l.toString()).containsExactlyInAnyOrderElementsOf(expected);
      for (Rule r : C.rules()) {
        assertThat(r.title(l)).isNotBlank().isNotEqualTo(r.id().toString());
        assertThat(r.message(l, List.of("x", "y", "z"))).doesNotContain("{");
      }
    }
    assertThat(C.require("GR-REQ-008").title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("缺少成文日期");
  }

  @Test
  void readerRulesAreMappedOrSuperseded() {
    assertThat(C.forReaderRule("GR-TXT-001").map(r -> r.id().toString())).contains("GR-NUM-001");
    assertThat(C.forReaderRule("GR-TXT-002").map(r -> r.id().toString())).contains("GR-NUM-002");
    assertThat(C.forReaderRule("GR-TXT-062").map(r -> r.id().toString())).contains("GR-DAT-005");
    assertThat(C.supersededReaderRules()).contains("GR-TXT-061", "GR-TXT-081");
    assertThat(C.require("GR-NUM-001").source().citation()).isEqualTo("GB/T 9704-2012 §7.2.5");
  }
}
