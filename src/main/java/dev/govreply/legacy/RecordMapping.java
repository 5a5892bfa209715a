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
 * template over columns, or a constant), the contacts ({@link ContactColumns}: name, phone and
 * unit columns per role), and the columns to {@linkplain #ignore() ignore}. Every other column of
 * a record goes to the reply's {@code extensions}, so nothing is lost.
 *
 * <h2>The mapping file</h2>
 *
 * <p>A mapping file ({@link #fromJson(Path)}) is a UTF-8 JSON object:
 *
 * <pre>{@code
 * {
 *   "format": "govreply-mapping/1",
 *   "description": "平江县交通运输局 建议办理台账",
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
 * <ul>
 *   <li>{@code format} (required): {@value #FORMAT}.
 *   <li>{@code description}: free text for people; not used.
 *   <li>{@code fields}: by field key ({@link Target#key()}: {@code documentNumber},
 *       {@code title} …), the source of the field's text. Each field at most once.
 *   <li>{@code contacts}: the contact block (承办负责人, 承办人, 联系电话), in document order; each an
 *       object with {@code role} ({@code RESPONSIBLE} or {@code HANDLER}, or 承办负责人, 承办人),
 *       {@code name} and optionally {@code phone} and {@code unit}, each a source. A contact whose
 *       name is empty is left out of the reply; a phone or unit without a name rejects the
 *       record.
 *   <li>{@code ignore}: columns that are neither mapped nor kept in {@code extensions} (e.g. a
 *       row number or the clerk who typed the row).
 * </ul>
 *
 * <p>At least one field or contact must be mapped. Column names are those of the input's header
 * as {@link RecordSource#columns()} gives them (an unnamed column is {@code column3}, a repeated
 * one {@code 备注#2}), or the keys of the JSON objects or maps.
 *
 * <h2>Sources</h2>
 *
 * <p>A source is a string (a column name) or an object with exactly one of
 *
 * <ul>
 *   <li>{@code column}: the cell's text, trimmed;
 *   <li>{@code columns}: several cells' texts joined with {@code separator} (default
 *       {@code ""}), empty cells skipped;
 *   <li>{@code template}: text with {@code {column}} placeholders (see below);
 *   <li>{@code constant}: the same text for every record;
 * </ul>
 *
 * <p>and optionally {@code default} (the text when the cells give none; not blank),
 * {@code required} ({@code true}: an empty value rejects the record), {@code onError}
 * ({@code reject}, the default: a value that cannot be converted rejects the record naming the
 * field, column, value and reason; {@code keep}: the value goes to {@code extensions} under its
 * column name with a {@link RecordMapper#KEPT GR-LEG-002} warning) and, for {@code addressee}
 * only, {@code role} (代表/委员 or DEPUTY/MEMBER: the role of cells that hold names without a
 * salutation). An empty or blank cell, a missing column and a JSON {@code null} all count as
 * empty; an empty value without a default leaves the field out of the reply.
 *
 * <h2>Templates</h2>
 *
 * <p>A template such as {@code {承办单位}对{届次}第{建议号}号建议的答复} is literal text with
 * {@code {column}} placeholders (braces cannot be escaped). Each placeholder is replaced by its
 * cell's trimmed text; when any of them is empty, the template gives no value (no partial title),
 * so the {@code default} applies. A value is written <b>without the text it repeats from the
 * template around its placeholder</b>, and each value so shortened is reported with an INFO
 * finding {@link RecordMapper#TEMPLATE_TEXT GR-LEG-004} (column, value, and the text repeated
 * before and after): the longest start of the value that ends the literal text before the
 * placeholder is dropped, then the longest end of the rest that begins the literal text after it.
 * A value that is nothing but such text counts as empty. So with the template above:
 *
 * <table class="striped">
 *   <caption>The cell 建议号 in {@code …第{建议号}号建议的答复}</caption>
 *   <thead><tr><th>cell<th>title<th>finding</thead>
 *   <tbody>
 *     <tr><td>{@code 0156}<td>{@code …第0156号建议的答复}<td>none
 *     <tr><td>{@code 第0156号}<td>{@code …第0156号建议的答复}<td>GR-LEG-004 (第 before, 号 after)
 *     <tr><td>{@code 第0156}<td>{@code …第0156号建议的答复}<td>GR-LEG-004 (第 before)
 *     <tr><td>{@code 0156号}<td>{@code …第0156号建议的答复}<td>GR-LEG-004 (号 after)
 *     <tr><td>{@code 号}<td>none: the value counts as empty<td>GR-LEG-004 (号 after)
 *   </tbody>
 * </table>
 *
 * <p>The rule is the same for every template and every field: {@code 对《{标题}》的答复} writes
 * the cell {@code 《关于…的建议》} as {@code 对《关于…的建议》的答复}, {@code 致{姓名}代表} writes
 * {@code 张亮代表} as {@code 致张亮代表}, and {@code 是否公开:{是否公开}} turns a 是/否 column into the
 * disclosure marks 是否公开:是 / 是否公开:否. Only the literal text right next to a placeholder
 * counts, compared character by character; the rule knows no meaning, so a value that happens to
 * end with the start of the text after it is shortened as well ({@code {姓名}名下} writes 李名 as
 * {@code 李名下}), which the finding shows.
 *
 * <h2>Conversions</h2>
 *
 * <p>How a field's text is converted is fixed by the field: see each {@link Target}. A value that
 * cannot be converted is handled by the source's {@code onError}. Columns the mapping does not
 * read or ignore go to {@code extensions}: text as JSON strings (a CSV cell is never guessed to be
 * a number: {@code 007} stays {@code "007"}), numbers and booleans of JSON Lines and maps as such;
 * empty cells are left out.
 *
 * <p>Reading is strict: unknown properties, duplicate keys, wrong types, unknown fields and roles,
 * and malformed templates are {@link RecordMappingException}s naming the JSON Pointer of the
 * offending value ({@code /fields/title/template: '{' without '}' at index 0}).
 *
 * <p>Or in code:
 *
 * <pre>{@code
 * RecordMapping mapping = RecordMapping.builder()
 *     .field(Target.DOCUMENT_NUMBER, Source.column("文号"))
 *     .field(Target.DATE, Source.column("答复日期").asRequired())
 *     .field(Target.TITLE, Source.template("{承办单位}对第{建议号}号建议的答复"))
 *     .contact(ContactColumns.of(ContactRole.HANDLER, Source.column("承办人"))
 *         .withPhone(Source.column("联系电话")))
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
     * The item's title, without surrounding 《》, “”, "", 「」 or ‘’; rejected when nothing is
     * left.
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
     * time after the date ignored (2021/7/6 0:00), or a spreadsheet serial date (44383, days
     * since 1899-12-30, up to 99999; an INFO finding {@code GR-LEG-001}); a date value of a map
     * or JDBC row is taken as it is.
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
   * Where a field's text comes from: exactly one of {@code columns} (one or more, joined with
   * {@code separator}), {@code template} (then {@code columns} are the columns it names) and
   * {@code constant}; with an optional default, the required flag, what to do on a conversion
   * error, and (addressee only) the role of plain names. See "Sources" and "Templates" in
   * {@link RecordMapping}. Build one with {@link #column}, {@link #columns}, {@link #template} or
   * {@link #constant} and the {@code with…} methods. Immutable; compare with {@code equals}.
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
    public static Source column(String column) {
      return new Source(List.of(column), Optional.empty(), Optional.empty(), "",
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
    public static Source columns(String separator, String... columns) {
      if (columns.length == 0) {
        throw new IllegalArgumentException("give at least one column");
      }
      return new Source(List.of(columns), Optional.empty(), Optional.empty(), separator,
          Optional.empty(), false, OnError.REJECT, Optional.empty());
    }

    /**
     * A template such as {@code {承办单位}对第{建议号}号建议的答复}: each {@code {column}} is replaced
     * by the column's trimmed text, written without the template text it repeats around its
     * placeholder (the cell 第0156号 gives 第0156号, reported as {@code GR-LEG-004}); the value is
     * absent when any of them is empty. Braces cannot be escaped. See "Templates" in
     * {@link RecordMapping}.
     *
     * @param template the template, naming at least one column
     * @return the source, whose columns are those the template names
     * @throws IllegalArgumentException naming the index of a stray '}', an unclosed '{', an
     *     empty or nested placeholder, or when no column is named
     */
    public static Source template(String template) {
      return new Source(Template.parse(template).columns(), Optional.of(template),
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
    public static Source constant(String text) {
      return new Source(List.of(), Optional.empty(), Optional.of(text), "", Optional.empty(),
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
    public Source withDefault(String text) {
      return new Source(columns, template, constant, separator, Optional.of(text), required,
          onError, role);
    }

    /**
     * This source, required: a record whose value is empty (and that has no default) is rejected
     * with {@code required, but column … is empty}.
     *
     * @return a source equal to this one but required
     */
    public Source asRequired() {
      return new Source(columns, template, constant, separator, defaultValue, true, onError, role);
    }

    /**
     * This source with another policy for values that cannot be converted.
     *
     * @param policy {@link OnError#REJECT} (the default) or {@link OnError#KEEP}
     * @return a source equal to this one but for the policy
     * @throws NullPointerException when {@code policy} is null
     */
    public Source onError(OnError policy) {
      return new Source(columns, template, constant, separator, defaultValue, required, policy,
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
    public Source withRole(AddresseeRole r) {
      return new Source(columns, template, constant, separator, defaultValue, required, onError,
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
  public record ContactColumns(ContactRole role, Source name, Optional<Source> phone,
      Optional<Source> unit) {

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
     * @param name where the name comes from, e.g. {@code Source.column("承办人")}
     * @return the contact's columns
     * @throws NullPointerException when an argument is null
     */
    public static ContactColumns of(ContactRole role, Source name) {
      return new ContactColumns(role, name, Optional.empty(), Optional.empty());
    }

    /**
     * This contact with a phone number.
     *
     * @param p where the phone number comes from, e.g. {@code Source.column("联系电话")}
     * @return a contact equal to this one but for the phone
     * @throws NullPointerException when {@code p} is null
     */
    public ContactColumns withPhone(Source p) {
      return new ContactColumns(role, name, Optional.of(p), unit);
    }

    /**
     * This contact with a unit.
     *
     * @param u where the unit comes from
     * @return a contact equal to this one but for the unit
     * @throws NullPointerException when {@code u} is null
     */
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
  public Map<Target, Source> fields() {
    return fields;
  }

  /**
   * The source of one field.
   *
   * @param target the field
   * @return its source, or empty when the mapping does not fill it
   */
  public Optional<Source> field(Target target) {
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
    return namedColumns.contains(column) || ignore.contains(column);
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
    private final Map<Target, Source> fields = new EnumMap<>(Target.class);
    private final List<ContactColumns> contacts = new ArrayList<>();
    private final Set<String> ignore = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Maps a field.
     *
     * @param target the field, e.g. {@link Target#DATE}
     * @param source where its text comes from, e.g. {@code Source.column("答复日期").asRequired()}
     * @return this builder
     * @throws RecordMappingException when the field is mapped already, or a role is given for
     *     another field than the addressee (the pointer names the field as a mapping file would,
     *     {@code /fields/date})
     * @throws NullPointerException when an argument is null
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
