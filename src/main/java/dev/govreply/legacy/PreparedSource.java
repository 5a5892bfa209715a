package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import dev.govreply.legacy.RecordMapping.ContactColumns;
import dev.govreply.legacy.RecordMapping.Target;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A {@link FieldSource} of a mapping with what reading it needs worked out once, when the mapper is
 * built: the model path it fills, its label, its constant and default trimmed, its template parsed.
 * {@link #read} gives the source's text in one record. Immutable.
 */
final class PreparedSource {

  /**
   * A field of the mapping with its source prepared.
   *
   * @param target the field
   * @param source its source, whose path is the field's key
   */
  record Field(Target target, PreparedSource source) {

    /** The field {@code target}, read from {@code spec}. */
    static Field of(Target target, FieldSource spec) {
      return new Field(target, new PreparedSource(spec, target.key()));
    }
  }

  /**
   * A contact of the mapping with its sources prepared.
   *
   * @param path the contact's model path, {@code contacts[i]}
   * @param spec the contact's columns
   * @param name its name's source, path {@code contacts[i].name}
   * @param phone its phone's source, path {@code contacts[i].phone}; or null
   * @param unit its unit's source, path {@code contacts[i].unit}; or null
   */
  record Contact(String path, ContactColumns spec, PreparedSource name, PreparedSource phone,
      PreparedSource unit) {

    /** The contact at {@code index} of the mapping's contacts. */
    static Contact of(int index, ContactColumns spec) {
      String path = "contacts[" + index + "]";
      return new Contact(path, spec, new PreparedSource(spec.name(), path + ".name"),
          spec.phone().map(s -> new PreparedSource(s, path + ".phone")).orElse(null),
          spec.unit().map(s -> new PreparedSource(s, path + ".unit")).orElse(null));
    }
  }

  /** The source as the mapping states it. */
  final FieldSource spec;
  /** The model path the source fills, as findings and rejections name it: {@code date}. */
  final String path;
  /** {@code source.label()}: the column, or the columns joined with {@code +}. */
  final Optional<String> label;
  /** The label, or {@code constant}, as findings name the source. */
  final String column;
  /** The constant, trimmed; null for another source. */
  private final String constant;
  /** The template, or null. */
  private final Template template;
  /** The default, trimmed; null without one. */
  private final String fallback;

  PreparedSource(FieldSource source, String path) {
    this.spec = source;
    this.path = path;
    this.label = source.label();
    this.column = label.orElse("constant");
    this.constant = source.constant().map(Chars::strip).orElse(null);
    this.template = source.template().map(Template::parse).orElse(null);
    this.fallback = source.defaultValue().map(Chars::strip).orElse(null);
  }

  /** The reason a required source gives no value. */
  String emptyReason() {
    return "required, but " + label.map(c -> "column " + c + " is").orElse("it is") + " empty";
  }

  /**
   * The source's text in a record: the constant; the template filled (absent when one of its
   * cells is empty); the one column's cell; the non-empty cells of several columns joined with
   * the separator; else the default. Trimmed.
   *
   * @param record the record's values by column
   * @param repeated told of each template value written without template text it repeated, with
   *     this source's {@link #path}
   * @return the text, not empty; or null when the cells give none and there is no default
   * @throws NotText when a cell it reads has no text (an array, an object, a boolean, a number
   *     too long written out)
   */
  String read(Map<String, Object> record, BiConsumer<String, Template.Repeat> repeated) {
    String t = cells(record, repeated);
    return t == null ? fallback : t;
  }

  /**
   * The cell of a one-column source as the record holds it, for a value taken from the cell as
   * it is rather than from its text (a date of a map record): a date or number of a map or JSON
   * Lines record, the text of a CSV cell; null for a template, several columns or a constant.
   *
   * @param record the record's values by column
   * @return the cell's value, or null
   */
  Object cellValue(Map<String, Object> record) {
    return template == null && spec.columns().size() == 1 ? record.get(spec.columns().get(0))
        : null;
  }

  private String cells(Map<String, Object> record, BiConsumer<String, Template.Repeat> repeated) {
    if (constant != null) {
      return constant;
    }
    if (template != null) {
      String[] values = new String[template.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = cell(record, template.column(i));
        if (values[i].isEmpty()) {
          return null;
        }
      }
      String filled = template.fill(values, r -> repeated.accept(path, r));
      String t = filled == null ? "" : Chars.strip(filled);
      return t.isEmpty() ? null : t;
    }
    if (spec.columns().size() == 1) {
      String t = cell(record, spec.columns().get(0));
      return t.isEmpty() ? null : t;
    }
    StringBuilder sb = new StringBuilder();
    for (String c : spec.columns()) {
      String t = cell(record, c);
      if (!t.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(spec.separator());
        }
        sb.append(t);
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  /**
   * The text of a column's cell, trimmed; empty for an empty or missing cell.
   *
   * @throws NotText when the cell has no text (an array, an object, a boolean, a number too long
   *     written out)
   */
  private static String cell(Map<String, Object> record, String column) {
    Object value = record.get(column);
    String why = CellValues.noText(value);
    if (why != null) {
      throw new NotText(column, why);
    }
    String t = CellValues.text(value);
    return t == null ? "" : Chars.strip(t);
  }

  /**
   * A cell read for its text that has none ({@link CellValues#noText}): a JSON array, object or
   * boolean, which is never taken as its JSON text, or a number too long written out. The message
   * says why.
   */
  static final class NotText extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The cell's column. */
    final String column;

    NotText(String column, String why) {
      super(why, null, false, false);
      this.column = column;
    }
  }
}
