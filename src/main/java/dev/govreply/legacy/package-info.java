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
 */
package dev.govreply.legacy;
