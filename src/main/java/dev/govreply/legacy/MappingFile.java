package dev.govreply.legacy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.govreply.internal.Chars;
import dev.govreply.legacy.RecordMapping.Builder;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.legacy.RecordMapping.Target;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ContactRole;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads mapping files ({@code govreply-mapping/1}, described in {@link RecordMapping}) strictly:
 * duplicate keys, trailing tokens, unknown properties and fields, wrong types and values are
 * {@link RecordMappingException}s naming the JSON Pointer of the offending value. Stateless and
 * thread-safe.
 */
final class MappingFile {
  private MappingFile() {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * Reads a mapping from a stream of UTF-8 JSON, to its end; the stream is not closed.
   *
   * @throws RecordMappingException when the JSON is not a valid mapping
   * @throws IOException when the stream cannot be read
   */
  static RecordMapping read(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw syntax(e);
    }
    return fromTree(root);
  }

  /**
   * Reads a mapping from JSON text.
   *
   * @throws RecordMappingException when the JSON is not a valid mapping
   */
  static RecordMapping read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw syntax(e);
    }
    return fromTree(root);
  }

  private static RecordMappingException syntax(JsonProcessingException e) {
    String where = e.getLocation() == null ? ""
        : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
    return new RecordMappingException("", "not valid JSON: " + where + e.getOriginalMessage());
  }

  private static RecordMapping fromTree(JsonNode root) {
    if (root == null || root.isMissingNode()) {
      throw new RecordMappingException("", "empty document");
    }
    object(root, "");
    known(root, "", Set.of("format", "fields", "contacts", "ignore", "description"));
    JsonNode format = root.get("format");
    if (format == null) {
      throw new RecordMappingException("", "missing \"format\": \"" + RecordMapping.FORMAT + "\"");
    }
    if (!format.isTextual() || !format.textValue().equals(RecordMapping.FORMAT)) {
      throw new RecordMappingException("/format", "expected \"" + RecordMapping.FORMAT
          + "\", got " + format);
    }
    if (root.has("description") && !root.get("description").isTextual()) {
      throw new RecordMappingException("/description", "expected a string");
    }
    Builder b = RecordMapping.builder();
    JsonNode fields = root.get("fields");
    if (fields != null) {
      object(fields, "/fields");
      Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String pointer = "/fields/" + escape(e.getKey());
        Target t = Target.fromKey(e.getKey()).orElseThrow(() -> new RecordMappingException(
            pointer, "unknown field \"" + e.getKey() + "\" (known: " + Arrays.stream(
                Target.values()).map(Target::key).collect(Collectors.joining(", ")) + ")"));
        b.field(t, source(e.getValue(), pointer, t == Target.ADDRESSEE));
      }
    }
    JsonNode contacts = root.get("contacts");
    if (contacts != null) {
      if (!contacts.isArray()) {
        throw new RecordMappingException("/contacts", "expected an array, got " + type(contacts));
      }
      for (int i = 0; i < contacts.size(); i++) {
        b.contact(contact(contacts.get(i), "/contacts/" + i));
      }
    }
    JsonNode ignore = root.get("ignore");
    if (ignore != null) {
      if (!ignore.isArray()) {
        throw new RecordMappingException("/ignore", "expected an array, got " + type(ignore));
      }
      for (int i = 0; i < ignore.size(); i++) {
        b.ignore(string(ignore.get(i), "/ignore/" + i));
      }
    }
    RecordMapping mapping = b.build();
    if (mapping.fields().isEmpty() && mapping.contacts().isEmpty()) {
      throw new RecordMappingException("", "maps no field: give \"fields\" or \"contacts\"");
    }
    return mapping;
  }

  private static ContactColumns contact(JsonNode n, String pointer) {
    object(n, pointer);
    known(n, pointer, Set.of("role", "name", "phone", "unit"));
    JsonNode role = n.get("role");
    if (role == null) {
      throw new RecordMappingException(pointer, "missing \"role\" (RESPONSIBLE or HANDLER)");
    }
    String r = string(role, pointer + "/role");
    ContactRole cr;
    try {
      cr = ContactRole.valueOf(r);
    } catch (IllegalArgumentException e) {
      cr = ContactRole.fromLabel(r).orElseThrow(() -> new RecordMappingException(
          pointer + "/role", "unknown role \"" + r + "\" (RESPONSIBLE, HANDLER, 承办负责人, 承办人)"));
    }
    if (!n.has("name")) {
      throw new RecordMappingException(pointer, "missing \"name\"");
    }
    ContactColumns c = ContactColumns.of(cr, source(n.get("name"), pointer + "/name", false));
    if (n.has("phone")) {
      c = c.withPhone(source(n.get("phone"), pointer + "/phone", false));
    }
    if (n.has("unit")) {
      c = c.withUnit(source(n.get("unit"), pointer + "/unit", false));
    }
    return c;
  }

  private static FieldSource source(JsonNode n, String pointer, boolean addressee) {
    if (n.isTextual()) {
      return build(pointer, () -> FieldSource.column(n.textValue()));
    }
    object(n, pointer);
    Set<String> keys = new LinkedHashSet<>(List.of("column", "columns", "separator", "template",
        "constant", "default", "required", "onError"));
    if (addressee) {
      keys.add("role");
    }
    known(n, pointer, keys);
    int kinds = (n.has("column") ? 1 : 0) + (n.has("columns") ? 1 : 0)
        + (n.has("template") ? 1 : 0) + (n.has("constant") ? 1 : 0);
    if (kinds != 1) {
      throw new RecordMappingException(pointer,
          "give exactly one of \"column\", \"columns\", \"template\" and \"constant\"");
    }
    if (n.has("separator") && !n.has("columns")) {
      throw new RecordMappingException(pointer + "/separator", "only with \"columns\"");
    }
    FieldSource s;
    if (n.has("column")) {
      String c = string(n.get("column"), pointer + "/column");
      s = build(pointer + "/column", () -> FieldSource.column(c));
    } else if (n.has("columns")) {
      JsonNode a = n.get("columns");
      if (!a.isArray() || a.isEmpty()) {
        throw new RecordMappingException(pointer + "/columns",
            "expected a non-empty array of column names, got " + type(a));
      }
      String[] cols = new String[a.size()];
      for (int i = 0; i < cols.length; i++) {
        cols[i] = string(a.get(i), pointer + "/columns/" + i);
      }
      String sep = n.has("separator") ? string(n.get("separator"), pointer + "/separator") : "";
      s = build(pointer + "/columns", () -> FieldSource.columns(sep, cols));
    } else if (n.has("template")) {
      String t = string(n.get("template"), pointer + "/template");
      s = build(pointer + "/template", () -> FieldSource.template(t));
    } else {
      String t = string(n.get("constant"), pointer + "/constant");
      s = build(pointer + "/constant", () -> FieldSource.constant(t));
    }
    if (n.has("default")) {
      String d = string(n.get("default"), pointer + "/default");
      if (Chars.strip(d).isEmpty()) {
        throw new RecordMappingException(pointer + "/default", "must not be blank");
      }
      s = s.withDefault(d);
    }
    if (n.has("required")) {
      JsonNode r = n.get("required");
      if (!r.isBoolean()) {
        throw new RecordMappingException(pointer + "/required", "expected true or false, got "
            + type(r));
      }
      if (r.booleanValue()) {
        s = s.asRequired();
      }
    }
    if (n.has("onError")) {
      String o = string(n.get("onError"), pointer + "/onError");
      try {
        s = s.onError(OnError.valueOf(o.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new RecordMappingException(pointer + "/onError",
            "expected \"reject\" or \"keep\", got \"" + o + "\"");
      }
    }
    if (n.has("role")) {
      String r = string(n.get("role"), pointer + "/role");
      AddresseeRole role;
      try {
        role = AddresseeRole.valueOf(r);
      } catch (IllegalArgumentException e) {
        role = AddresseeRole.fromChinese(r).orElseThrow(() -> new RecordMappingException(
            pointer + "/role", "unknown role \"" + r + "\" (代表, 委员, DEPUTY, MEMBER)"));
      }
      s = s.withRole(role);
    }
    return s;
  }

  private interface SourceMaker {
    FieldSource make();
  }

  private static FieldSource build(String pointer, SourceMaker maker) {
    try {
      return maker.make();
    } catch (IllegalArgumentException e) {
      throw new RecordMappingException(pointer, e.getMessage());
    }
  }

  private static void object(JsonNode n, String pointer) {
    if (!n.isObject()) {
      throw new RecordMappingException(pointer, "expected an object, got " + type(n));
    }
  }

  private static void known(JsonNode n, String pointer, Set<String> keys) {
    Iterator<String> names = n.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!keys.contains(k)) {
        throw new RecordMappingException(pointer + "/" + escape(k), "unknown property \"" + k
            + "\" (known: " + String.join(", ", keys) + ")");
      }
    }
  }

  private static String string(JsonNode n, String pointer) {
    if (!n.isTextual()) {
      throw new RecordMappingException(pointer, "expected a string, got " + type(n));
    }
    return n.textValue();
  }

  private static String type(JsonNode n) {
    switch (n.getNodeType()) {
      case ARRAY: return "an array";
      case OBJECT: return "an object";
      case NUMBER: return "a number";
      case BOOLEAN: return "a boolean";
      case NULL: return "null";
      case STRING: return "a string";
      default: return n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
  }

  /** Escapes a key for a JSON Pointer (RFC 6901): {@code ~} → {@code ~0}, {@code /} → {@code ~1}. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
