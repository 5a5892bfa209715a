package dev.govreply.jpa;

import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Limits;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;
import dev.govreply.model.ResultClass;
import dev.govreply.model.Session;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * A registry's entity as an application would write it: the values it queries by as columns of
 * their own, the whole reply as JSON. No attribute names a converter: they all apply by type.
 */
@Entity
@Table(name = "registered_reply")
public class RegisteredReply {
  @Id
  @GeneratedValue
  Long id;
  @Column(name = "document_number")
  DocumentNumber documentNumber;
  @Column(name = "issuer")
  String issuer;
  @Column(name = "reply_year")
  Integer year;
  @Column(name = "result_class")
  ResultClass resultClass;
  @Column(name = "disclosure")
  Disclosure disclosure;
  @Column(name = "session")
  Session session;
  @Column(name = "motion_kind")
  MotionKind motionKind;
  @Column(name = "addressee_role")
  AddresseeRole addresseeRole;
  @Column(name = "contact_role")
  ContactRole contactRole;
  @Column(name = "contact_phone")
  PhoneNumber contactPhone;
  // the mapping ReplyJsonConverter's documentation recommends, converted by it through a
  // counter (a converter named here wins over the autoApply one)
  @Column(name = "reply", length = Limits.MAX_DOCUMENT_BYTES)
  @Mutability(Immutability.class)
  @Convert(converter = CountingReplyConverter.class)
  Reply reply;

  protected RegisteredReply() {
  }

  RegisteredReply(Reply reply) {
    this.reply = reply;
    documentNumber = reply.documentNumber().orElse(null);
    issuer = reply.issuer().orElse(null);
    year = reply.date().map(d -> d.getYear()).orElse(null);
    resultClass = reply.resultClass().orElse(null);
    disclosure = reply.disclosure().orElse(null);
    session = reply.motion().flatMap(Motion::session).orElse(null);
    motionKind = reply.motion().flatMap(Motion::kind).orElse(null);
    addresseeRole = reply.addressee().flatMap(a -> a.role()).orElse(null);
    contactRole = reply.contacts().stream().findFirst().map(Contact::role).orElse(null);
    contactPhone = reply.contacts().stream().flatMap(c -> c.phone().stream()).findFirst()
        .orElse(null);
  }
}
