package dev.govreply.legacy;

import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ContactRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A declarative mapping of legacy records — rows of a ledger (台账) exported as CSV, JSON Lines,
 * rows read through JDBC — into {@link dev.govreply.model.Reply} values: for each model field
 * ({@link Target}) where its value comes from ({@link Source}: a column, several columns joined, a
 * template over columns, or a constant), the contacts ({@link ContactColumns}: name, phone and unit
 * columns per role), and the columns to {@linkplain #ignore() ignore}. Every other column of a
 * record goes to the reply's {@code extensions}, so nothing is lost.
 *
 * <p>How each field's text is converted is fixed by the field: see {@link Target}. A mapping file
 * ({@link #fromJson(String)}) looks like this:
 *
 * <pre>{@code
 * {
 *   "format": "govreply-mapping/1",
 *   "fields": {
 *     "documentNumber": "文号",
 *     "resultClass": "类别",
 *     "disclosure": {"column": "公开属性", "default": "主动公开"},
 *     "addressee": {"column": "代表姓名", "role": "代表"},
 *     "motionKind": {"constant": "建议"},
 *     "motionNumber": {"column": "建议号", "required": true},
 *     "title": {"template": "{承办单位}对{届次}第{建议号}号建议的答复"},
 *     "notes": {"columns": ["备注", "附注"], "separator": "；"},
 *     "date": {"column": "答复日期", "required": true}
 *   },
 *   "contacts": [
 *     {"role": "RESPONSIBLE", "name": "承办负责人"},
 *     {"role": "HANDLER", "name": "承办人", "phone": {"column": "联系电话", "onError": "keep"}}
 *   ],
 *   "ignore": ["序号"]
 * }
 * }</pre>
 *
 * <p>A source is a string (a column name) or an object with exactly one of {@code column},
 * {@code columns} (joined with {@code separator}, default {@code ""}, empty cells skipped),
 * {@code template} ({@code {column}} placeholders; absent when a placeholder's cell is empty) and
 * {@code constant}; and optionally {@code default} (the text when the cells are empty),
 * {@code required} (an empty value rejects the record), {@code onError} ({@code reject}, the
 * default: a value that cannot be converted rejects the record; {@code keep}: the value goes to
 * {@code extensions} under its column name with a {@code GR-LEG-002} warning) and, for
 * {@code addressee} only, {@code role} (代表/委员 or DEPUTY/MEMBER, for cells that hold names
 * without a salutation). Reading is strict: unknown properties, duplicate keys, wrong types and
 * unknown fields are errors naming the JSON Pointer ({@link RecordMappingException}).
 *
 * <p>Or in code:
 *
 * <pre>{@code
 * RecordMapping mapping = RecordMapping.builder()
 *     .field(Target.DOCUMENT_NUMBER, Source.column("文号"))
 *     .field(Target.DATE, Source.column("答复日期").asRequired())
 *     .contact(ContactColumns.of(ContactRole.HANDLER, Source.column("承办人"))
 *         .withPhone(Source.column("联系电话")))
 *     .ignore("序号")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
public final class RecordMapping {

  /** The {@code format} of a mapping file. */
  public static final String FORMAT = "govreply-mapping/1";

  /**
   * The model fields a mapping can fill, with their key in a mapping file and their conversion.
   */
  public enum Target {
    /** 发文字号, read by {@code DocumentNumber.parse}; other brackets (GR-TXT-001) and a padded serial (GR-TXT-002) are warnings. */
    DOCUMENT_NUMBER("documentNumber"),
    /** 办理结果类别, read by {@code ResultClass.parse} (A, A2类, 乙类). */
    RESULT_CLASS("resultClass"),
    /** 公开属性, read by {@code Disclosure.fromMark} (同意公开, 依申请公开, 不予公开…) or as a code (PUBLIC). */
    DISCLOSURE("disclosure"),
    /** 发文机关, the text trimmed. */
    ISSUER("issuer"),
    /** 签发人, the name with blanks removed. */
    SIGNER("signer"),
    /** 标题, the text trimmed. */
    TITLE("title"),
    /** The kind of item answered: 建议, 提案, 议案 (or SUGGESTION, PROPOSAL, MOTION). */
    MOTION_KIND("motionKind"),
    /** The item's number without 第 and 号 (第241号 → 241; leading zeros kept). */
    MOTION_NUMBER("motionNumber"),
    /** The session (会议), read by {@code Session.parse}. */
    SESSION("session"),
    /** The item's title, without surrounding 《》 or quotes. */
    MOTION_TITLE("motionTitle"),
    /** 主送: a salutation (张亮代表, 童勋海等10位代表) or a name list (张亮、李明). */
    ADDRESSEE("addressee"),
    /** 正文: the text read through the text reader, of which the body is taken. */
    BODY("body"),
    /** 发文机关署名, the text trimmed. */
    SIGNATURE("signature"),
    /** 成文日期: 2021年7月6日, 2021-07-06, 2021/7/6, 20210706 or a spreadsheet serial (44383). */
    DATE("date"),
    /** 抄送, a list split on 、 ， , ; ；. */
    COPY_TO("copyTo"),
    /** 附注, a list split on 、 ， , ; ；. */
    NOTES("notes");

    private final String key;

    Target(String key) {
      this.key = key;
    }

    /** The key in a mapping file and the model path, e.g. {@code documentNumber}. */
    public String key() {
      return key;
    }

    /** The target with this key, or empty. */
    public static Optional<Target> fromKey(String key) {
      for (Target t : values()) {
        if (t.key.equals(key)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  /** What to do with a value that cannot be converted. */
  public enum OnError {
    /** Reject the record, naming the field (the default). */
    REJECT,
    /** Keep the value in {@code extensions} under its column name, with a warning. */
    KEEP
  }

  /**
   * Where a field's text comes from: exactly one of {@code columns} (one or more, joined with
   * {@code separator}), {@code template} (then {@code columns} are the columns it names) and
   * {@code constant}; with an optional default, the required flag, what to do on a conversion
   * error, and (addressee only) the role of plain names. Immutable; compare with {@code equals}.
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
  public record Source(List<String> columns, Optional<String> template, Optional<String> constant,
      String separator, Optional<String> defaultValue, boolean required, OnError onError,
      Optional<AddresseeRole> role) {

    /** Checks the invariants (see the record description). */
    public Source {
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
      if (constant.isPresent() && Converters.strip(constant.get()).isEmpty()) {
        throw new IllegalArgumentException("a constant must not be blank");
      }
    }

    /** The value of one column. */
    public static Source column(String column) {
      return new Source(List.of(column), Optional.empty(), Optional.empty(), "",
          Optional.empty(), false, OnError.REJECT, Optional.empty());
    }

    /** The values of several columns, joined with {@code separator}; empty cells are skipped. */
    public static Source columns(String separator, String... columns) {
      if (columns.length == 0) {
        throw new IllegalArgumentException("give at least one column");
      }
      return new Source(List.of(columns), Optional.empty(), Optional.empty(), separator,
          Optional.empty(), false, OnError.REJECT, Optional.empty());
    }

    /**
     * A template such as {@code {承办单位}对第{建议号}号建议的答复}: each {@code {column}} is replaced
     * by the column's text; the value is absent when any of them is empty. Braces cannot be
     * escaped.
     */
    public static Source template(String template) {
      return new Source(Template.parse(template).columns(), Optional.of(template), Optional.empty(), "",
          Optional.empty(), false, OnError.REJECT, Optional.empty());
    }

    /** The same text for every record. */
    public static Source constant(String text) {
      return new Source(List.of(), Optional.empty(), Optional.of(text), "", Optional.empty(),
          false, OnError.REJECT, Optional.empty());
    }

    /** This source with a default text, used when its columns give none. */
    public Source withDefault(String text) {
      return new Source(columns, template, constant, separator, Optional.of(text), required,
          onError, role);
    }

    /** This source, required: an empty value rejects the record. */
    public Source asRequired() {
      return new Source(columns, template, constant, separator, defaultValue, true, onError, role);
    }

    /** This source with another error policy. */
    public Source onError(OnError policy) {
      return new Source(columns, template, constant, separator, defaultValue, required, policy,
          role);
    }

    /** This source with the role of plain names (addressee only). */
    public Source withRole(AddresseeRole r) {
      return new Source(columns, template, constant, separator, defaultValue, required, onError,
          Optional.of(r));
    }

    /**
     * How the source is named in rejections: the column, the columns joined with {@code +}, or
     * empty for a constant.
     */
    public Optional<String> label() {
      if (columns.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(String.join("+", columns));
    }
  }

  /**
   * The columns of one contact (承办负责人 / 承办人) of the reply: role, name and optionally phone and
   * unit. A contact whose name is empty is left out; a phone or unit without a name rejects the
   * record. Immutable; compare with {@code equals}.
   *
   * @param role the role of the contact
   * @param name where the name comes from
   * @param phone where the phone number comes from, if anywhere
   * @param unit where the unit comes from, if anywhere
   */
  public record ContactColumns(ContactRole role, Source name, Optional<Source> phone,
      Optional<Source> unit) {

    /** Checks for nulls. */
    public ContactColumns {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(phone, "phone");
      Objects.requireNonNull(unit, "unit");
    }

    /** A contact with a name only. */
    public static ContactColumns of(ContactRole role, Source name) {
      return new ContactColumns(role, name, Optional.empty(), Optional.empty());
    }

    /** This contact with a phone source. */
    public ContactColumns withPhone(Source p) {
      return new ContactColumns(role, name, Optional.of(p), unit);
    }

    /** This contact with a unit source. */
    public ContactColumns withUnit(Source u) {
      return new ContactColumns(role, name, phone, Optional.of(u));
    }
  }

  private final Map<Target, Source> fields;
  private final List<ContactColumns> contacts;
  private final Set<String> ignore;
  private final Set<String> namedColumns;

  private RecordMapping(Map<Target, Source> fields, List<ContactColumns> contacts,
      Set<String> ignore) {
    EnumMap<Target, Source> f = new EnumMap<>(Target.class);
    f.putAll(fields);
    this.fields = Collections.unmodifiableMap(f);
    this.contacts = List.copyOf(contacts);
    this.ignore = Collections.unmodifiableSet(new LinkedHashSet<>(ignore));
    Set<String> named = new LinkedHashSet<>();
    f.values().forEach(s -> named.addAll(s.columns()));
    for (ContactColumns c : this.contacts) {
      named.addAll(c.name().columns());
      c.phone().ifPresent(s -> named.addAll(s.columns()));
      c.unit().ifPresent(s -> named.addAll(s.columns()));
    }
    this.namedColumns = Collections.unmodifiableSet(named);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The fields mapped and their sources, in {@link Target} order. */
  public Map<Target, Source> fields() {
    return fields;
  }

  /** The source of one field, or empty. */
  public Optional<Source> field(Target target) {
    return Optional.ofNullable(fields.get(target));
  }

  /** The contacts, in document order. */
  public List<ContactColumns> contacts() {
    return contacts;
  }

  /** Columns that are neither mapped nor kept in {@code extensions}. */
  public Set<String> ignore() {
    return ignore;
  }

  /** Every column the fields and contacts read, in mapping order. */
  public Set<String> namedColumns() {
    return namedColumns;
  }

  /**
   * Whether a column is left out of {@code extensions}: the mapping reads it or ignores it.
   *
   * @param column a column name
   * @return true when the column is named or ignored
   */
  public boolean consumes(String column) {
    return namedColumns.contains(column) || ignore.contains(column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordMapping && ((RecordMapping) o).fields.equals(fields)
        && ((RecordMapping) o).contacts.equals(contacts) && ((RecordMapping) o).ignore.equals(ignore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, contacts, ignore);
  }

  @Override
  public String toString() {
    return "RecordMapping" + fields.entrySet().stream()
        .map(e -> e.getKey().key() + "←" + e.getValue().label().orElse("(constant)"))
        .collect(Collectors.joining(", ", "[", "]")) + " contacts=" + contacts.size()
        + " ignore=" + ignore;
  }

  /** Builds {@link RecordMapping}s; not thread-safe. */
  public static final class Builder {
    private final Map<Target, Source> fields = new EnumMap<>(Target.class);
    private final List<ContactColumns> contacts = new ArrayList<>();
    private final Set<String> ignore = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Maps a field.
     *
     * @throws RecordMappingException when the field is mapped already, or a role is given for
     *     another field than the addressee
     */
    public Builder field(Target target, Source source) {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(source, "source");
      String pointer = "/fields/" + target.key();
      if (fields.containsKey(target)) {
        throw new RecordMappingException(pointer, "mapped twice");
      }
      if (source.role().isPresent() && target != Target.ADDRESSEE) {
        throw new RecordMappingException(pointer + "/role", "a role is for the addressee only");
      }
      fields.put(target, source);
      return this;
    }

    /** Adds a contact. */
    public Builder contact(ContactColumns contact) {
      contacts.add(Objects.requireNonNull(contact, "contact"));
      return this;
    }

    /** Ignores columns: they are neither mapped nor kept in {@code extensions}. */
    public Builder ignore(String... columns) {
      ignore.addAll(Arrays.asList(columns));
      return this;
    }

    /** The mapping. */
    public RecordMapping build() {
      return new RecordMapping(fields, contacts, ignore);
    }
  }

  /**
   * Reads a mapping file.
   *
   * @param file a UTF-8 JSON file
   * @return the mapping
   * @throws RecordMappingException when the file is not a valid mapping
   * @throws IOException when the file cannot be read
   */
  public static RecordMapping fromJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in);
    }
  }

  /**
   * Reads a mapping from a stream of UTF-8 JSON, which is read to its end and not closed.
   *
   * @throws RecordMappingException when the JSON is not a valid mapping
   * @throws IOException when the stream cannot be read
   */
  public static RecordMapping fromJson(InputStream in) throws IOException {
    return MappingFile.read(in);
  }

  /**
   * Reads a mapping from JSON text.
   *
   * @throws RecordMappingException when the JSON is not a valid mapping
   */
  public static RecordMapping fromJson(String json) {
    return MappingFile.read(json);
  }
}
