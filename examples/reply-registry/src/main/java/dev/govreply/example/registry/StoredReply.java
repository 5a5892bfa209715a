package dev.govreply.example.registry;

import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Limits;
import dev.govreply.model.Reply;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A registered reply: the whole reply as its govreply/1 JSON, and the values the registry
 * searches by as columns of their own. No attribute names a converter: govreply's apply by type.
 */
@Entity
@Table(name = "registered_reply", indexes = {
    @Index(name = "registered_reply_issuer_year", columnList = "issuer, reply_year"),
    @Index(name = "registered_reply_document_number", columnList = "document_number")})
public class StoredReply {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Chars of the document number column; a longer one is refused before it reaches the database. */
  static final int DOCUMENT_NUMBER_CHARS = 64;
  /** Chars of the issuer column, the model's own limit ({@code @Size(max = 100)}). */
  static final int ISSUER_CHARS = 100;

  @Column(name = "document_number", length = DOCUMENT_NUMBER_CHARS)
  private DocumentNumber documentNumber;

  @Column(length = ISSUER_CHARS)
  private String issuer;

  @Column(name = "reply_year")
  private Integer year;

  // govreply/1 JSON is at most Limits.MAX_DOCUMENT_BYTES bytes: character varying(8388608) on
  // PostgreSQL, a clob on H2 (past its varchar limit); not @Lob, which PostgreSQL would make an
  // oid large object. A reply is an immutable value: Hibernate keeps it as it is for dirty
  // checking (equals) instead of copying it through JSON on every load and save.
  @Column(nullable = false, length = Limits.MAX_DOCUMENT_BYTES)
  @Mutability(Immutability.class)
  private Reply reply;

  protected StoredReply() {
  }

  /**
   * The reply's row.
   *
   * @throws Problems.Unstorable if its document number does not fit its column
   */
  StoredReply(Reply reply) {
    this.reply = reply;
    this.documentNumber = reply.documentNumber().orElse(null);
    if (documentNumber != null && documentNumber.toString().length() > DOCUMENT_NUMBER_CHARS) {
      throw new Problems.Unstorable("/documentNumber", documentNumber.toString().length(),
          DOCUMENT_NUMBER_CHARS);
    }
    this.issuer = reply.issuer().orElse(null);
    this.year = reply.date().map(d -> d.getYear()).orElse(null);
  }

  public Long id() {
    return id;
  }

  public Reply reply() {
    return reply;
  }
}
