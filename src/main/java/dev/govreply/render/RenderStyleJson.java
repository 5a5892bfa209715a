package dev.govreply.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link RenderStyle} as JSON, for a style kept in a file ({@code govreply render --style}).
 * Every property is optional and takes the standard's value ({@link RenderStyle#gbt9704()}) when
 * left out, so a file names only what it changes:
 *
 * <pre>{@code
 * {
 *   "body": {"families": ["FangSong", "STFangsong"], "points": 16},
 *   "page": {"top": 35},
 *   "contacts": false
 * }
 * }</pre>
 *
 * <p>The properties are those of {@link RenderStyle}: {@code page} (its {@code width},
 * {@code height}, {@code top}, {@code left}, {@code textWidth}, {@code textHeight} in mm,
 * {@code linesPerPage}, {@code charsPerLine}), the fonts {@code body}, {@code title},
 * {@code heading1}, {@code heading2}, {@code pageNumber} (each {@code families} and
 * {@code points}), and the switches {@code marks}, {@code contacts}, {@code notes},
 * {@code pageNumbers}. An unknown property, a value of the wrong type or a value the style
 * refuses is an {@link IllegalArgumentException} naming its JSON Pointer; malformed JSON names
 * its line and column. Thread-safe.
 */
public final class RenderStyleJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final List<String> FONTS =
      List.copyOf(RenderStyle.gbt9704().fonts().keySet());
  private static final List<String> SWITCHES = List.of("marks", "contacts", "notes",
      "pageNumbers");
  private static final List<String> PAGE = List.of("width", "height", "top", "left", "textWidth",
      "textHeight", "linesPerPage", "charsPerLine");

  private RenderStyleJson() {}

  /**
   * Reads a style.
   *
   * @param json the style's JSON, an object
   * @return the standard style with the properties the JSON gives
   * @throws IllegalArgumentException naming the JSON Pointer (or the line and column) of what is
   *     wrong
   */
  public static RenderStyle read(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
    ObjectNode o = object(root, "");
    known(o, "", concat(List.of("page"), FONTS, SWITCHES));
    RenderStyle s = RenderStyle.gbt9704();
    RenderStyle.Page page = o.has("page") ? page(object(o.get("page"), "/page"), s.page())
        : s.page();
    // in the order of RenderStyle.fonts(), which is the record's
    RenderStyle.Font[] fonts = s.fonts().values().toArray(RenderStyle.Font[]::new);
    for (int i = 0; i < FONTS.size(); i++) {
      String name = FONTS.get(i);
      if (o.has(name)) {
        fonts[i] = font(object(o.get(name), "/" + name), "/" + name, fonts[i]);
      }
    }
    boolean[] on = {s.marks(), s.contacts(), s.notes(), s.pageNumbers()};
    for (int i = 0; i < SWITCHES.size(); i++) {
      String name = SWITCHES.get(i);
      if (o.has(name)) {
        JsonNode v = o.get(name);
        if (!v.isBoolean()) {
          throw new IllegalArgumentException("/" + name + ": must be true or false, got " + v);
        }
        on[i] = v.booleanValue();
      }
    }
    return new RenderStyle(page, fonts[0], fonts[1], fonts[2], fonts[3], fonts[4], on[0], on[1],
        on[2], on[3]);
  }

  /**
   * Writes a style with all its properties, as {@link #read} reads it.
   *
   * @param style the style
   * @return indented JSON
   */
  public static String write(RenderStyle style) {
    ObjectNode o = MAPPER.createObjectNode();
    RenderStyle.Page p = style.page();
    ObjectNode page = o.putObject("page");
    page.put("width", p.width()).put("height", p.height()).put("top", p.top())
        .put("left", p.left()).put("textWidth", p.textWidth()).put("textHeight", p.textHeight())
        .put("linesPerPage", p.linesPerPage()).put("charsPerLine", p.charsPerLine());
    style.fonts().forEach((name, font) -> {
      ObjectNode f = o.putObject(name);
      ArrayNode families = f.putArray("families");
      font.families().forEach(families::add);
      f.put("points", font.points());
    });
    o.put("marks", style.marks()).put("contacts", style.contacts()).put("notes", style.notes())
        .put("pageNumbers", style.pageNumbers());
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain values always writes
    }
  }

  private static RenderStyle.Page page(ObjectNode o, RenderStyle.Page p) {
    known(o, "/page", PAGE);
    double[] mm = {p.width(), p.height(), p.top(), p.left(), p.textWidth(), p.textHeight()};
    for (int i = 0; i < 6; i++) {
      if (o.has(PAGE.get(i))) {
        mm[i] = number(o.get(PAGE.get(i)), "/page/" + PAGE.get(i));
      }
    }
    int lines = o.has("linesPerPage") ? whole(o.get("linesPerPage"), "/page/linesPerPage")
        : p.linesPerPage();
    int chars = o.has("charsPerLine") ? whole(o.get("charsPerLine"), "/page/charsPerLine")
        : p.charsPerLine();
    try {
      return new RenderStyle.Page(mm[0], mm[1], mm[2], mm[3], mm[4], mm[5], lines, chars);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("/page: " + e.getMessage(), e);
    }
  }

  private static RenderStyle.Font font(ObjectNode o, String at, RenderStyle.Font standard) {
    known(o, at, List.of("families", "points"));
    List<String> families = standard.families();
    if (o.has("families")) {
      JsonNode a = o.get("families");
      if (!a.isArray()) {
        throw new IllegalArgumentException(at + "/families: must be an array of names, got " + a);
      }
      families = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        if (!a.get(i).isTextual()) {
          throw new IllegalArgumentException(at + "/families/" + i + ": must be a name, got "
              + a.get(i));
        }
        families.add(a.get(i).textValue());
      }
    }
    double points = o.has("points") ? number(o.get("points"), at + "/points")
        : standard.points();
    try {
      return new RenderStyle.Font(families, points);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode object(JsonNode n, String at) {
    if (!(n instanceof ObjectNode o)) {
      throw new IllegalArgumentException((at.isEmpty() ? "the style" : at)
          + ": must be an object, got " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return o;
  }

  private static void known(ObjectNode o, String at, List<String> names) {
    Set<String> allowed = Set.copyOf(names);
    for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
      String name = it.next().getKey();
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(at + "/" + name + ": unknown property; known: "
            + String.join(", ", names));
      }
    }
  }

  private static double number(JsonNode n, String at) {
    if (!n.isNumber()) {
      throw new IllegalArgumentException(at + ": must be a number, got " + n);
    }
    if (!Double.isFinite(n.doubleValue())) {
      throw new IllegalArgumentException(at + ": must be a finite number");
    }
    return n.doubleValue();
  }

  private static int whole(JsonNode n, String at) {
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new IllegalArgumentException(at + ": must be a whole number, got " + n);
    }
    return n.intValue();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
