package dev.govreply.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value as a reply's {@linkplain Reply#extensions() extensions} hold it: an integrator's
 * own data (a legacy id, a workflow state) that the library keeps and writes back untouched.
 *
 * <p>Immutable and compared by value, and independent of any JSON library, so that an application
 * on Jackson 2, on Jackson 3 or on neither can read and build extensions without another
 * library's types. The six kinds are records, told apart with {@code instanceof}:
 *
 * <pre>{@code
 * Reply r = reply.withExtensions(Map.of("legacy",
 *     ExtensionValue.object(Map.of("ledgerId", ExtensionValue.of("PJ-2024-JY-241")))));
 * if (r.extensions().get("legacy") instanceof ExtensionValue.JsonObject o
 *     && o.get("ledgerId") instanceof ExtensionValue.JsonString id) {
 *   System.out.println(id.value()); // PJ-2024-JY-241
 * }
 * }</pre>
 *
 * <p>A number is held as a {@link BigDecimal}: every digit of the JSON text is kept, and {@link
 * JsonNumber#toString()} is the text the JSON writers print ({@link BigDecimal#toString()}, e.g.
 * {@code 5}, {@code 0.1}, {@code 1.25E+3}). Two numbers are equal when they are printed alike, so
 * {@code 1.0} and {@code 1.00} differ as {@link BigDecimal#equals} says. An object keeps its
 * members in insertion order, and is written in it; two objects with the same members are equal
 * whatever their order, as JSON has it.
 */
public sealed interface ExtensionValue {

  /**
   * A JSON string.
   *
   * @param value the string (a property name or text of any length; an unpaired surrogate is kept)
   * @return the value
   * @throws NullPointerException when {@code value} is null
   */
  static JsonString of(String value) {
    return new JsonString(value);
  }

  /**
   * A JSON {@code true} or {@code false}.
   *
   * @param value the boolean
   * @return the value
   */
  static JsonBoolean of(boolean value) {
    return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
  }

  /**
   * A JSON number of an integer.
   *
   * @param value the integer
   * @return the value, printed without fraction or exponent
   */
  static JsonNumber of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /**
   * A JSON number of a {@code double}, with the digits {@link Double#toString} gives it
   * ({@code 0.1} is {@code 0.1}, not the binary value's {@code 0.1000000000000000055…}; {@code
   * 1e20} is printed {@code 1.0E+20}, as {@link BigDecimal#valueOf(double)} makes it).
   *
   * @param value a finite double
   * @return the value
   * @throws IllegalArgumentException when {@code value} is NaN or infinite, which JSON cannot hold
   */
  static JsonNumber of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no number " + value);
    }
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /**
   * A JSON number of a {@code float}, with the digits {@link Float#toString} gives it ({@code 0.1f}
   * is {@code 0.1}, not the {@code double} it widens to, {@code 0.10000000149011612}).
   *
   * @param value a finite float
   * @return the value
   * @throws IllegalArgumentException when {@code value} is NaN or infinite, which JSON cannot hold
   */
  static JsonNumber of(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no number " + value);
    }
    return new JsonNumber(new BigDecimal(Float.toString(value)));
  }

  /**
   * A JSON number with every digit of {@code value}.
   *
   * @param value the number
   * @return the value
   * @throws NullPointerException when {@code value} is null
   */
  static JsonNumber of(BigDecimal value) {
    return new JsonNumber(value);
  }

  /**
   * JSON {@code null}.
   *
   * @return the null value
   */
  static JsonNull nullValue() {
    return JsonNull.INSTANCE;
  }

  /**
   * A JSON array of {@code elements}.
   *
   * @param elements the elements in order
   * @return the array
   * @throws NullPointerException when an element is null (use {@link #nullValue()})
   */
  static JsonArray array(ExtensionValue... elements) {
    return new JsonArray(List.of(elements));
  }

  /**
   * A JSON array of {@code elements}.
   *
   * @param elements the elements in order
   * @return the array
   * @throws NullPointerException when an element is null (use {@link #nullValue()})
   */
  static JsonArray array(List<? extends ExtensionValue> elements) {
    return new JsonArray(List.copyOf(elements));
  }

  /**
   * A JSON object of {@code members}, in the map's order of iteration.
   *
   * @param members the members by name
   * @return the object
   * @throws NullPointerException when a name or a value is null (use {@link #nullValue()})
   */
  static JsonObject object(Map<String, ? extends ExtensionValue> members) {
    return new JsonObject(Collections.unmodifiableMap(members));
  }

  /** A JSON string. */
  record JsonString(String value) implements ExtensionValue {
    /**
     * A JSON string.
     *
     * @param value the string
     * @throws NullPointerException when {@code value} is null
     */
    public JsonString {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A JSON number, with every digit it was written with. */
  record JsonNumber(BigDecimal value) implements ExtensionValue {
    /**
     * A JSON number.
     *
     * @param value the number
     * @throws NullPointerException when {@code value} is null
     */
    public JsonNumber {
      Objects.requireNonNull(value, "value");
      if (value.getClass() != BigDecimal.class) { // a subclass may change or print otherwise
        value = new BigDecimal(value.unscaledValue().toString()).scaleByPowerOfTen(-value.scale());
      }
    }

    /**
     * The number as JSON prints it ({@link BigDecimal#toString()}).
     *
     * @return e.g. {@code 241}, {@code 0.5}, {@code 1E+400}
     */
    @Override
    public String toString() {
      return value.toString();
    }
  }

  /** JSON {@code true} or {@code false}. */
  record JsonBoolean(boolean value) implements ExtensionValue {
    private static final JsonBoolean TRUE = new JsonBoolean(true);
    private static final JsonBoolean FALSE = new JsonBoolean(false);
  }

  /** JSON {@code null}: a value that is there and says nothing, unlike a missing member. */
  record JsonNull() implements ExtensionValue {
    private static final JsonNull INSTANCE = new JsonNull();

    @Override
    public String toString() {
      return "null";
    }
  }

  /** A JSON array. */
  record JsonArray(List<ExtensionValue> elements) implements ExtensionValue {
    /**
     * A JSON array.
     *
     * @param elements the elements in order; copied
     * @throws NullPointerException when an element is null (use {@link #nullValue()})
     */
    public JsonArray {
      elements = List.copyOf(elements);
    }

    /**
     * The element at {@code index}.
     *
     * @param index from 0
     * @return the element
     * @throws IndexOutOfBoundsException when there is none
     */
    public ExtensionValue get(int index) {
      return elements.get(index);
    }
  }

  /** A JSON object, its members in insertion order. */
  record JsonObject(Map<String, ExtensionValue> members) implements ExtensionValue {
    /**
     * A JSON object.
     *
     * @param members the members by name, in the map's order of iteration; copied
     * @throws NullPointerException when a name or a value is null (use {@link #nullValue()})
     */
    public JsonObject {
      Map<String, ExtensionValue> copy = new LinkedHashMap<>();
      members.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "member name"),
          Objects.requireNonNull(v, () -> "value of member " + k)));
      members = Collections.unmodifiableMap(copy);
    }

    /**
     * The value of member {@code name}.
     *
     * @param name the member's name
     * @return its value, or null when the object has no such member
     */
    public ExtensionValue get(String name) {
      return members.get(name);
    }
  }
}
