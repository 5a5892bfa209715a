package dev.govreply.json;

/**
 * A value of a {@link Shapes shape} that the format refuses, found by {@link ShapeRules}: the
 * reason and where, relative to the object whose shape it is. The Jackson line that read the
 * object adds the object's own place (its JSON Pointer and location).
 */
final class ShapeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String reason;
  private final boolean atName;

  /**
   * An error.
   *
   * @param pointer the JSON Pointer of the value within the object ({@code /ordinal},
   *     {@code /paragraphs/2}), empty for the object itself
   * @param reason what is wrong, in English
   * @param atName whether the error is about the property name ({@code unknown property}) rather
   *     than its value
   */
  ShapeException(String pointer, String reason, boolean atName, Throwable cause) {
    super(reason, cause, false, false);
    this.pointer = pointer;
    this.reason = reason;
    this.atName = atName;
  }

  ShapeException(String pointer, String reason) {
    this(pointer, reason, false, null);
  }

  /** The JSON Pointer of the value within its object; empty for the object itself. */
  String pointer() {
    return pointer;
  }

  /** What is wrong. */
  String reason() {
    return reason;
  }

  /** Whether the error is at the property's name rather than at its value. */
  boolean atName() {
    return atName;
  }
}
