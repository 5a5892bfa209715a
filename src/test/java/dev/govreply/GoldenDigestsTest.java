package dev.govreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digest lines are matched by name: an added or removed line changes no other's. */
class GoldenDigestsTest {

  @Test
  void linesAreComparedByName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.digest");
    GoldenDigests.write(file, List.of("a#1 aaa", "b#1 bbb", "c#1 ccc"));
    assertThat(GoldenDigests.differing(file, List.of("a#1 aaa", "b#1 bbb", "c#1 ccc"))).isEmpty();
    // a line added before the others leaves them as they are
    assertThat(GoldenDigests.differing(file, List.of("0#1 zzz", "a#1 aaa", "b#1 bbb", "c#1 ccc")))
        .containsExactly("0#1");
    assertThat(GoldenDigests.differing(file, List.of("a#1 aaa", "b#1 BBB", "c#1 ccc")))
        .containsExactly("b#1");
    assertThat(GoldenDigests.differing(file, List.of("a#1 aaa", "c#1 ccc")))
        .containsExactly("b#1 (removed)");
  }
}
