package dev.govreply.conformance;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One Bean Validation constraint violation in a simple, stable form: where it is, what the message
 * says, the offending value and which constraint was broken.
 *
 * <p>Example: a measure heading of 600 characters gives the path
 * {@code body.measures[0].heading}, the message {@code size must be between 0 and 500}, the heading
 * as invalid value and the constraint {@code Size}.
 *
 * <p>{@link ReplyValidator#check(Object)} returns violations sorted by {@link #ORDER}. Immutable
 * and thread-safe when the invalid value is; compare with {@code equals}.
 *
 * @param path the property path from the validated object, properties joined with {@code .}, list
 *     indexes and map keys in brackets: {@code issuer}, {@code copyTo[1]},
 *     {@code body.measures[2].points[0].heading}; empty when the violation concerns the object itself
 * @param message the interpolated message, in the validator's locale
 * @param invalidValue the value that broke the constraint; {@code null} when that value was null
 * @param constraint the simple name of the constraint annotation, e.g. {@code Size} or
 *     {@code ValidDocumentNumber}
 */
public record Violation(String path, String message, Object invalidValue, String constraint) {

  /**
   * The order of {@link ReplyValidator#check(Object)}: by path (list indexes compared as numbers,
   * so {@code measures[2]} comes before {@code measures[10]}), then constraint, then message, then
   * the invalid value's string form.
   */
  public static final Comparator<Violation> ORDER =
      Comparator.comparing((Violation v) -> PathOrder.sortKey(v.path()))
          .thenComparing(Violation::constraint)
          .thenComparing(Violation::message)
          .thenComparing(v -> String.valueOf(v.invalidValue()));

  /**
   * Checks the components.
   *
   * @param path the property path
   * @param message the interpolated message
   * @param invalidValue the offending value, or null
   * @param constraint the constraint annotation's simple name
   * @throws NullPointerException when {@code path}, {@code message} or {@code constraint} is null
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(constraint, "constraint");
  }

  /**
   * Converts a Bean Validation violation, e.g. one from your own {@link jakarta.validation.Validator}.
   *
   * @param violation the violation
   * @return the simple form of {@code violation}
   */
  public static Violation of(ConstraintViolation<?> violation) {
    return new Violation(
        path(violation.getPropertyPath()),
        violation.getMessage(),
        violation.getInvalidValue(),
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
  }

  /**
   * Renders a Bean Validation path as {@code body.measures[0].heading}: property names joined with
   * dots, indexes and keys in brackets; container element nodes ({@code <list element>},
   * {@code <optional element>}) contribute only their index or key.
   */
  static String path(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
        sb.append('[').append(at == null ? "" : at).append(']');
      }
      String name = node.getName();
      if (name != null && !name.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(name);
      }
    }
    return sb.toString();
  }
}
