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

  @Column(name = "document_number", length = 64)
  private DocumentNumber documentNumber;

  @Column(length = 100)
  private String issuer;

  @Column(name = "reply_year")
  private Integer year;

  // a long character column, not @Lob (a @Lob String is an oid large object on PostgreSQL);
  // govreply/1 JSON is at most Limits.MAX_DOCUMENT_BYTES bytes
  @Column(nullable = false, length = Limits.MAX_DOCUMENT_BYTES)
  private Reply reply;

  protected StoredReply() {
  }

  StoredReply(Reply reply) {
    this.reply = reply;
    this.documentNumber = reply.documentNumber().orElse(null);
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
