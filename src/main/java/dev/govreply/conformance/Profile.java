package dev.govreply.conformance;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A conformance profile: the local choices that the core model leaves open (ARCHITECTURE.md,
 * principle 5) — the result class scheme, which blocks are required, the severity ceiling, and
 * overrides that re-grade or suppress rules, each with a rationale. A report names the profile's id
 * and version.
 *
 * <p>Built in ({@link Profiles#builtIn(String)}): {@code gbt9704}, canonical, deviations are
 * errors; {@code lenient}, for legacy import, deviations are warnings. User profiles come from JSON
 * ({@link #fromJson(Path)}):
 *
 * <pre>{@code
 * {
 *   "id": "yueyang-2024",                 // required
 *   "version": "1",                       // required
 *   "extends": "gbt9704",                 // optional: a built-in profile to start from
 *   "classScheme": {"letters": "A-C", "subClasses": false},   // letters: A-C, A-D or 甲乙丙
 *   "requiredBlocks": ["ISSUER", "DOCUMENT_NUMBER", "DATE"],  // replaces the base's list
 *   "ceiling": "ERROR",                   // ERROR, WARNING or INFO: no finding is graded above it
 *   "overrides": [                        // appended to the base's overrides
 *     {"rule": "GR-NUM-002", "severity": "WARNING", "rationale": "our ledger pads serials"},
 *     {"rule": "GR-CON-*", "path": "contacts[*].phone", "suppress": true, "rationale": "…"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Reading is strict: unknown properties, duplicate keys, wrong types, unknown values, unknown
 * rule IDs (other than reader rules {@code GR-TXT-*} and patterns) and a missing rationale are
 * errors ({@link ProfileException}) naming the JSON Pointer of the offending value.
 *
 * <p>Grading: a finding starts at its rule's default severity (or the reader's severity for a
 * passed-through reader finding), is lowered to the {@link #ceiling()} when above it, then the
 * first matching override applies (it may raise it again, or suppress it).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the profile's id, e.g. {@code gbt9704}
 * @param version the profile's version, e.g. {@code 1.0}
 * @param classScheme the result classes allowed
 * @param requiredBlocks the blocks whose absence is reported
 * @param ceiling the highest severity a finding gets before overrides
 * @param overrides re-gradings and suppressions, first match wins
 */
public record Profile(String id, String version, ClassScheme classScheme, Set<Block> requiredBlocks,
    Severity ceiling, List<RuleOverride> overrides) {

  /**
   * The JSON mapper, built on first use: checking needs no JSON, and Jackson databind starts
   * slowly.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /**
   * Checks the parts and copies the collections.
   *
   * @param id the profile's id, e.g. {@code yueyang-2024}; not blank
   * @param version the profile's version, e.g. {@code 1}; not blank
   * @param classScheme the result classes allowed, e.g. A-C without sub-classes
   * @param requiredBlocks the blocks whose absence is reported, e.g. ISSUER, DOCUMENT_NUMBER, DATE
   * @param ceiling the highest severity a finding gets before overrides
   * @param overrides re-gradings and suppressions, first match wins
   * @throws NullPointerException when a part or an element is null
   * @throws IllegalArgumentException when the id or the version is blank
   */
  public Profile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(classScheme, "classScheme");
    Objects.requireNonNull(ceiling, "ceiling");
    if (id.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("profile id and version must not be blank");
    }
    requiredBlocks = requiredBlocks.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(requiredBlocks));
    overrides = List.copyOf(overrides);
  }

  /**
   * Whether the profile requires a block, so that its absence is reported.
   *
   * @param block e.g. {@link Block#DATE}, whose absence {@code GR-REQ-008} reports
   * @return true when {@code block} is among {@link #requiredBlocks()}
   */
  public boolean requires(Block block) {
    return requiredBlocks.contains(block);
  }

  /**
   * A severity lowered to this profile's ceiling when above it.
   *
   * @param severity a rule's default severity, e.g. {@link Severity#ERROR}
   * @return {@code severity}, or the ceiling when the ceiling is lower (ERROR becomes WARNING
   *     under a WARNING ceiling, as in {@code lenient})
   */
  public Severity cap(Severity severity) {
    return severity.ordinal() < ceiling.ordinal() ? ceiling : severity;
  }

  /**
   * The override that grades a finding: the first in {@link #overrides()} that matches it.
   *
   * @param f a finding at its rule's default severity
   * @return the override; empty when none matches
   */
  public Optional<RuleOverride> overrideFor(Finding f) {
    for (RuleOverride o : overrides) {
      if (o.matches(f)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * This profile under another name, e.g. to derive a local profile from a built-in one.
   *
   * @param newId the id, e.g. {@code yueyang-2024}
   * @param newVersion the version, e.g. {@code 1}
   * @return a profile equal to this one but for id and version
   * @throws IllegalArgumentException when the id or the version is blank
   */
  public Profile withIdentity(String newId, String newVersion) {
    return new Profile(newId, newVersion, classScheme, requiredBlocks, ceiling, overrides);
  }

  /**
   * This profile with another class scheme.
   *
   * @param scheme the result classes allowed, e.g.
   *     {@code new ClassScheme(ClassScheme.Letters.A_TO_D, true)}
   * @return a profile equal to this one but for the scheme
   */
  public Profile withClassScheme(ClassScheme scheme) {
    return new Profile(id, version, scheme, requiredBlocks, ceiling, overrides);
  }

  /**
   * This profile with other required blocks.
   *
   * @param blocks the blocks whose absence is reported, replacing this profile's
   * @return a profile equal to this one but for the required blocks
   */
  public Profile withRequiredBlocks(Set<Block> blocks) {
    return new Profile(id, version, classScheme, blocks, ceiling, overrides);
  }

  /**
   * This profile with another ceiling.
   *
   * @param newCeiling the highest severity a finding gets before overrides, e.g.
   *     {@link Severity#WARNING}
   * @return a profile equal to this one but for the ceiling
   */
  public Profile withCeiling(Severity newCeiling) {
    return new Profile(id, version, classScheme, requiredBlocks, newCeiling, overrides);
  }

  /**
   * This profile with more overrides, after this profile's (which still win on a match).
   *
   * @param more the overrides, e.g.
   *     {@code RuleOverride.regrade("GR-NUM-002", Severity.WARNING, "our ledger pads serials")}
   * @return a profile equal to this one but for the overrides
   */
  public Profile withOverrides(RuleOverride... more) {
    List<RuleOverride> all = new ArrayList<>(overrides);
    all.addAll(List.of(more));
    return new Profile(id, version, classScheme, requiredBlocks, ceiling, all);
  }

  // ---- JSON ----

  /**
   * Reads a profile from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the profile
   * @throws IOException when the file cannot be read
   * @throws ProfileException when the content is not a valid profile
   */
  public static Profile fromJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in);
    }
  }

  /**
   * Reads a profile from JSON (UTF-8); the stream is not closed.
   *
   * @param in the JSON
   * @return the profile
   * @throws IOException when reading fails
   * @throws ProfileException when the content is not a valid profile
   */
  public static Profile fromJson(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      String pointer = "";
      if (e.getProcessor() instanceof JsonParser) {
        pointer = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
      }
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
              + ")";
      throw new ProfileException(pointer, "malformed JSON: " + e.getOriginalMessage() + where);
    }
    if (root == null || root.isMissingNode()) {
      throw new ProfileException("", "empty input; expected a JSON object");
    }
    return read(root);
  }

  /**
   * Reads a profile from JSON text.
   *
   * @param json the JSON text, as in the example above
   * @return the profile
   * @throws ProfileException when the text is not a valid profile; the message names the JSON
   *     Pointer of the problem
   */
  public static Profile fromJson(String json) {
    try {
      return fromJson(new java.io.ByteArrayInputStream(
          json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Set<String> KEYS =
      Set.of("id", "version", "extends", "description", "classScheme", "requiredBlocks", "ceiling",
          "overrides");

  private static Profile read(JsonNode root) {
    requireObject(root, "");
    checkKeys(root, "", KEYS);
    String id = requireText(root, "", "id");
    String version = requireText(root, "", "version");
    Profile base = null;
    if (root.has("extends")) {
      String name = text(root.get("extends"), "/extends");
      base = Profiles.find(name).orElseThrow(() -> new ProfileException("/extends",
          "unknown built-in profile \"" + name + "\"; known: " + Profiles.names()));
    }
    if (root.has("description")) {
      text(root.get("description"), "/description");
    }
    ClassScheme scheme = base != null ? base.classScheme
        : new ClassScheme(ClassScheme.Letters.A_TO_D, true);
    if (root.has("classScheme")) {
      scheme = readScheme(root.get("classScheme"), scheme);
    }
    Set<Block> blocks = base != null ? base.requiredBlocks : EnumSet.allOf(Block.class);
    if (root.has("requiredBlocks")) {
      blocks = readBlocks(root.get("requiredBlocks"));
    }
    Severity ceiling = base != null ? base.ceiling : Severity.ERROR;
    if (root.has("ceiling")) {
      ceiling = severity(root.get("ceiling"), "/ceiling");
    }
    List<RuleOverride> overrides = new ArrayList<>(base != null ? base.overrides : List.of());
    if (root.has("overrides")) {
      JsonNode arr = root.get("overrides");
      if (!arr.isArray()) {
        throw new ProfileException("/overrides", "expected an array, got " + kind(arr));
      }
      for (int i = 0; i < arr.size(); i++) {
        overrides.add(readOverride(arr.get(i), "/overrides/" + i));
      }
    }
    try {
      return new Profile(id, version, scheme, blocks, ceiling, overrides);
    } catch (IllegalArgumentException e) {
      throw new ProfileException("", e.getMessage());
    }
  }

  private static ClassScheme readScheme(JsonNode node, ClassScheme base) {
    requireObject(node, "/classScheme");
    checkKeys(node, "/classScheme", Set.of("letters", "subClasses"));
    ClassScheme.Letters letters = base.letters();
    boolean sub = base.subClasses();
    if (node.has("letters")) {
      String code = text(node.get("letters"), "/classScheme/letters");
      try {
        letters = ClassScheme.Letters.fromCode(code);
      } catch (IllegalArgumentException e) {
        throw new ProfileException("/classScheme/letters", e.getMessage());
      }
    }
    if (node.has("subClasses")) {
      JsonNode b = node.get("subClasses");
      if (!b.isBoolean()) {
        throw new ProfileException("/classScheme/subClasses", "expected true or false, got "
            + kind(b));
      }
      sub = b.booleanValue();
    }
    return new ClassScheme(letters, sub);
  }

  private static Set<Block> readBlocks(JsonNode arr) {
    if (!arr.isArray()) {
      throw new ProfileException("/requiredBlocks", "expected an array, got " + kind(arr));
    }
    Set<Block> blocks = EnumSet.noneOf(Block.class);
    for (int i = 0; i < arr.size(); i++) {
      String p = "/requiredBlocks/" + i;
      String name = text(arr.get(i), p);
      try {
        if (!blocks.add(Block.valueOf(name))) {
          throw new ProfileException(p, "block " + name + " is listed twice");
        }
      } catch (IllegalArgumentException e) {
        throw new ProfileException(p, "unknown block \"" + name + "\"; expected one of "
            + EnumSet.allOf(Block.class));
      }
    }
    return blocks;
  }

  private static RuleOverride readOverride(JsonNode node, String p) {
    requireObject(node, p);
    checkKeys(node, p, Set.of("rule", "path", "severity", "suppress", "rationale"));
    String rule = requireText(node, p, "rule");
    if (!rule.contains("*") && !rule.startsWith("GR-TXT-")) {
      if (!RuleId.isValid(rule)) {
        throw new ProfileException(p + "/rule", "rule must be a rule ID such as GR-NUM-002 or a "
            + "pattern such as GR-TXT-*, got \"" + rule + "\"");
      }
      if (RuleCatalogue.standard().rule(rule).isEmpty()) {
        throw new ProfileException(p + "/rule", "no rule " + rule + " in "
            + RuleCatalogue.VERSION);
      }
    }
    Optional<String> path = Optional.empty();
    if (node.has("path")) {
      String pattern = text(node.get("path"), p + "/path");
      try {
        RuleOverride.compile(pattern);
      } catch (IllegalArgumentException e) {
        throw new ProfileException(p + "/path", e.getMessage());
      }
      path = Optional.of(pattern);
    }
    boolean suppress = false;
    if (node.has("suppress")) {
      JsonNode b = node.get("suppress");
      if (!b.isBoolean()) {
        throw new ProfileException(p + "/suppress", "expected true or false, got " + kind(b));
      }
      suppress = b.booleanValue();
    }
    Optional<Severity> severity = Optional.empty();
    if (node.has("severity")) {
      if (suppress) {
        throw new ProfileException(p + "/severity", "an override either re-grades (severity) or "
            + "suppresses (suppress: true), not both");
      }
      severity = Optional.of(severity(node.get("severity"), p + "/severity"));
    } else if (!suppress) {
      throw new ProfileException(p, "an override needs \"severity\" or \"suppress\": true");
    }
    if (!node.has("rationale")) {
      throw new ProfileException(p, "missing \"rationale\": say why the profile deviates");
    }
    String rationale = text(node.get("rationale"), p + "/rationale");
    if (rationale.isBlank()) {
      throw new ProfileException(p + "/rationale", "rationale must not be blank");
    }
    try {
      return new RuleOverride(rule, path, severity, rationale);
    } catch (IllegalArgumentException e) {
      throw new ProfileException(p + "/rule", e.getMessage());
    }
  }

  private static Severity severity(JsonNode node, String p) {
    String s = text(node, p);
    try {
      return Severity.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new ProfileException(p, "expected ERROR, WARNING or INFO, got \"" + s + "\"");
    }
  }

  private static void requireObject(JsonNode node, String p) {
    if (!node.isObject()) {
      throw new ProfileException(p, "expected an object, got " + kind(node));
    }
  }

  private static void checkKeys(JsonNode node, String p, Set<String> known) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new ProfileException(p + "/" + name.replace("~", "~0").replace("/", "~1"),
            "unknown property \"" + name + "\"; known: " + new java.util.TreeSet<>(known));
      }
    }
  }

  private static String requireText(JsonNode node, String p, String key) {
    if (!node.has(key)) {
      throw new ProfileException(p, "missing \"" + key + "\"");
    }
    String s = text(node.get(key), p + "/" + key);
    if (s.isBlank()) {
      throw new ProfileException(p + "/" + key, "must not be blank");
    }
    return s;
  }

  private static String text(JsonNode node, String p) {
    if (!node.isTextual()) {
      throw new ProfileException(p, "expected a string, got " + kind(node));
    }
    return node.textValue();
  }

  private static String kind(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /**
   * The profile as JSON, complete (no {@code extends}); {@link #fromJson(String)} reads it back
   * equal. Deterministic.
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("id", id);
    root.put("version", version);
    ObjectNode scheme = root.putObject("classScheme");
    scheme.put("letters", classScheme.letters().code());
    scheme.put("subClasses", classScheme.subClasses());
    ArrayNode blocks = root.putArray("requiredBlocks");
    for (Block b : Block.values()) {
      if (requiredBlocks.contains(b)) {
        blocks.add(b.name());
      }
    }
    root.put("ceiling", ceiling.name());
    ArrayNode ov = root.putArray("overrides");
    for (RuleOverride o : overrides) {
      ObjectNode n = ov.addObject();
      n.put("rule", o.rule());
      o.path().ifPresent(v -> n.put("path", v));
      if (o.suppresses()) {
        n.put("suppress", true);
      } else {
        n.put("severity", o.severity().get().name());
      }
      n.put("rationale", o.rationale());
    }
    try {
      return Json.MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code gbt9704 1.0}. */
  @Override
  public String toString() {
    return id + " " + version;
  }
}
