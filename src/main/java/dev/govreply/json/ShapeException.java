package dev.govreply.json;

import java.util.List;

/**
 * A value of a {@link Shapes shape} that the format refuses, found by {@link ShapeRules}: the
 * reason and where, relative to the object whose shape it is. The Jackson line that read the
 * object adds the object's own place (its JSON Pointer and location).
 */
final class ShapeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Object> path;
  private final String reason;
  private final boolean atName;

  /**
   * An error.
   *
   * @param path the path of the value within the object: property names (strings) and array
   *     indexes (integers), {@code [paragraphs, 2]}; empty for the object itself
   * @param reason what is wrong, in English
   * @param atName whether the error is about the property name ({@code unknown property}) rather
   *     than its value
   */
  ShapeException(List<Object> path, String reason, boolean atName, Throwable cause) {
    super(reason, cause, false, false);
    this.path = List.copyOf(path);
    this.reason = reason;
    this.atName = atName;
  }

  ShapeException(List<Object> path, String reason) {
    this(path, reason, false, null);
  }

  /** The path of the value within its object; empty for the object itself. */
  List<Object> path() {
    return path;
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
