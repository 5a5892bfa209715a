package dev.govreply.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/rules.md}, the reference of every conformance rule, from the
 * {@link RuleCatalogue} and the built-in {@link Profiles}: ID, default severity, the severity
 * under each built-in profile, English and Chinese titles, source, and the text reader findings the
 * rule takes over; then the superseded reader findings and the profiles' settings.
 *
 * <p>{@code RulesDocTest} fails when the committed file differs from {@link #markdown()};
 * regenerate it with {@value #REGENERATE_COMMAND}, or run {@link #main(String[])} with the file
 * as argument.
 */
public final class RulesDoc {
  /** The command that rewrites docs/rules.md. */
  public static final String REGENERATE_COMMAND =
      "mvn -B -ntp test -Dtest=RulesDocTest -Dgovreply.regenerate=true";

  /** Where the file lives, relative to the project directory. */
  public static final String PATH = "docs/rules.md";

  private RulesDoc() {}

  /**
   * Writes the document.
   *
   * @param args the file to write; {@value #PATH} when none is given
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : PATH);
    write(file);
    System.out.println("wrote " + file);
  }

  /**
   * Writes {@link #markdown()} to {@code file} in UTF-8, creating its directory.
   *
   * @param file the file
   * @throws IOException when it cannot be written
   */
  public static void write(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(file, markdown(), StandardCharsets.UTF_8);
  }

  /**
   * The document as Markdown, lines ending in {@code \n}; the same text on every call.
   *
   * @return the Markdown text
   */
  public static String markdown() {
    RuleCatalogue catalogue = RuleCatalogue.standard();
    List<Profile> profiles = List.of(Profiles.GBT9704, Profiles.LENIENT);
    StringBuilder sb = new StringBuilder();
    sb.append("# Conformance rules\n\n");
    sb.append("<!-- Generated from the rule catalogue by dev.govreply.conformance.RulesDoc; do not edit.\n")
        .append("     Regenerate: ").append(REGENERATE_COMMAND).append(" -->\n\n");
    sb.append("Rule catalogue **").append(catalogue.version()).append("**: ")
        .append(catalogue.rules().size()).append(" rules. Every finding of a conformance report "
            + "names its rule ID; IDs are stable and never reused (a withdrawn rule keeps its ID "
            + "retired). Areas: `NUM` document number (发文字号), `REQ` required elements, `CLS` "
            + "result class (办理结果类别), `ADR` addressee (主送), `BOD` body (正文), `DAT` date and "
            + "deadline, `CON` contact block, `SRC` source text, `VAL` Bean Validation; `TXT` are "
            + "the text reader's own findings.\n\n");
    sb.append("The *default severity* is the rule's severity under the canonical profile; a "
        + "profile lowers it to its ceiling and its overrides may re-grade or suppress it (the "
        + "columns per profile show the severity before user overrides). *Reader rules* are text "
        + "reader findings (`GR-TXT-*`) that the rule grades: the reader sees the printed form, "
        + "the rule decides how bad it is.\n\n");

    sb.append("## Rules\n\n");
    sb.append("| ID | Default severity |");
    for (Profile p : profiles) {
      sb.append(" `").append(p.id()).append("` |");
    }
    sb.append(" Title | 标题 | Source | Reader rules |\n");
    sb.append("|---|---|");
    profiles.forEach(p -> sb.append("---|"));
    sb.append("---|---|---|---|\n");
    for (Rule r : catalogue.rules()) {
      sb.append("| ").append(r.id()).append(" | ").append(r.defaultSeverity()).append(" |");
      for (Profile p : profiles) {
        sb.append(' ').append(p.cap(r.defaultSeverity())).append(" |");
      }
      sb.append(' ').append(cell(r.title(Locale.ENGLISH))).append(" | ")
          .append(cell(r.title(Locale.SIMPLIFIED_CHINESE))).append(" | ")
          .append(cell(r.source().citation())).append(" | ")
          .append(r.readerRules().isEmpty() ? "–" : String.join(", ", r.readerRules()))
          .append(" |\n");
    }

    sb.append("\n## Reader findings reported by a model rule instead\n\n");
    sb.append("These text reader findings are dropped from conformance reports because a rule "
        + "checks the same thing on the model (and the profile decides whether it is required). "
        + "All other reader findings pass through under their own ID, capped at the profile's "
        + "ceiling.\n\n");
    sb.append(catalogue.supersededReaderRules().stream().sorted()
        .map(id -> "`" + id + "`").collect(Collectors.joining(", "))).append("\n");

    sb.append("\n## Built-in profiles\n\n");
    sb.append("| Profile | Version | Class scheme | Ceiling | Required blocks | Overrides |\n");
    sb.append("|---|---|---|---|---|---|\n");
    for (Profile p : profiles) {
      sb.append("| `").append(p.id()).append("` | ").append(p.version()).append(" | ")
          .append(cell(p.classScheme().toString())).append(" | ").append(p.ceiling())
          .append(" | ").append(p.requiredBlocks().stream()
              .map(b -> b.name() + " (" + b.ruleId() + ")").collect(Collectors.joining(", ")))
          .append(" | ").append(p.overrides().isEmpty() ? "none" : p.overrides().stream()
              .map(o -> cell(o.toString())).collect(Collectors.joining("; ")))
          .append(" |\n");
    }
    sb.append("\nA user profile is a JSON file (see `Profile.fromJson`) that may extend a built-in "
        + "one and choose the class scheme (`A-C`, `A-D`, `甲乙丙`; sub-classes or not), the "
        + "required blocks, the ceiling, and overrides that re-grade or suppress a rule by ID "
        + "(or pattern such as `GR-CON-*`) and optional path pattern, each with a rationale that "
        + "the report repeats.\n");
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
