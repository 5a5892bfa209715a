package dev.govreply.conformance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.govreply.findings.Severity;
import dev.govreply.strictjson.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Profile files: reads a {@link Profile} from JSON, strictly (unknown properties, duplicate keys,
 * wrong types, unknown values, unknown rule IDs and a missing rationale are a
 * {@link ProfileException} naming the JSON Pointer of the offending value), resolving {@code
 * extends} against the built-in profiles; and writes a profile as complete JSON, which reads back
 * equal. The format is described at {@link Profile}: databind binds it to the shapes below, and
 * the rules of a profile are checked on the shapes here.
 *
 * <p>Loaded only when a profile is read or written as JSON, so that checking needs no Jackson
 * databind, which starts slowly. Stateless and thread-safe.
 */
final class ProfileJson {
  private ProfileJson() {}

  private static final ObjectMapper MAPPER = StrictJson.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  /** Refuses the first property of {@code shape} not in {@code known}. */
  private static void known(FileShape shape, String p, Set<String> known) {
    shape.unknownName().ifPresent(name -> {
      throw new ProfileException(p + "/" + name.replace("~", "~0").replace("/", "~1"),
          "unknown property \"" + name + "\"; known: " + new TreeSet<>(known));
    });
  }

  /** A profile file. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "version", "extends", "description", "classScheme", "requiredBlocks",
      "ceiling", "overrides"})
  static final class ProfileShape extends FileShape {
    static final Set<String> KEYS = Set.of("id", "version", "extends", "description",
        "classScheme", "requiredBlocks", "ceiling", "overrides");
    @JsonProperty("id") @JsonSetter(nulls = Nulls.FAIL) String id;
    @JsonProperty("version") @JsonSetter(nulls = Nulls.FAIL) String version;
    @JsonProperty("extends") @JsonSetter(nulls = Nulls.FAIL) String base;
    @JsonProperty("description") @JsonSetter(nulls = Nulls.FAIL) String description;
    @JsonProperty("classScheme") @JsonSetter(nulls = Nulls.FAIL) SchemeShape classScheme;
    @JsonProperty("requiredBlocks") @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
    List<String> requiredBlocks;
    @JsonProperty("ceiling") @JsonSetter(nulls = Nulls.FAIL) String ceiling;
    @JsonProperty("overrides") @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
    List<FileShape.OverrideShape> overrides;
  }

  /** The class scheme of a profile. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"letters", "subClasses"})
  static final class SchemeShape extends FileShape {
    @JsonProperty("letters") @JsonSetter(nulls = Nulls.FAIL) String letters;
    @JsonProperty("subClasses") @JsonSetter(nulls = Nulls.FAIL) Boolean subClasses;
  }

  private static final Set<String> OVERRIDE_KEYS =
      Set.of("rule", "path", "severity", "suppress", "rationale");

  /**
   * Reads a profile from JSON (UTF-8); the stream is not closed.
   *
   * @throws IOException when reading fails
   * @throws ProfileException when the content is not a valid profile
   */
  static Profile read(InputStream in) throws IOException {
    ProfileShape shape;
    try (JsonParser p = MAPPER.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (p.nextToken() == null) {
        throw new ProfileException("", "empty input; expected a JSON object");
      }
      try {
        shape = MAPPER.readValue(p, ProfileShape.class);
        if (p.nextToken() != null) {
          throw new ProfileException("", "malformed JSON: content after the profile (line "
              + p.currentTokenLocation().getLineNr() + ", column "
              + p.currentTokenLocation().getColumnNr() + ")");
        }
      } catch (JsonProcessingException e) {
        throw error(e, p);
      }
    }
    return read(shape);
  }

  /** The error of a document that databind could not bind, at its JSON Pointer. */
  private static ProfileException error(JsonProcessingException e, JsonParser p) {
    String where = e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
            + ")";
    if (e instanceof JsonMappingException m && !(e.getCause() instanceof JsonProcessingException)) {
      StringBuilder pointer = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        pointer.append('/').append(r.getFieldName() != null
            ? r.getFieldName().replace("~", "~0").replace("/", "~1") : r.getIndex());
      }
      if (m instanceof MismatchedInputException mi) {
        return new ProfileException(pointer.toString(), "expected " + kind(mi.getTargetType())
            + ", got " + describe(p.currentToken()) + where);
      }
      return new ProfileException(pointer.toString(), m.getOriginalMessage() + where);
    }
    String pointer = p.getParsingContext().pathAsPointer().toString();
    return new ProfileException(pointer, "malformed JSON: " + e.getOriginalMessage() + where);
  }

  private static String kind(Class<?> type) {
    if (type == String.class) {
      return "a string";
    } else if (type == Boolean.class) {
      return "true or false";
    } else if (type != null && List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case VALUE_NULL:
        return "null";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case START_ARRAY:
        return "an array";
      default:
        return "an object";
    }
  }

  private static Profile read(ProfileShape root) {
    known(root, "", ProfileShape.KEYS);
    String id = required(root.id, "", "id");
    String version = required(root.version, "", "version");
    Profile base = null;
    if (root.base != null) {
      String name = root.base;
      base = Profiles.find(name).orElseThrow(() -> new ProfileException("/extends",
          "unknown built-in profile \"" + name + "\"; known: " + Profiles.names()));
    }
    ClassScheme scheme = base != null ? base.classScheme()
        : new ClassScheme(ClassScheme.Letters.A_TO_D, true);
    if (root.classScheme != null) {
      scheme = readScheme(root.classScheme, scheme);
    }
    Set<Block> blocks = base != null ? base.requiredBlocks() : EnumSet.allOf(Block.class);
    if (root.requiredBlocks != null) {
      blocks = readBlocks(root.requiredBlocks);
    }
    Severity ceiling = base != null ? base.ceiling() : Severity.ERROR;
    if (root.ceiling != null) {
      ceiling = severity(root.ceiling, "/ceiling");
    }
    List<RuleOverride> overrides = new ArrayList<>(base != null ? base.overrides() : List.of());
    if (root.overrides != null) {
      for (int i = 0; i < root.overrides.size(); i++) {
        overrides.add(readOverride(root.overrides.get(i), "/overrides/" + i));
      }
    }
    try {
      return new Profile(id, version, scheme, blocks, ceiling, overrides);
    } catch (IllegalArgumentException e) {
      throw new ProfileException("", e.getMessage());
    }
  }

  private static ClassScheme readScheme(SchemeShape node, ClassScheme base) {
    known(node, "/classScheme", Set.of("letters", "subClasses"));
    ClassScheme.Letters letters = base.letters();
    if (node.letters != null) {
      try {
        letters = ClassScheme.Letters.fromCode(node.letters);
      } catch (IllegalArgumentException e) {
        throw new ProfileException("/classScheme/letters", e.getMessage());
      }
    }
    return new ClassScheme(letters, node.subClasses != null ? node.subClasses : base.subClasses());
  }

  private static Set<Block> readBlocks(List<String> names) {
    Set<Block> blocks = EnumSet.noneOf(Block.class);
    for (int i = 0; i < names.size(); i++) {
      String p = "/requiredBlocks/" + i;
      String name = names.get(i);
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

  private static RuleOverride readOverride(FileShape.OverrideShape node, String p) {
    known(node, p, OVERRIDE_KEYS);
    String rule = required(node.rule, p, "rule");
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
    Optional<String> path = Optional.ofNullable(node.path);
    if (path.isPresent()) {
      try {
        RuleOverride.compile(path.get());
      } catch (IllegalArgumentException e) {
        throw new ProfileException(p + "/path", e.getMessage());
      }
    }
    boolean suppress = Boolean.TRUE.equals(node.suppress);
    Optional<Severity> severity = Optional.empty();
    if (node.severity != null) {
      if (suppress) {
        throw new ProfileException(p + "/severity", "an override either re-grades (severity) or "
            + "suppresses (suppress: true), not both");
      }
      severity = Optional.of(severity(node.severity, p + "/severity"));
    } else if (!suppress) {
      throw new ProfileException(p, "an override needs \"severity\" or \"suppress\": true");
    }
    if (node.rationale == null) {
      throw new ProfileException(p, "missing \"rationale\": say why the profile deviates");
    }
    if (node.rationale.isBlank()) {
      throw new ProfileException(p + "/rationale", "rationale must not be blank");
    }
    try {
      return new RuleOverride(rule, path, severity, node.rationale);
    } catch (IllegalArgumentException e) {
      throw new ProfileException(p + "/rule", e.getMessage());
    }
  }

  private static Severity severity(String s, String p) {
    try {
      return Severity.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new ProfileException(p, "expected ERROR, WARNING or INFO, got \"" + s + "\"");
    }
  }

  private static String required(String value, String p, String key) {
    if (value == null) {
      throw new ProfileException(p, "missing \"" + key + "\"");
    }
    if (value.isBlank()) {
      throw new ProfileException(p + "/" + key, "must not be blank");
    }
    return value;
  }

  /** The profile as JSON, complete (no {@code extends}); deterministic. */
  static String write(Profile profile) {
    ProfileShape root = new ProfileShape();
    root.id = profile.id();
    root.version = profile.version();
    root.classScheme = new SchemeShape();
    root.classScheme.letters = profile.classScheme().letters().code();
    root.classScheme.subClasses = profile.classScheme().subClasses();
    root.requiredBlocks = new ArrayList<>();
    for (Block b : Block.values()) {
      if (profile.requires(b)) {
        root.requiredBlocks.add(b.name());
      }
    }
    root.ceiling = profile.ceiling().name();
    root.overrides = new ArrayList<>();
    for (RuleOverride o : profile.overrides()) {
      FileShape.OverrideShape n = new FileShape.OverrideShape();
      n.set(o);
      root.overrides.add(n);
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
