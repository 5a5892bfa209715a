package dev.govreply.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.conformance.modulepath.ModulePathMain;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The validation layer with {@code dev.govreply} as a named module on the module path (the other
 * tests run on the class path): Hibernate Validator must still reach the fluent accessors, and the
 * message bundles must still be found.
 */
class ReplyValidatorModulePathTest {

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * Once as a modular application usually starts (Hibernate Validator only {@code requires static
   * jakarta.el}, so Expression Language is not resolved and the parameter-only interpolator is
   * used), once with {@code --add-modules jakarta.el}.
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev.govreply", "dev.govreply,jakarta.el"})
  void validatesOnTheModulePath(String addModules) throws Exception {
    Path classes = location(ReplyValidator.class);
    Path runtimeClasspath = classes.getParent().resolve("runtime-classpath.txt");
    assertThat(runtimeClasspath).exists();
    List<String> modulePath = new ArrayList<>();
    modulePath.add(classes.toString());
    for (String entry : Files.readString(runtimeClasspath).trim().split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        modulePath.add(entry);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Duser.language=zh",
        "-Duser.country=CN",
        "--module-path", String.join(File.pathSeparator, modulePath),
        "--add-modules", addModules,
        "-cp", location(ModulePathMain.class).toString(),
        ModulePathMain.class.getName())
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String stderr = new String(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(stderr).isZero();

    assertThat(new String(out, StandardCharsets.UTF_8).lines()).containsExactly(
        "body.measures[0].points[0].heading|size must be between 0 and 500",
        "issuer|size must be between 0 and 100",
        "--",
        "body.measures[0].points[0].heading|个数必须在0和500之间",
        "issuer|个数必须在0和100之间",
        "--",
        "number|must be written in canonical form: 平政字〔2024〕5号",
        "--",
        "number|应为发文字号，如 平政字〔2024〕12号",
        "--",
        "--");
  }
}
