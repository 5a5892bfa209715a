/**
 * JPA attribute converters: the model's values as columns of an application's own entities.
 *
 * <p>Each small value is stored as its canonical string, the same text the {@code govreply/1} JSON
 * holds: {@link dev.govreply.jpa.DocumentNumberConverter} ({@code 平政字〔2024〕12号}),
 * {@link dev.govreply.jpa.PhoneNumberConverter}, {@link dev.govreply.jpa.ResultClassConverter}
 * ({@code A2}), {@link dev.govreply.jpa.SessionConverter}, and the enumerations by their codes
 * ({@link dev.govreply.jpa.DisclosureConverter}, {@link dev.govreply.jpa.MotionKindConverter},
 * {@link dev.govreply.jpa.AddresseeRoleConverter}, {@link dev.govreply.jpa.ContactRoleConverter}).
 * A whole {@link dev.govreply.model.Reply} is stored as its canonical {@code govreply/1} JSON by
 * {@link dev.govreply.jpa.ReplyJsonConverter}, for a JSON, CLOB or long text column; each row
 * keeps its format version, so rows written today stay readable as the format moves on.
 *
 * <p>Every converter is {@code autoApply}: once the provider knows it (list the converter classes
 * in the persistence unit, or in Spring Boot add {@code dev.govreply.jpa} to
 * {@code @EntityScan}), every attribute of its type uses it without {@code @Convert}.
 *
 * <pre>{@code
 * @Entity
 * class StoredReply {
 *   @Id @GeneratedValue Long id;
 *   DocumentNumber documentNumber;   // VARCHAR: 平政字〔2024〕12号
 *   Disclosure disclosure;           // VARCHAR: PUBLIC
 *   @Column(length = Limits.MAX_DOCUMENT_BYTES)
 *   Reply reply;                     // long text: {"format":"govreply/1",...}
 * }
 * }</pre>
 *
 * <p>Hibernate's generated schema puts a CHECK constraint listing the codes on each enum column,
 * so the database itself refuses an unknown code; a later govreply that adds a code needs those
 * constraints widened by the application's schema migration ({@code ddl-auto=update} leaves
 * existing constraints as they are).
 *
 * <p>A column holds what the converter wrote, but a database is shared: a value written by hand
 * or by another system may be malformed. Reading one throws {@link
 * dev.govreply.jpa.StoredValueException}, which names the value type, quotes the column value and
 * says what is wrong with it (the JPA provider wraps it in its own exception; it is the cause).
 * Nothing is guessed and nothing is dropped.
 *
 * <p>This package needs {@code jakarta.persistence:jakarta.persistence-api} (3.0 or later, an
 * optional dependency of govreply that every JPA provider brings). The converters are stateless
 * and thread-safe.
 */
package dev.govreply.jpa;
