package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the catalogue: this test fails when it is stale and says how to
 * regenerate it ({@value RulesDoc#REGENERATE_COMMAND}, which rewrites the file and passes).
 */
class RulesDocTest {
  static final Path FILE = Path.of(System.getProperty("basedir", ".")).resolve(RulesDoc.PATH);

  @Test
  void docsRulesMdIsUpToDate() throws IOException {
    String expected = RulesDoc.markdown();
    if (Boolean.getBoolean("govreply.regenerate")) {
      RulesDoc.write(FILE);
    }
    String actual = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
    assertThat(actual)
        .as("%s is stale (or missing): it is generated from the rule catalogue. Regenerate it"
            + " with:%n  %s%nand commit the result.", RulesDoc.PATH, RulesDoc.REGENERATE_COMMAND)
        .isEqualTo(expected);
  }

  @Test
  void everyRuleHasARowWithBothTitles() {
    String md = RulesDoc.markdown();
    for (Rule r : RuleCatalogue.standard().rules()) {
      assertThat(md).contains("| " + r.id() + " | " + r.defaultSeverity() + " |")
          .contains(r.title(Locale.ENGLISH)).contains(r.title(Locale.SIMPLIFIED_CHINESE));
    }
    assertThat(md).contains(RuleCatalogue.VERSION)
        .contains("| GR-NUM-001 | ERROR | ERROR | WARNING |")
        .contains("GR-TXT-001")
        .contains("| `gbt9704` | 1.0 |").contains("| `lenient` | 1.0 |")
        .contains(RuleSource.GBT_9704_7_2_5.citation())
        .contains("`GR-TXT-081`");
  }

  @Test
  void theGeneratorIsDeterministicAndWritesUtf8(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    assertThat(RulesDoc.markdown()).isEqualTo(RulesDoc.markdown());
    Path out = dir.resolve("sub/rules.md");
    RulesDoc.main(new String[] {out.toString()});
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(RulesDoc.markdown());
  }
}
