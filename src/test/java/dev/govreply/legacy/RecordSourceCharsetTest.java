package dev.govreply.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A CSV source without a charset detects it by govreply's one rule (as the text reader does) and
 * says when it was a guess; the importer's summary carries the guess.
 */
class RecordSourceCharsetTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final String SIMPLIFIED = "文号,标题\n平政字〔2024〕12号,关于加强县城乡道路养护的建议的答复\n";
  private static final String TRADITIONAL = "文號,標題\n萬政字〔2024〕12號,關於加強縣城鄉道路養護的建議的答覆\n";

  private static RecordSource csv(String text, Charset bytes, Charset given) {
    return RecordSource.csv(new ByteArrayInputStream(text.getBytes(bytes)), given);
  }

  @Test
  void aGb18030CsvWithoutCharsetIsAGuess() {
    try (RecordSource s = csv(SIMPLIFIED, GB18030, null)) {
      assertThat(s.charsetGuess()).hasValueSatisfying(g -> {
        assertThat(g.charset()).isEqualTo(GB18030);
        assertThat(g.evidence()).contains("common simplified hanzi");
      });
      assertThat(s.next().values()).containsEntry("标题", "关于加强县城乡道路养护的建议的答复");
    }
  }

  @Test
  void aUtf8CsvOrAGivenCharsetIsNoGuess() {
    try (RecordSource s = csv(SIMPLIFIED, StandardCharsets.UTF_8, null)) {
      assertThat(s.charsetGuess()).isEmpty();
      assertThat(s.next().values()).containsEntry("文号", "平政字〔2024〕12号");
    }
    try (RecordSource s = csv(SIMPLIFIED, GB18030, GB18030)) {
      assertThat(s.charsetGuess()).isEmpty();
      assertThat(s.next().values()).containsEntry("文号", "平政字〔2024〕12号");
    }
    try (RecordSource s = RecordSource.jsonLines(new ByteArrayInputStream(
        "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)), null)) {
      assertThat(s.charsetGuess()).isEmpty();
    }
    assertThat(RecordSource.of(List.of()).charsetGuess()).isEmpty();
  }

  @Test
  void aBig5CsvIsReadAsBig5NotAsGb18030() {
    try (RecordSource s = csv(TRADITIONAL, BIG5, null)) {
      assertThat(s.charsetGuess().map(RecordSource.CharsetGuess::charset)).contains(BIG5);
      assertThat(s.columns()).containsExactly("文號", "標題");
      RecordSource.Record r = s.next();
      assertThat(r.problems()).isEmpty();
      assertThat(r.values()).containsEntry("標題", "關於加強縣城鄉道路養護的建議的答覆");
    }
  }

  @Test
  void theImportSummaryCarriesTheGuess() throws Exception {
    RecordImporter importer = RecordImporter.of(RecordMapper.builder(RecordMapping.fromJson(
        "{\"format\":\"govreply-mapping/1\",\"fields\":{\"documentNumber\":\"文号\","
            + "\"title\":\"标题\"}}")).build());
    Function<RecordSource, ImportSummary> run = source -> {
      try (source) {
        return importer.run(source, (RecordImporter.Writer<Void>) (r, p) -> { });
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    ImportSummary guessed = run.apply(csv(SIMPLIFIED, GB18030, null));
    assertThat(guessed.written()).isEqualTo(1);
    assertThat(guessed.charsetGuess().map(RecordSource.CharsetGuess::charset)).contains(GB18030);
    assertThat(guessed.toText()).contains("charset guessed: decoded as GB18030 (GB18030: ");
    assertThat(run.apply(csv(SIMPLIFIED, StandardCharsets.UTF_8, null)).charsetGuess())
        .isEmpty();
  }
}
