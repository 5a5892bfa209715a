package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks every sample document (read with {@link ReplyTextReader}) under the built-in profiles and
 * asserts facts about them: {@code lenient} gives no ERROR; {@code gbt9704} rejects sample 27,
 * whose number is printed 平交复函[2017]19号, and locates the finding on its line.
 */
class SampleConformanceTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  static final ReplyChecker GBT = ReplyChecker.builder().profile(Profiles.GBT9704).clock(CLOCK)
      .build();
  static final ReplyChecker LENIENT = ReplyChecker.builder().profile(Profiles.LENIENT)
      .clock(CLOCK).build();

  static Path dir() {
    try {
      return Path.of(SampleConformanceTest.class.getResource("/samples/SOURCES.md").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> samples() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReadResult read(String prefix) {
    Path p = samples().stream().filter(x -> x.getFileName().toString().startsWith(prefix))
        .findFirst().orElseThrow();
    try {
      return ReplyTextReader.standard().read(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ConformanceReport check(ReplyChecker c, ReadResult r) {
    return c.check(r.reply(), r.report().locator(), r.report().findings());
  }

  @Test
  void lenientGivesNoErrorOnAnySample() {
    assertThat(samples()).hasSize(33);
    for (Path p : samples()) {
      ConformanceReport r = check(LENIENT, read(p.getFileName().toString().substring(0, 3)));
      assertThat(r.findings(Severity.ERROR)).as(p.getFileName() + "\n" + r.toText(Locale.ENGLISH))
          .isEmpty();
      assertThat(r.verdict()).isNotEqualTo(Verdict.REJECT);
      assertThat(ConformanceReport.fromJson(r.toJson())).isEqualTo(r);
    }
  }

  @Test
  void gbt9704RejectsSample27ForItsSquareBracketsOnTheNumberLine() {
    ReadResult read = read("27-");
    ConformanceReport r = check(GBT, read);
    assertThat(r.verdict()).isEqualTo(Verdict.REJECT);
    assertThat(r.findings("GR-NUM-001")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).contains("documentNumber");
      assertThat(f.jsonPointer()).contains("/documentNumber");
      assertThat(f.span().get().startLine()).isEqualTo(3);
      assertThat(read.report().lines().get(2).text()).startsWith("平交复函[2017]19号");
      assertThat(f.suggestedFix()).contains("平交复函〔2017〕19号");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("六角括号");
    });
    ConformanceReport lenient = check(LENIENT, read);
    assertThat(lenient.findings("GR-NUM-001")).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  @Test
  void sample29AnswersAProposalToADeputy() {
    ConformanceReport r = check(GBT, read("29-"));
    assertThat(r.findings("GR-ADR-001")).singleElement().satisfies(f -> {
      assertThat(f.arguments()).containsExactly("代表", "提案", "委员");
      assertThat(f.span()).isPresent();
      assertThat(f.suggestedFix()).contains("委员");
    });
  }

  @Test
  void sample15HasANonStandardDateAndNoResponsibleOfficial() {
    ConformanceReport r = check(GBT, read("15-"));
    assertThat(r.findings("GR-DAT-005")).singleElement()
        .satisfies(f -> assertThat(f.suggestedFix()).contains("2024年10月18日"));
    assertThat(r.has("GR-CON-002")).isTrue();
    assertThat(r.findings("GR-CON-002").get(0).span()).isPresent();
  }

  @Test
  void findingsOfModelRulesOnPresentPartsAreLocated() {
    for (Path p : samples()) {
      ConformanceReport r = check(GBT, read(p.getFileName().toString().substring(0, 3)));
      for (Finding f : r.findings()) {
        boolean aboutMissing = f.ruleId().startsWith("GR-REQ-") || f.ruleId().equals("GR-BOD-005")
            || f.ruleId().equals("GR-BOD-006");
        if (!aboutMissing && !f.ruleId().startsWith("GR-TXT-")) {
          assertThat(f.span()).as(p.getFileName() + " " + f).isPresent();
        }
      }
    }
  }
}
