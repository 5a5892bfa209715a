package dev.govreply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.json.ReplyJson;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Contact;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the library as the named module {@code dev.govreply} on the module path, the way a modular
 * application meets it (the other tests run on the class path).
 */
class ModulePathTest {

  private static List<Path> modulePath() throws IOException {
    Path buildDir = Path.of(System.getProperty("govreply.buildDir", "target"));
    List<Path> path = new ArrayList<>();
    path.add(buildDir.resolve("classes"));
    String cp = Files.readString(buildDir.resolve("runtime-classpath.txt")).trim();
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        path.add(Path.of(entry));
      }
    }
    return path;
  }

  @Test
  void moduleResolvesWithItsRuntimeDependencies() throws IOException {
    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    Configuration cf = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("dev.govreply"));
    ModuleDescriptor descriptor = cf.findModule("dev.govreply").orElseThrow()
        .reference().descriptor();

    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .contains("dev.govreply.model", "dev.govreply.json", "dev.govreply.conformance")
        .doesNotContain("dev.govreply.cli");
    assertThat(descriptor.provides()).extracting(ModuleDescriptor.Provides::service)
        .contains("com.fasterxml.jackson.databind.Module");
  }

  @Test
  void cliRunsAsNamedModule(@TempDir Path dir) throws Exception {
    Reply reply = Reply.builder()
        .issuer("平江县人民政府")
        .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
        .addContact(Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076")))
        .build();
    Path file = dir.resolve("reply.json");
    Files.write(file, ReplyJson.standard().writePretty(reply).getBytes(StandardCharsets.UTF_8));

    String javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String mp = String.join(java.io.File.pathSeparator,
        modulePath().stream().map(Path::toString).toArray(String[]::new));
    Process p = new ProcessBuilder(javaExe, "-Dfile.encoding=UTF-8", "--module-path", mp,
        // picocli is an optional (requires static) dependency: the CLI adds it explicitly
        "--add-modules", "info.picocli",
        "-m", "dev.govreply/dev.govreply.cli.Main", "json", file.toString())
        .redirectErrorStream(false)
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(new String(err, StandardCharsets.UTF_8)).isEmpty();
    assertThat(p.exitValue()).isZero();
    assertThat(new String(out, StandardCharsets.UTF_8).strip())
        .isEqualTo(ReplyJson.standard().writeString(reply));
  }
}
