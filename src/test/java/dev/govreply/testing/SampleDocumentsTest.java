package dev.govreply.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SampleDocumentsTest {
  static final Path TEST_SAMPLES = Path.of("src/test/resources/samples");

  @Test
  void namesAreTheThirtyThreeTestSamples() throws IOException {
    try (Stream<Path> s = Files.list(TEST_SAMPLES)) {
      assertThat(SampleDocuments.names()).hasSize(33).isSorted()
          .containsExactlyElementsOf(s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt")).map(n -> n.substring(0, n.length() - 4)).sorted()
              .collect(Collectors.toList()));
    }
  }

  @Test
  void textIsTheSampleUnchanged() throws IOException {
    for (String name : SampleDocuments.names()) {
      assertThat(SampleDocuments.text(name)).as(name)
          .isEqualTo(Files.readString(TEST_SAMPLES.resolve(name + ".txt")));
    }
    assertThat(SampleDocuments.sources())
        .isEqualTo(Files.readString(TEST_SAMPLES.resolve("SOURCES.md")));
  }

  @Test
  void namesResolveWithExtensionOrPrefix() {
    assertThat(SampleDocuments.resolve("27")).isEqualTo("27-pingjiang-jtj-jy82");
    assertThat(SampleDocuments.resolve("27-pingjiang-jtj-jy82.txt"))
        .isEqualTo("27-pingjiang-jtj-jy82");
    assertThat(SampleDocuments.text("00")).isEqualTo(SampleDocuments.text("00-pingjiang-xzf-jy241"));
    assertThatThrownBy(() -> SampleDocuments.text("99"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no sample document \"99\"")
        .hasMessageContaining("00-pingjiang-xzf-jy241");
  }

  @Test
  void readGivesTheReplyAndALocator() {
    var read = SampleDocuments.read("00");
    assertThat(read.reply().documentNumber()).hasValueSatisfying(
        n -> assertThat(n.toString()).isEqualTo("平政字〔2024〕12号"));
    assertThat(read.report().locator().locate("documentNumber")).isPresent();
  }

  @Test
  void everySampleConformsToLenient() {
    for (String name : SampleDocuments.names()) {
      ReplyAssertions.assertThat(SampleDocuments.read(name)).usingClock(Fixtures.CLOCK)
          .conformsTo("lenient");
    }
  }
}
