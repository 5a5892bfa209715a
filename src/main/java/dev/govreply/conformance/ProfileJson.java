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
import dev.govreply.findings.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Profile files: reads a {@link Profile} from JSON, strictly (unknown properties, duplicate keys,
 * wrong types, unknown values, unknown rule IDs and a missing rationale are a
 * {@link ProfileException} naming the JSON Pointer of the offending value), resolving {@code
 * extends} against the built-in profiles; and writes a profile as complete JSON, which reads back
 * equal. The format is described at {@link Profile}.
 *
 * <p>Loaded only when a profile is read or written as JSON, so that checking needs no Jackson
 * databind, which starts slowly. Stateless and thread-safe.
 */
final class ProfileJson {
  private ProfileJson() {}

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /**
   * Reads a profile from JSON (UTF-8); the stream is not closed.
   *
   * @throws IOException when reading fails
   * @throws ProfileException when the content is not a valid profile
   */
  static Profile read(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
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
    ClassScheme scheme = base != null ? base.classScheme()
        : new ClassScheme(ClassScheme.Letters.A_TO_D, true);
    if (root.has("classScheme")) {
      scheme = readScheme(root.get("classScheme"), scheme);
    }
    Set<Block> blocks = base != null ? base.requiredBlocks() : EnumSet.allOf(Block.class);
    if (root.has("requiredBlocks")) {
      blocks = readBlocks(root.get("requiredBlocks"));
    }
    Severity ceiling = base != null ? base.ceiling() : Severity.ERROR;
    if (root.has("ceiling")) {
      ceiling = severity(root.get("ceiling"), "/ceiling");
    }
    List<RuleOverride> overrides = new ArrayList<>(base != null ? base.overrides() : List.of());
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
            "unknown property \"" + name + "\"; known: " + new TreeSet<>(known));
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

  /** The profile as JSON, complete (no {@code extends}); deterministic. */
  static String write(Profile profile) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", profile.id());
    root.put("version", profile.version());
    ObjectNode scheme = root.putObject("classScheme");
    scheme.put("letters", profile.classScheme().letters().code());
    scheme.put("subClasses", profile.classScheme().subClasses());
    ArrayNode blocks = root.putArray("requiredBlocks");
    for (Block b : Block.values()) {
      if (profile.requires(b)) {
        blocks.add(b.name());
      }
    }
    root.put("ceiling", profile.ceiling().name());
    ArrayNode ov = root.putArray("overrides");
    for (RuleOverride o : profile.overrides()) {
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
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
