package dev.govreply.legacy;

import dev.govreply.internal.Chars;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.ContactRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
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
 * ({@link Target}) where its value comes from ({@link FieldSource}: a column, several columns
 * joined, a template over columns, or a constant), the contacts ({@link ContactColumns}: name, phone and
 * unit columns per role), and the columns to {@linkplain #ignore() ignore}. Every other column of
 * a record goes to the reply's {@code extensions}, so nothing is lost.
 *
 * <p>A mapping is read from a mapping file ({@link #fromJson(Path)}, format {@value #FORMAT}),
 * which the {@linkplain dev.govreply.legacy package overview} describes — fields, sources,
 * templates, conversions — or built in code:
 *
 * <pre>{@code
 * RecordMapping mapping = RecordMapping.builder()
 *     .field(Target.DOCUMENT_NUMBER, FieldSource.column("文号"))
 *     .field(Target.DATE, FieldSource.column("答复日期").asRequired())
 *     .field(Target.TITLE, FieldSource.template("{承办单位}对第{建议号}号建议的答复"))
 *     .contact(ContactColumns.of(ContactRole.HANDLER, FieldSource.column("承办人"))
 *         .withPhone(FieldSource.column("联系电话")))
 *     .ignore("序号")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
public final class RecordMapping {

  /** The {@code format} of a mapping file: {@value}. */
  public static final String FORMAT = "govreply-mapping/1";

  /**
   * The model fields a mapping can fill, with their key in a mapping file and how their text is
   * converted. A text that cannot be converted is a {@code FieldError} naming the field, column,
   * value and reason (or, with {@code "onError": "keep"}, a {@code GR-LEG-002} warning).
   */
  public enum Target {
    /**
     * 发文字号, read by {@code DocumentNumber.parse} (平交复函〔2021〕19号); a year in other brackets
     * ([2017], 【2017】: {@code GR-TXT-001}) and a serial padded with 0 or preceded by 第
     * ({@code GR-TXT-002}) are warnings, with the canonical form as the fix.
     */
    DOCUMENT_NUMBER("documentNumber"),
    /** 办理结果类别, read by {@code ResultClass.parse}: A, A2, A类, 乙类 (甲/乙/丙 as A/B/C). */
    RESULT_CLASS("resultClass"),
    /**
     * 公开属性, read by {@code Disclosure.fromAttribute}: 公开, 主动公开, 同意公开, 同意对外公开, 公开发布,
     * 是否公开:是 (PUBLIC); 依申请公开 (ON_REQUEST); 不予公开, 不公开, 不同意公开, 是否公开:否 (NOT_PUBLIC);
     * also with a label or subject before them (公开属性：主动公开, 此件依申请公开), in brackets and in
     * traditional characters; or a code (PUBLIC, ON_REQUEST, NOT_PUBLIC). Anything else is
     * rejected with the list of accepted marks ({@code Disclosure.marks()}).
     */
    DISCLOSURE("disclosure"),
    /** 发文机关, the text trimmed (平江县交通运输局). */
    ISSUER("issuer"),
    /** 签发人, the name with blanks removed (朱 远 → 朱远). */
    SIGNER("signer"),
    /** 标题, the text trimmed; often a template. */
    TITLE("title"),
    /** The kind of item answered: 建议, 提案, 议案 (or SUGGESTION, PROPOSAL, MOTION). */
    MOTION_KIND("motionKind"),
    /**
     * The item's number without 第, 号 (or 號) and blanks: 第241号 → 241, 第 0156 号 → 0156 (leading
     * zeros kept), 温36; full-width digits read as ASCII. Digits after an optional prefix of
     * letters, else rejected.
     */
    MOTION_NUMBER("motionNumber"),
    /** The session (会议) the item was raised at, read by {@code Session.parse} (政协十届三次会议). */
    SESSION("session"),
    /**
     * The item's title, without surrounding 《》, “”, "", 「」 or ‘’ (a pair that encloses the whole
     * title: 《关于a》和《关于b》 keeps its marks); rejected when nothing is left.
     */
    MOTION_TITLE("motionTitle"),
    /**
     * 主送: a salutation (张亮代表, 尊敬的王爱珍代表：, 童勋海等10位代表, 马青、周丽等委员), or a name list
     * (张亮、李明; 张亮等) whose role is the source's {@code role}; rejected when no name is given.
     */
    ADDRESSEE("addressee"),
    /**
     * 正文: the text read through the text reader, of which the body (opening, measures, closing)
     * is taken, with the reader's body findings. When the cell also holds other parts of a reply
     * (a salutation, a signature, a date), only the body is taken and the whole text is kept in
     * {@code extensions} with a {@code GR-LEG-003} warning.
     */
    BODY("body"),
    /** 发文机关署名, the text trimmed. */
    SIGNATURE("signature"),
    /**
     * 成文日期: 2021年7月6日 (also 二〇二一年七月六日), 2021-07-06, 2021/7/6, 2021.7.6, 20210706, a
     * time after the date ignored (2021/7/6 0:00; one that is no time of day, 25:99, rejects), or
     * a spreadsheet serial date (44383, days since 1899-12-30, from 61 to 99999; an INFO finding
     * {@code GR-LEG-001}); four digits (2021, 2021.7) are a year, not a date, and reject; a date
     * value of a map or JDBC row is taken as it is.
     */
    DATE("date"),
    /** 抄送, a list split on 、 ， , ; ；, blanks inside each name removed. */
    COPY_TO("copyTo"),
    /** 附注, a list split on 、 ， , ; ；, blanks inside each item removed. */
    NOTES("notes");

    private final String key;

    Target(String key) {
      this.key = key;
    }

    /**
     * The field's key.
     *
     * @return the key in a mapping file, which is also the model path named in rejections, e.g.
     *     {@code documentNumber}
     */
    public String key() {
      return key;
    }

    /**
     * The target of a key of a mapping file.
     *
     * @param key a key such as {@code motionNumber}; case matters
     * @return the target with this key, or empty when there is none
     */
    public static Optional<Target> fromKey(String key) {
      for (Target t : values()) {
        if (t.key.equals(key)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * What to do with a value that cannot be converted: {@code "onError": "reject"} or
   * {@code "keep"} in a mapping file.
   */
  public enum OnError {
    /** Reject the record, naming the field, column, value and reason (the default). */
    REJECT,
    /**
     * Keep the value in {@code extensions} under its column name (several columns joined with
     * {@code +}), with a {@code GR-LEG-002} warning, and map the record without the field. A
     * constant, having no column, is rejected all the same.
     */
    KEEP
  }

  /**
   * The columns of one contact (承办负责人 / 承办人) of the reply: role, name and optionally phone
   * and unit. The name loses its blanks (朱 远 → 朱远), the phone is read by
   * {@code PhoneNumber.parse} (0730-6222076, 13912345678), the unit is trimmed. A contact whose
   * name is empty is left out; a phone or unit without a name rejects the record. Immutable;
   * compare with {@code equals}.
   *
   * @param role the role of the contact
   * @param name where the name comes from
   * @param phone where the phone number comes from, if anywhere
   * @param unit where the unit comes from, if anywhere
   */
  public record ContactColumns(ContactRole role, FieldSource name, Optional<FieldSource> phone,
      Optional<FieldSource> unit) {

    /**
     * Checks for nulls.
     *
     * @param role the role of the contact: {@code RESPONSIBLE} (承办负责人) or {@code HANDLER}
     *     (承办人)
     * @param name where the name comes from
     * @param phone where the phone number comes from; empty for none
     * @param unit where the unit (承办单位, 科室) comes from; empty for none
     * @throws NullPointerException when an argument is null
     */
    public ContactColumns {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(phone, "phone");
      Objects.requireNonNull(unit, "unit");
    }

    /**
     * A contact with a name only; add a phone and unit with {@link #withPhone} and
     * {@link #withUnit}.
     *
     * @param role the role of the contact
     * @param name where the name comes from, e.g. {@code FieldSource.column("承办人")}
     * @return the contact's columns
     * @throws NullPointerException when an argument is null
     */
    public static ContactColumns of(ContactRole role, FieldSource name) {
      return new ContactColumns(role, name, Optional.empty(), Optional.empty());
    }

    /**
     * This contact with a phone number.
     *
     * @param p where the phone number comes from, e.g. {@code FieldSource.column("联系电话")}
     * @return a contact equal to this one but for the phone
     * @throws NullPointerException when {@code p} is null
     */
    public ContactColumns withPhone(FieldSource p) {
      return new ContactColumns(role, name, Optional.of(p), unit);
    }

    /**
     * This contact with a unit.
     *
     * @param u where the unit comes from
     * @return a contact equal to this one but for the unit
     * @throws NullPointerException when {@code u} is null
     */
    public ContactColumns withUnit(FieldSource u) {
      return new ContactColumns(role, name, phone, Optional.of(u));
    }
  }

  private final Map<Target, FieldSource> fields;
  private final List<ContactColumns> contacts;
  private final Set<String> ignore;
  private final Set<String> namedColumns;
  /** The columns named or ignored: those left out of {@code extensions}. */
  private final Set<String> consumed;

  private RecordMapping(Map<Target, FieldSource> fields, List<ContactColumns> contacts,
      Set<String> ignore) {
    EnumMap<Target, FieldSource> f = new EnumMap<>(Target.class);
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
    Set<String> c = new HashSet<>(named);
    c.addAll(ignore);
    this.consumed = c;
  }

  /**
   * A builder, to write a mapping in code rather than read a mapping file.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fields this mapping fills.
   *
   * @return the fields mapped and their sources, in {@link Target} order; unmodifiable
   */
  public Map<Target, FieldSource> fields() {
    return fields;
  }

  /**
   * The source of one field.
   *
   * @param target the field
   * @return its source, or empty when the mapping does not fill it
   */
  public Optional<FieldSource> field(Target target) {
    return Optional.ofNullable(fields.get(target));
  }

  /**
   * The contacts this mapping fills.
   *
   * @return the contacts' columns, in document order (as the contact block lists them)
   */
  public List<ContactColumns> contacts() {
    return contacts;
  }

  /**
   * The columns this mapping drops.
   *
   * @return the columns that are neither mapped nor kept in {@code extensions}, in the order
   *     given
   */
  public Set<String> ignore() {
    return ignore;
  }

  /**
   * The columns this mapping reads.
   *
   * @return every column the fields and contacts read (template columns included), each once,
   *     in mapping order
   */
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
    return consumed.contains(column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordMapping && ((RecordMapping) o).fields.equals(fields)
        && ((RecordMapping) o).contacts.equals(contacts)
        && ((RecordMapping) o).ignore.equals(ignore);
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

  /** Builds {@link RecordMapping}s, field by field and contact by contact; not thread-safe. */
  public static final class Builder {
    private final Map<Target, FieldSource> fields = new EnumMap<>(Target.class);
    private final List<ContactColumns> contacts = new ArrayList<>();
    private final Set<String> ignore = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Maps a field.
     *
     * @param target the field, e.g. {@link Target#DATE}
     * @param source where its text comes from, e.g.
     *     {@code FieldSource.column("答复日期").asRequired()}
     * @return this builder
     * @throws RecordMappingException when the field is mapped already, or a role is given for
     *     another field than the addressee (the pointer names the field as a mapping file would,
     *     {@code /fields/date})
     * @throws NullPointerException when an argument is null
     */
    public Builder field(Target target, FieldSource source) {
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

    /**
     * Adds a contact after those added before.
     *
     * @param contact the contact's columns
     * @return this builder
     * @throws NullPointerException when {@code contact} is null
     */
    public Builder contact(ContactColumns contact) {
      contacts.add(Objects.requireNonNull(contact, "contact"));
      return this;
    }

    /**
     * Ignores columns: they are neither mapped nor kept in {@code extensions}.
     *
     * @param columns the column names, e.g. {@code 序号}, {@code 录入人}
     * @return this builder
     * @throws NullPointerException when a name is null
     */
    public Builder ignore(String... columns) {
      for (String c : columns) {
        ignore.add(Objects.requireNonNull(c, "column"));
      }
      return this;
    }

    /**
     * Builds the mapping; the builder can go on to build others.
     *
     * @return the mapping, with the fields, contacts and ignored columns given so far (a mapping
     *     file needs at least one field or contact; in code an empty mapping is allowed, and
     *     keeps every column in {@code extensions})
     */
    public RecordMapping build() {
      return new RecordMapping(fields, contacts, ignore);
    }
  }

  /**
   * Reads a mapping file (see "The mapping file" above).
   *
   * @param file a UTF-8 JSON file, e.g. {@code examples/legacy/ledger-mapping.json}
   * @return the mapping
   * @throws RecordMappingException when the file is not a valid mapping, naming the JSON Pointer
   *     of the offending value
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
   * @param in the mapping file's bytes
   * @return the mapping
   * @throws RecordMappingException when the JSON is not a valid mapping
   * @throws IOException when the stream cannot be read
   */
  public static RecordMapping fromJson(InputStream in) throws IOException {
    return MappingFile.read(in);
  }

  /**
   * Reads a mapping from JSON text.
   *
   * @param json the mapping file's text
   * @return the mapping
   * @throws RecordMappingException when the JSON is not a valid mapping, naming the JSON Pointer
   *     of the offending value
   */
  public static RecordMapping fromJson(String json) {
    return MappingFile.read(json);
  }
}
