package dev.govreply.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.findings.Finding;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Documents carrying values the model refuses (path text and bidi overrides in the document
 * number, formula text as a name): the reader leaves the field empty, keeps the text, and says so;
 * it never throws and never fills in the hostile value.
 */
class HostileValueReadTest {

  private static String founding() throws IOException {
    try (var in = HostileValueReadTest.class.getResourceAsStream(
        "/samples/00-pingjiang-xzf-jy241.txt")) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ReadResult read(String from, String to) throws IOException {
    String text = founding();
    assertThat(text).contains(from);
    ReadResult r = ReplyTextReader.standard().read(text.replace(from, to));
    assertThat(r.report().lines()).noneMatch(LineRecord::unaccounted);
    return r;
  }

  private static List<String> ruleIds(ReadResult r) {
    return r.report().findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void pathTextIsNoDocumentNumber() throws IOException {
    for (String hostile : List.of("../../x/pwn〔2024〕12号", "平政\u202E字〔2024〕12号",
        "平政\\字〔2024〕12号")) {
      ReadResult r = read("平政字〔2024〕12号", hostile);
      Reply reply = r.reply();
      assertThat(reply.documentNumber()).as(hostile).isEmpty();
      assertThat(LedgerRow.of(reply).documentNumber()).isEmpty();
      // a warning about the line: a malformed number (GR-TXT-005) or text not placed (GR-TXT-081)
      assertThat(ruleIds(r)).as(hostile).containsAnyOf("GR-TXT-005", "GR-TXT-081");
      // the rest of the header is still read
      assertThat(reply.issuer()).contains("平江县人民政府");
      assertThat(reply.addressee().orElseThrow().names()).containsExactly("张亮");
    }
  }

  @Test
  void formulaTextIsNoAddressee() throws IOException {
    ReadResult r = read("张亮代表：", "@SUM(1+1)代表：");
    assertThat(r.reply().addressee().map(a -> a.names()).orElse(List.of()))
        .doesNotContain("@SUM(1+1)");
    assertThat(String.join("\n", r.reply().unrecognized().stream()
        .flatMap(b -> b.lines().stream()).toList())).contains("@SUM(1+1)代表：");
  }

  @Test
  void formulaTextIsNoContactName() throws IOException {
    ReadResult r = read("何勇 0730-6222076", "=cmd|'/C calc'!A0 0730-6222076");
    assertThat(r.reply().contacts()).noneSatisfy(c -> assertThat(c.name()).contains("cmd"));
  }
}
