package dev.govreply.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theTargetAppearsOnlyWhenComplete(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("o.jsonl");
    OutputFile f = OutputFile.createNamed(target, false);
    f.stream().write(bytes("one\n"));
    assertThat(Files.exists(target)).isFalse();
    assertThat(names(dir)).singleElement().asString().startsWith(".govreply-").endsWith(".tmp");
    f.stream().write(bytes("two\n"));
    f.commit();
    assertThat(Files.readString(target)).isEqualTo("one\ntwo\n");
    assertThat(names(dir)).containsExactly("o.jsonl");
    f.discard(); // after commit: nothing happens
    assertThat(Files.readString(target)).isEqualTo("one\ntwo\n");
  }

  @Test
  void discardLeavesNothing(@TempDir Path dir) throws IOException {
    OutputFile f = OutputFile.create(dir.resolve("o.json"), false);
    f.stream().write(bytes("half"));
    f.discard();
    f.discard();
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void aFileThatAppearsMeanwhileIsNotReplacedWithoutReplace(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("o.json");
    OutputFile f = OutputFile.create(target, false);
    f.stream().write(bytes("mine"));
    Files.writeString(target, "theirs"); // another process, after the check on creation
    assertThatThrownBy(f::commit).isInstanceOf(FileAlreadyExistsException.class);
    f.discard();
    assertThat(Files.readString(target)).isEqualTo("theirs");
    assertThat(names(dir)).containsExactly("o.json");
  }

  @Test
  void anExistingTargetNeedsReplaceAndASymbolicLinkIsReplacedNotFollowed(@TempDir Path dir)
      throws IOException {
    Path elsewhere = dir.resolve("elsewhere.txt");
    Files.writeString(elsewhere, "keep");
    Path link = dir.resolve("o.json");
    Files.createSymbolicLink(link, elsewhere);
    assertThatThrownBy(() -> OutputFile.write(link, bytes("new"), false))
        .isInstanceOf(FileAlreadyExistsException.class);
    Path dangling = dir.resolve("d.json");
    Files.createSymbolicLink(dangling, dir.resolve("nowhere"));
    assertThatThrownBy(() -> OutputFile.write(dangling, bytes("new"), false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();

    OutputFile.write(link, bytes("new"), true);
    assertThat(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(Files.readString(link)).isEqualTo("new");
    assertThat(Files.readString(elsewhere)).isEqualTo("keep");
    assertThat(names(dir)).containsExactly("d.json", "elsewhere.txt", "o.json");
  }

  @Test
  void aDeviceNamedByTheUserIsWrittenDirectly() throws IOException {
    Path devNull = Path.of("/dev/null");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));
    OutputFile f = OutputFile.createNamed(devNull, false);
    assertThat(f.direct()).isTrue();
    f.stream().write(bytes("gone"));
    f.commit();
    assertThat(f.committed()).isTrue();
  }

  @Test
  void sameFileCatchesSpellingsAndLinks(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.csv");
    Files.writeString(a, "x");
    Files.createDirectory(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("linkdir"), dir.resolve("sub"));
    assertThat(SameFile.same(a, dir.resolve(".").resolve("a.csv"))).isTrue();
    assertThat(SameFile.same(a, dir.resolve("sub").resolve("..").resolve("a.csv"))).isTrue();
    // not yet created, reached through a linked directory
    assertThat(SameFile.same(dir.resolve("sub").resolve("n.jsonl"),
        dir.resolve("linkdir").resolve("n.jsonl"))).isTrue();
    Path hard = dir.resolve("hard.csv");
    Files.createLink(hard, a);
    assertThat(SameFile.same(a, hard)).isTrue();
    assertThat(SameFile.same(a, dir.resolve("b.csv"))).isFalse();
  }
}
