package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import dev.govreply.legacy.RecordMapping.OnError;
import dev.govreply.model.AddresseeRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a field's text comes from: exactly one of {@code columns} (one or more, joined with
 * {@code separator}), {@code template} (then {@code columns} are the columns it names) and
 * {@code constant}; with an optional default, the required flag, what to do on a conversion
 * error, and (addressee only) the role of plain names. See "Sources" and "Templates" in the
 * {@linkplain dev.govreply.legacy package overview}. Build one with {@link #column},
 * {@link #columns}, {@link #template} or {@link #constant} and the {@code with…} methods. Immutable; compare with {@code equals}.
 *
 * @param columns the columns read, in order; empty for a constant
 * @param template the template with {@code {column}} placeholders, if any
 * @param constant the constant text, if any
 * @param separator what joins several columns' texts
 * @param defaultValue the text when the columns give none
 * @param required whether an empty value rejects the record
 * @param onError what to do with a value that cannot be converted
 * @param role for the addressee: the role of a cell holding only names
 */
public record FieldSource(List<String> columns, Optional<String> template,
    Optional<String> constant, String separator, Optional<String> defaultValue, boolean required,
    OnError onError, Optional<AddresseeRole> role) {

  /**
   * Checks the invariants.
   *
   * @param columns the columns read, in order, none empty: one or more for a column source,
   *     exactly those the template names (each once, in order) for a template, none for a
   *     constant; copied
   * @param template the template, if the source is one
   * @param constant the constant text, if the source is one; not blank
   * @param separator what joins the texts of several columns, e.g. {@code "；"}; may be empty
   * @param defaultValue the text when the columns give none; not blank
   * @param required whether an empty value (and no default) rejects the record
   * @param onError what to do with a value that cannot be converted
   * @param role the role of a cell that holds only names; for the addressee only
   * @throws IllegalArgumentException when not exactly one of columns, template and constant is
   *     given, a column name is empty, the columns are not those of the template, the template
   *     is malformed, or the constant or default is blank
   * @throws NullPointerException when an argument is null
   */
  public FieldSource {
    columns = List.copyOf(columns);
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(constant, "constant");
    Objects.requireNonNull(separator, "separator");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(onError, "onError");
    Objects.requireNonNull(role, "role");
    int kinds = (template.isPresent() ? 1 : 0) + (constant.isPresent() ? 1 : 0)
        + (template.isEmpty() && !columns.isEmpty() ? 1 : 0);
    if (kinds != 1) {
      throw new IllegalArgumentException(
          "give exactly one of column, columns, template and constant");
    }
    for (String c : columns) {
      if (c.isEmpty()) {
        throw new IllegalArgumentException("a column name must not be empty");
      }
    }
    if (template.isPresent() && !columns.equals(Template.parse(template.get()).columns())) {
      throw new IllegalArgumentException("the columns of a template are those it names");
    }
    if (constant.isPresent() && Chars.strip(constant.get()).isEmpty()) {
      throw new IllegalArgumentException("a constant must not be blank");
    }
    if (defaultValue.isPresent() && Chars.strip(defaultValue.get()).isEmpty()) {
      throw new IllegalArgumentException("a default must not be blank");
    }
  }

  /**
   * The text of one column's cell, trimmed.
   *
   * @param column the column name, e.g. {@code 文号}; not empty
   * @return the source
   * @throws IllegalArgumentException when {@code column} is empty
   */
  public static FieldSource column(String column) {
    return new FieldSource(List.of(column), Optional.empty(), Optional.empty(), "",
        Optional.empty(), false, OnError.REJECT, Optional.empty());
  }

  /**
   * The texts of several columns' cells, trimmed and joined with {@code separator}; empty cells
   * are skipped, so {@code 备注} and {@code 附注} with only 附注 filled give 附注's text.
   *
   * @param separator what joins the texts, e.g. {@code "；"}; may be empty
   * @param columns the column names, at least one, none empty
   * @return the source
   * @throws IllegalArgumentException when no column is given or a name is empty
   */
  public static FieldSource columns(String separator, String... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("give at least one column");
    }
    return new FieldSource(List.of(columns), Optional.empty(), Optional.empty(), separator,
        Optional.empty(), false, OnError.REJECT, Optional.empty());
  }

  /**
   * A template such as {@code {承办单位}对第{建议号}号建议的答复}: each {@code {column}} is replaced
   * by the column's trimmed text, written without the template text it repeats around its
   * placeholder (the cell 第0156号 gives 第0156号, reported as {@code GR-LEG-004}); the value is
   * absent when any of them is empty. Braces cannot be escaped. See "Templates" in the
   * {@linkplain dev.govreply.legacy package overview}.
   *
   * @param template the template, naming at least one column
   * @return the source, whose columns are those the template names
   * @throws IllegalArgumentException naming the index of a stray '}', an unclosed '{', an
   *     empty or nested placeholder, or when no column is named
   */
  public static FieldSource template(String template) {
    return new FieldSource(Template.parse(template).columns(), Optional.of(template),
        Optional.empty(), "", Optional.empty(), false, OnError.REJECT, Optional.empty());
  }

  /**
   * The same text for every record, e.g. {@code 建议} for the motion kind of a ledger of
   * suggestions.
   *
   * @param text the text, converted as the field's values are; not blank
   * @return the source
   * @throws IllegalArgumentException when {@code text} is blank
   */
  public static FieldSource constant(String text) {
    return new FieldSource(List.of(), Optional.empty(), Optional.of(text), "", Optional.empty(),
        false, OnError.REJECT, Optional.empty());
  }

  /**
   * This source with a default text, used when its cells are empty (or its template gives no
   * value), and converted as a value would be.
   *
   * @param text the default, e.g. {@code 主动公开}; not blank
   * @return a source equal to this one but for the default
   * @throws IllegalArgumentException when {@code text} is blank
   */
  public FieldSource withDefault(String text) {
    return new FieldSource(columns, template, constant, separator, Optional.of(text), required,
        onError, role);
  }

  /**
   * This source, required: a record whose value is empty (and that has no default) is rejected
   * with {@code required, but column … is empty}.
   *
   * @return a source equal to this one but required
   */
  public FieldSource asRequired() {
    return new FieldSource(columns, template, constant, separator, defaultValue, true, onError,
        role);
  }

  /**
   * This source with another policy for values that cannot be converted.
   *
   * @param policy {@link OnError#REJECT} (the default) or {@link OnError#KEEP}
   * @return a source equal to this one but for the policy
   * @throws NullPointerException when {@code policy} is null
   */
  public FieldSource onError(OnError policy) {
    return new FieldSource(columns, template, constant, separator, defaultValue, required, policy,
        role);
  }

  /**
   * This source with the role of cells that hold only names (张亮、李明), for the addressee; a
   * salutation (张亮代表) names its role itself.
   *
   * @param r the role, e.g. {@link AddresseeRole#DEPUTY} for a column 代表姓名
   * @return a source equal to this one but for the role
   * @throws NullPointerException when {@code r} is null
   */
  public FieldSource withRole(AddresseeRole r) {
    return new FieldSource(columns, template, constant, separator, defaultValue, required, onError,
        Optional.of(r));
  }

  /**
   * How the source is named in rejections and findings.
   *
   * @return the column, the columns joined with {@code +} (also those of a template:
   *     {@code 承办单位+届次+建议号}), or empty for a constant
   */
  public Optional<String> label() {
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.join("+", columns));
  }
}
