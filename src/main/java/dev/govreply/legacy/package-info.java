/**
 * Legacy records: declarative mapping of old database rows, CSV exports and JSON Lines of the
 * ledgers (台账) that offices keep of their replies into {@link dev.govreply.model.Reply} values,
 * with every record accounted for.
 *
 * <ul>
 *   <li>{@link dev.govreply.legacy.RecordSource} reads records one at a time: CSV with a header
 *       row (charset detected), JSON Lines, or maps (JDBC rows); a record that cannot be read is
 *       still a record, with its problems, line, byte offset and raw text.
 *   <li>{@link dev.govreply.legacy.RecordMapping} says where each field comes from — a column,
 *       several columns, a template such as {@code {承办单位}对第{建议号}号建议的答复}, or a
 *       constant — and is read from a mapping file ({@code govreply-mapping/1}) or built in code.
 *   <li>{@link dev.govreply.legacy.RecordMapper} maps one record to a
 *       {@link dev.govreply.legacy.MappingResult}: the reply with its findings, or a rejection
 *       that lists every failing field with its column, value and reason. It never throws for bad
 *       input.
 *   <li>{@link dev.govreply.legacy.RecordImporter} runs a whole import, sequentially or on
 *       several threads with identical output, and returns an
 *       {@link dev.govreply.legacy.ImportSummary}: read = written + rejected, findings per rule,
 *       and the account of the input's lines.
 * </ul>
 *
 * <pre>{@code
 * RecordMapper mapper = RecordMapper.of(RecordMapping.fromJson(Path.of("ledger-mapping.json")));
 * try (RecordSource source = RecordSource.csv(Path.of("ledger-2021.csv"), null)) {
 *   ImportSummary s = RecordImporter.of(mapper).run(source, (result, unused) -> {
 *     if (result.isAccepted()) {
 *       store(result.reply().orElseThrow());
 *     } else {
 *       rejects.println(((MappingResult.Rejected) result).toJsonLine());
 *     }
 *   });
 *   System.err.print(s.toText());
 * }
 * }</pre>
 *
 * <p>The mapper's own findings: {@code GR-LEG-001} (INFO, a spreadsheet serial date),
 * {@code GR-LEG-002} (WARNING, a value kept in {@code extensions} by {@code "onError": "keep"}),
 * {@code GR-LEG-003} (WARNING, a body cell that held other parts of a reply) and
 * {@code GR-LEG-004} (INFO, a template value that held the template's own text around its
 * placeholder, written once); see {@link dev.govreply.legacy.RecordMapper}.
 *
 * <h2>Mapping files</h2>
 *
 * <h3>The mapping file</h3>
 *
 * <p>A mapping file ({@link dev.govreply.legacy.RecordMapping#fromJson(java.nio.file.Path)}) is a
 * UTF-8 JSON object:
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
 *   <li>{@code format} (required): {@value dev.govreply.legacy.RecordMapping#FORMAT}.
 *   <li>{@code description}: free text for people; not used.
 *   <li>{@code fields}: by field key ({@link dev.govreply.legacy.RecordMapping.Target#key()}:
 *       {@code documentNumber}, {@code title} …), the source of the field's text. Each field at
 *       most once.
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
 * as {@link dev.govreply.legacy.RecordSource#columns()} gives them (an unnamed column is
 * {@code column3}, a repeated one {@code 备注#2}), or the keys of the JSON objects or maps (an
 * empty key, or a null key of a map, is kept in {@code extensions} under the name of its position,
 * {@code column2}, or {@code column2#2} when the record has a {@code column2} too).
 *
 * <h3>Sources</h3>
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
 * column name with a {@link dev.govreply.legacy.RecordMapper#KEPT GR-LEG-002} warning) and, for
 * {@code addressee} only, {@code role} (代表/委员 or DEPUTY/MEMBER: the role of cells that hold names
 * without a salutation). An empty or blank cell, a missing column and a JSON {@code null} all count
 * as empty; an empty value without a default leaves the field out of the reply. A cell of a JSON
 * Lines record or a map that has no text — an array, an object, a boolean — is never read as its
 * JSON: a source that reads it rejects the record naming the field and the column
 * ({@code expected text, got an array}), whatever its {@code onError}; numbers are read as their
 * text, written out without an exponent (a number whose text would be longer than a cell may be,
 * such as {@code 1e-2000000000}, rejects the record likewise).
 *
 * <h3>Templates</h3>
 *
 * <p>A template such as {@code {承办单位}对{届次}第{建议号}号建议的答复} is literal text with
 * {@code {column}} placeholders (braces cannot be escaped). Each placeholder is replaced by its
 * cell's trimmed text; when any of them is empty, the template gives no value (no partial title),
 * so the {@code default} applies. A value is written <b>without the text it repeats from the
 * template around its placeholder</b>, and each value so shortened is reported with an INFO
 * finding {@link dev.govreply.legacy.RecordMapper#TEMPLATE_TEXT GR-LEG-004} (column, value, and
 * the text repeated before and after): the longest start of the value that ends the literal text
 * before the placeholder is dropped, then the longest end of the rest that begins the literal text
 * after it. A value that is nothing but such text counts as empty. So with the template above:
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
 * <h3>Conversions</h3>
 *
 * <p>How a field's text is converted is fixed by the field: see each
 * {@link dev.govreply.legacy.RecordMapping.Target}. A value that cannot be converted is handled
 * by the source's {@code onError}. Columns the mapping does not read or ignore go to
 * {@code extensions}: text as JSON strings (a CSV cell is never guessed to be a number: {@code 007} stays
 * {@code "007"}), numbers and booleans of JSON Lines and maps as such; empty cells are left out.
 *
 * <p>Reading is strict: unknown properties, duplicate keys, wrong types, unknown fields and roles,
 * and malformed templates are {@link dev.govreply.legacy.RecordMappingException}s naming the JSON
 * Pointer of the offending value ({@code /fields/title/template: '{' without '}' at index 0}).
 */
package dev.govreply.legacy;
