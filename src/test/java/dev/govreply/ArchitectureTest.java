package dev.govreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Enforces the package table of ARCHITECTURE.md on the sources under {@code src/main/java}: which
 * {@code dev.govreply} packages each package may depend on, which third-party packages the model,
 * json and conformance packages may use, that nothing depends on {@code cli} or {@code testing},
 * and that there are no package cycles.
 *
 * <p>Dependencies are read from {@code import} lines (plain, static and on-demand) and from
 * fully-qualified type names in code; comments and string literals are ignored. A subpackage
 * ({@code dev.govreply.conformance.rules}) belongs to its top-level package ({@code conformance}).
 */
class ArchitectureTest {

  // ---- the table ----

  /** For each top-level package, the other dev.govreply top-level packages it may depend on. */
  static final Map<String, Set<String>> ALLOWED_INTERNAL = new LinkedHashMap<>();

  static {
    // the internal package (not exported): character and byte facts shared by reader, model
    // and mapper; it depends on nothing of govreply
    ALLOWED_INTERNAL.put("internal", Set.of());
    ALLOWED_INTERNAL.put("model", Set.of("internal"));
    // findings, source spans and severities: shared by the readers and conformance checking
    ALLOWED_INTERNAL.put("findings", Set.of("model"));
    // the strict Jackson 2 mapper configuration the JSON readers share (not exported)
    ALLOWED_INTERNAL.put("strictjson", Set.of());
    ALLOWED_INTERNAL.put("json", Set.of("model", "findings", "strictjson"));
    ALLOWED_INTERNAL.put("conformance", Set.of("model", "findings", "internal", "strictjson"));
    ALLOWED_INTERNAL.put("text", Set.of("model", "findings", "internal"));
    ALLOWED_INTERNAL.put("ledger", Set.of("model", "internal", "strictjson"));
    // legacy keeps the JSON of JSON Lines records in extensions as json.ExtensionNodes converts it
    // and accepts only replies json.ReplyJson can write
    ALLOWED_INTERNAL.put("legacy", Set.of("model", "findings", "text", "conformance", "json",
        "internal"));
    ALLOWED_INTERNAL.put("testing", Set.of("model", "findings", "conformance", "json", "text"));
    // JPA converters: small values by their canonical strings, a reply as its govreply/1 JSON
    ALLOWED_INTERNAL.put("jpa", Set.of("model", "json"));
    // renderers: the canonical layout's lines (text.ReplyLayout), styled per format
    ALLOWED_INTERNAL.put("render", Set.of("model", "text"));
    // "everything above": every package of the table except testing (nothing imports testing)
    ALLOWED_INTERNAL.put("cli", Set.of("model", "findings", "json", "conformance", "text", "ledger",
        "legacy", "render"));
  }

  /**
   * Third-party (non-dev.govreply) prefixes a package may use; a package absent from this map is
   * not restricted. A prefix ending in '.' matches a package and its subpackages; one that does not
   * matches exactly that type (and its nested types). Immutables is a compile-only annotation
   * processor and is allowed everywhere it is restricted.
   */
  static final Map<String, List<String>> ALLOWED_EXTERNAL = Map.of(
      "internal", List.of("java."),
      "findings", List.of("java."),
      "strictjson", List.of("java.", "com.fasterxml.jackson."),
      // jakarta.persistence is an optional dependency, used by this package only
      "jpa", List.of("java.", "jakarta.persistence."),
      // Apache POI and its XMLBeans (optional) for DocxRenderer's DocxWriter, Apache PDFBox and
      // FontBox (optional) for PdfWriter and TrueTypeFile, Jackson 2 trees for RenderStyleJson
      "render", List.of("java.", "javax.xml.", "org.apache.poi.", "org.openxmlformats.schemas.",
          "org.apache.xmlbeans.", "org.apache.pdfbox.", "org.apache.fontbox.",
          "com.fasterxml.jackson.core.", "com.fasterxml.jackson.databind."),
      // no Jackson: the model is used by applications on Jackson 2, Jackson 3 or neither
      "model", List.of("java.", "org.immutables.", "jakarta.validation."),
      "json", List.of("java.", "javax.", "org.immutables.", "com.fasterxml.jackson.",
          "tools.jackson."),
      // conformance reads and writes profile and report JSON through annotated shapes, with
      // Jackson 2 databind
      "conformance", List.of("java.", "javax.", "org.immutables.", "jakarta.validation.",
          "org.hibernate.validator.", "com.fasterxml.jackson.core.",
          "com.fasterxml.jackson.databind.", "com.fasterxml.jackson.annotation."));

  private static final String ROOT = "dev.govreply.";

  // ---- the real sources ----

  @Test
  void mainSourcesFollowThePackageTable() {
    Map<String, String> sources = readMainSources();
    assertThat(sources).as("sources under src/main/java")
        .containsKey("dev/govreply/model/Reply.java")
        .hasSizeGreaterThan(10);
    assertThat(violations(sources)).isEmpty();
  }

  @Test
  void mainSourcesDeclareTheirDirectoryAsPackage() {
    Map<String, String> sources = readMainSources();
    List<String> wrong = new ArrayList<>();
    sources.forEach((path, text) -> {
      if (path.endsWith("module-info.java")) {
        return;
      }
      String pkg = packageOf(stripCommentsAndLiterals(text));
      String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')).replace('/', '.') : "";
      if (!dir.equals(pkg)) {
        wrong.add(path + " declares package '" + pkg + "'");
      }
    });
    assertThat(wrong).isEmpty();
  }

  /** The packages whose classes each hold one idea: a file longer than this is two. */
  static final List<String> ONE_IDEA_PACKAGES =
      List.of("text", "model", "legacy", "ledger", "conformance");
  static final int MOST_LINES = 500;

  @Test
  void noFileOfTheReaderOrModelPackagesIsTwoIdeas() {
    List<String> long_ = new ArrayList<>();
    readMainSources().forEach((path, text) -> {
      String[] parts = path.split("/");
      long lines = text.lines().count();
      if (parts.length == 4 && ONE_IDEA_PACKAGES.contains(parts[2]) && lines > MOST_LINES) {
        long_.add(path + ": " + lines + " lines");
      }
    });
    assertThat(long_).as("files over %d lines in %s", MOST_LINES, ONE_IDEA_PACKAGES).isEmpty();
  }

  /** A thread-local variable (not ThreadLocalRandom, which holds no buffers of ours). */
  private static final Pattern THREAD_LOCAL = Pattern.compile("\\bThreadLocal\\b");

  @Test
  void noThreadLocalPools() {
    List<String> pools = new ArrayList<>();
    readMainSources().forEach((path, text) -> {
      if (THREAD_LOCAL.matcher(stripCommentsAndLiterals(text)).find()) {
        pools.add(path); // they fight virtual threads: allocate per read
      }
    });
    assertThat(pools).isEmpty();
  }

  static Map<String, String> readMainSources() {
    Path base = Paths.get(System.getProperty("basedir", ".")).resolve("src/main/java");
    assertThat(base).isDirectory();
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(base)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        String rel = base.relativize(file).toString().replace('\\', '/');
        sources.put(rel, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  // ---- the checker, tested on synthetic sources ----

  @Test
  void checkerAcceptsAllowedDependencies() {
    Map<String, String> sources = new TreeMap<>();
    sources.put("dev/govreply/model/Reply.java", String.join("\n",
        "package dev.govreply.model;",
        "import jakarta.validation.constraints.NotBlank;",
        "import java.util.*;",
        "import static java.util.Objects.requireNonNull;",
        "import org.immutables.value.Value;",
        "/** Not a dependency: {@link dev.govreply.cli.Main}, com.fasterxml.jackson.databind.ObjectMapper */",
        "class Reply { String s = \"dev.govreply.cli.Main com.fasterxml.jackson.databind.ObjectMapper\";",
        "  // dev.govreply.json.ReplyJson",
        "  java.time.LocalDate d; char c = '\"'; dev.govreply.model.Body b; }"));
    sources.put("dev/govreply/json/ReplyJson.java", String.join("\n",
        "package dev.govreply.json;",
        "import com.fasterxml.jackson.databind.ObjectMapper;",
        "import dev.govreply.model.Reply;",
        "class ReplyJson { String block = \"\"\"",
        "    dev.govreply.cli.Main \"quoted\"",
        "    \"\"\"; }"));
    sources.put("dev/govreply/conformance/rules/Rule.java", String.join("\n",
        "package dev.govreply.conformance.rules;",
        "import org.hibernate.validator.HibernateValidator;",
        "import jakarta.validation.Validator;",
        "import dev.govreply.model.*;",
        "import dev.govreply.findings.Finding;",
        "class Rule {}"));
    sources.put("dev/govreply/cli/Main.java", String.join("\n",
        "package dev.govreply.cli;",
        "import picocli.CommandLine;",
        "import dev.govreply.json.ReplyJson;",
        "import dev.govreply.conformance.ReplyChecker;",
        "class Main { dev.govreply.model.Reply r; }"));
    sources.put("module-info.java", "module dev.govreply { requires com.fasterxml.jackson.databind; }");
    assertThat(violations(sources)).isEmpty();
  }

  @Test
  void checkerReportsModelImportingAnyJacksonType() {
    assertThat(violations(Map.of("dev/govreply/model/Reply.java", String.join("\n",
        "package dev.govreply.model;",
        "import com.fasterxml.jackson.databind.JsonNode;",
        "import com.fasterxml.jackson.annotation.JsonProperty;",
        "import tools.jackson.databind.JsonNode;",
        "class Reply {}"))))
        .hasSize(3).allSatisfy(v -> assertThat(v).contains("dev/govreply/model/Reply.java"))
        .anySatisfy(v -> assertThat(v).contains("com.fasterxml.jackson.databind.JsonNode"))
        .anySatisfy(v -> assertThat(v).contains("com.fasterxml.jackson.annotation.JsonProperty"))
        .anySatisfy(v -> assertThat(v).contains("tools.jackson.databind.JsonNode"));
  }

  @Test
  void checkerReportsModelImportingJacksonDatabindOnDemand() {
    assertThat(violations(Map.of("dev/govreply/model/Reply.java",
        "package dev.govreply.model;\nimport com.fasterxml.jackson.databind.*;\nclass Reply {}")))
        .singleElement().asString().contains("com.fasterxml.jackson.databind");
  }

  @Test
  void checkerReportsModelUsingAQualifiedThirdPartyTypeInCode() {
    assertThat(violations(Map.of("dev/govreply/model/Reply.java",
        "package dev.govreply.model;\nclass Reply { com.fasterxml.jackson.databind.node.ObjectNode n; }")))
        .singleElement().asString().contains("com.fasterxml.jackson.databind.node.ObjectNode");
  }

  @Test
  void checkerReportsModelImportingHibernateOrCoreJackson() {
    assertThat(violations(Map.of("dev/govreply/model/Reply.java", String.join("\n",
        "package dev.govreply.model;",
        "import org.hibernate.validator.HibernateValidator;",
        "import com.fasterxml.jackson.core.JsonParser;",
        "class Reply {}")))).hasSize(2);
  }

  @Test
  void checkerReportsModelDependingOnAnotherProjectPackage() {
    assertThat(violations(Map.of("dev/govreply/model/Reply.java",
        "package dev.govreply.model;\nimport dev.govreply.json.ReplyJson;\nclass Reply {}")))
        .singleElement().asString().contains("model").contains("json");
  }

  @Test
  void checkerReportsImportsOfCli() {
    assertThat(violations(Map.of("dev/govreply/json/ReplyJson.java",
        "package dev.govreply.json;\nimport dev.govreply.cli.Main;\nclass ReplyJson {}")))
        .singleElement().asString().contains("cli");
  }

  @Test
  void checkerReportsStaticImportsOfCli() {
    assertThat(violations(Map.of("dev/govreply/text/ReplyTextReader.java",
        "package dev.govreply.text;\nimport static dev.govreply.cli.Main.run;\nclass ReplyTextReader {}")))
        .singleElement().asString().contains("cli");
  }

  @Test
  void checkerReportsAnyPackageIncludingCliImportingTesting() {
    assertThat(violations(Map.of("dev/govreply/cli/Main.java",
        "package dev.govreply.cli;\nimport dev.govreply.testing.Samples;\nclass Main {}")))
        .singleElement().asString().contains("testing");
  }

  @Test
  void checkerReportsQualifiedReferencesInCode() {
    assertThat(violations(Map.of("dev/govreply/conformance/ReplyChecker.java",
        "package dev.govreply.conformance;\nclass ReplyChecker { Object o = new dev.govreply.json.ReplyJson(); }")))
        .singleElement().asString().contains("conformance").contains("json");
  }

  @Test
  void checkerReportsConformanceImportingJackson3() {
    assertThat(violations(Map.of("dev/govreply/conformance/Finding.java",
        "package dev.govreply.conformance;\nimport tools.jackson.databind.ObjectMapper;\nclass Finding {}")))
        .singleElement().asString().contains("tools.jackson.databind.ObjectMapper");
  }

  @Test
  void checkerReportsJsonImportingValidation() {
    assertThat(violations(Map.of("dev/govreply/json/ReplyJson.java",
        "package dev.govreply.json;\nimport jakarta.validation.Validator;\nclass ReplyJson {}")))
        .singleElement().asString().contains("jakarta.validation.Validator");
  }

  @Test
  void checkerReportsPackagesMissingFromTheTable() {
    assertThat(violations(Map.of("dev/govreply/util/Strings.java",
        "package dev.govreply.util;\nclass Strings {}")))
        .singleElement().asString().contains("util");
    assertThat(violations(Map.of("dev/govreply/Main.java",
        "package dev.govreply;\nclass Main {}"))).hasSize(1);
  }

  @Test
  void checkerReportsPackageCycles() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("model", Set.of());
    graph.put("text", Set.of("model", "legacy"));
    graph.put("legacy", Set.of("model", "text"));
    graph.put("json", Set.of("model"));
    assertThat(cycles(graph)).singleElement().asString().contains("text").contains("legacy");
    graph.put("json", Set.of("model", "json"));
    assertThat(cycles(graph)).hasSize(2);
    assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"))))
        .singleElement().asString().contains("a").contains("b").contains("c");
    assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of()))).isEmpty();
  }

  @Test
  void checkerReportsACycleInSources() {
    Map<String, String> sources = new TreeMap<>();
    sources.put("dev/govreply/text/ReplyTextReader.java",
        "package dev.govreply.text;\nimport dev.govreply.legacy.RecordMapper;\nclass ReplyTextReader {}");
    sources.put("dev/govreply/legacy/RecordMapper.java",
        "package dev.govreply.legacy;\nimport dev.govreply.text.ReplyTextReader;\nclass RecordMapper {}");
    List<String> violations = violations(sources);
    assertThat(violations).anySatisfy(v -> assertThat(v).contains("cycle"));
    assertThat(violations).anySatisfy(v -> assertThat(v).contains("text").contains("legacy").doesNotContain("cycle"));
  }

  @Test
  void commentsAndLiteralsAreBlankedButLinesKept() {
    String src = "a /* b\n c */ d // e\n\"f\\\"g\" 'h' \"\"\"\n i \"j\" \n\"\"\" k";
    String stripped = stripCommentsAndLiterals(src);
    assertThat(stripped).hasSameSizeAs(src);
    assertThat(stripped.lines().count()).isEqualTo(src.lines().count());
    assertThat(stripped).contains("a").contains("d").contains("k")
        .doesNotContain("b").doesNotContain("c").doesNotContain("e").doesNotContain("f")
        .doesNotContain("g").doesNotContain("h").doesNotContain("i").doesNotContain("j");
  }

  // ---- the checker ----

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");
  /** A qualified name: lower-case package segments followed by an upper-case type name. */
  private static final Pattern QUALIFIED = Pattern.compile(
      "(?<![\\w.])((?:java|javax|jakarta|org|com|info|picocli|dev)(?:\\.[a-z_][a-z0-9_]*)*)\\.([A-Z]\\w*)");

  /** Violations of the package table in the given sources (path relative to src/main/java → text). */
  static List<String> violations(Map<String, String> sources) {
    List<String> violations = new ArrayList<>();
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(sources).entrySet()) {
      String path = entry.getKey();
      String code = stripCommentsAndLiterals(entry.getValue());
      if (path.endsWith("module-info.java")) {
        continue;
      }
      String pkg = packageOf(code);
      if (!pkg.startsWith(ROOT)) {
        violations.add(path + ": package '" + pkg + "' is outside " + ROOT);
        continue;
      }
      String top = topLevel(pkg);
      if (!ALLOWED_INTERNAL.containsKey(top)) {
        violations.add(path + ": package '" + pkg + "' is not in the ARCHITECTURE.md package table");
        continue;
      }
      graph.computeIfAbsent(top, k -> new TreeSet<>());
      for (String name : referencedNames(code)) {
        if (name.startsWith(ROOT)) {
          String target = topLevel(name);
          if (target.equals(top)) {
            continue;
          }
          graph.get(top).add(target);
          if (!ALLOWED_INTERNAL.get(top).contains(target)) {
            violations.add(path + ": " + top + " may not depend on " + target + " (" + name + ")");
          }
        } else if (ALLOWED_EXTERNAL.containsKey(top)
            && ALLOWED_EXTERNAL.get(top).stream().noneMatch(p -> matches(p, name))) {
          violations.add(path + ": " + top + " may not use " + name);
        }
      }
    }
    for (List<String> cycle : cycles(graph)) {
      violations.add("package cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0));
    }
    return violations;
  }

  private static boolean matches(String allowed, String name) {
    if (allowed.endsWith(".")) {
      return name.startsWith(allowed);
    }
    return name.equals(allowed) || name.startsWith(allowed + ".");
  }

  private static String packageOf(String code) {
    Matcher m = PACKAGE.matcher(code);
    return m.find() ? m.group(1) : "";
  }

  /** dev.govreply.conformance.rules.Rule → conformance; dev.govreply.Main → "" . */
  private static String topLevel(String name) {
    if (!name.startsWith(ROOT)) {
      return "";
    }
    String rest = name.substring(ROOT.length());
    int dot = rest.indexOf('.');
    String first = dot < 0 ? rest : rest.substring(0, dot);
    return first.isEmpty() || Character.isUpperCase(first.charAt(0)) ? "" : first;
  }

  /** Imported names (static member imports cut back to the type) and qualified names in code. */
  private static Set<String> referencedNames(String code) {
    Set<String> names = new LinkedHashSet<>();
    Matcher imports = IMPORT.matcher(code);
    while (imports.find()) {
      names.add(imports.group(2));
    }
    String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll("")).replaceAll("");
    Matcher qualified = QUALIFIED.matcher(body);
    while (qualified.find()) {
      if (qualified.group(1).contains(".")) {
        names.add(qualified.group(1) + "." + qualified.group(2));
      }
    }
    return names;
  }

  /**
   * The source with comments, string, text-block and char literals replaced by spaces (line
   * breaks kept), so that names inside them are not taken for dependencies.
   */
  static String stripCommentsAndLiterals(String src) {
    StringBuilder out = new StringBuilder(src.length());
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
        while (i < n && src.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
        int end = src.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        blank(src, i, end, out);
        i = end;
      } else if (src.startsWith("\"\"\"", i)) {
        int j = i + 3;
        while (j < n && !src.startsWith("\"\"\"", j)) {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, j + 3);
        blank(src, i, end, out);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        int end = Math.min(n, j + 1);
        blank(src, i, end, out);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void blank(String src, int from, int to, StringBuilder out) {
    for (int k = from; k < to; k++) {
      out.append(src.charAt(k) == '\n' ? '\n' : ' ');
    }
  }

  /** The strongly connected components with more than one package, or a package depending on itself. */
  static List<List<String>> cycles(Map<String, Set<String>> graph) {
    // Tarjan's algorithm
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new LinkedHashSet<>();
    List<List<String>> result = new ArrayList<>();
    int[] counter = {0};
    for (String node : new TreeSet<>(graph.keySet())) {
      if (!index.containsKey(node)) {
        strongConnect(node, graph, index, low, stack, onStack, result, counter);
      }
    }
    return result;
  }

  private static void strongConnect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
      Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> result,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : new TreeSet<>(graph.getOrDefault(v, Set.of()))) {
      if (!index.containsKey(w)) {
        strongConnect(w, graph, index, low, stack, onStack, result, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      List<String> component = new ArrayList<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(0, w);
      } while (!w.equals(v));
      if (component.size() > 1 || graph.getOrDefault(v, Set.of()).contains(v)) {
        result.add(component);
      }
    }
  }
}
