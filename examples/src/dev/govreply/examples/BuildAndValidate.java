package dev.govreply.examples;

import dev.govreply.conformance.ReplyValidator;
import dev.govreply.model.Addressee;
import dev.govreply.model.AddresseeRole;
import dev.govreply.model.Body;
import dev.govreply.model.Contact;
import dev.govreply.model.ContactRole;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.MalformedValueException;
import dev.govreply.model.Motion;
import dev.govreply.model.MotionKind;
import dev.govreply.model.PhoneNumber;
import dev.govreply.model.Reply;

/**
 * Builds a reply with the builders and validates it. Parsing reads real-world forms
 * ({@code [2017]}, a padded serial) into canonical values, and a malformed value cannot be built
 * at all: it throws a {@link MalformedValueException} naming the field. A reply that can be built
 * but is clearly wrong (an issuer of 300 characters) is reported by
 * {@link ReplyValidator#shared()}.
 */
public final class BuildAndValidate {

  private BuildAndValidate() {}

  /** Runs the example. */
  public static void main(String[] args) {
    Reply reply = Reply.builder()
        .issuer("平江县交通运输局")
        .documentNumber(DocumentNumber.parse("平交复函[2017]019号"))
        .motion(Motion.builder().kind(MotionKind.SUGGESTION).number("82").build())
        .addressee(Addressee.builder().addName("李明").role(AddresseeRole.DEPUTY).build())
        .body(Body.builder().opening("您提出的《关于改善农村公路的建议》已收悉。现答复如下：").build())
        .addContact(Contact.of(ContactRole.HANDLER, "何勇", PhoneNumber.parse("0730-6222076")))
        .build();
    System.out.println("Built " + reply.documentNumber().orElseThrow()
        + ", violations: " + ReplyValidator.shared().check(reply));

    Reply glued = reply.toBuilder().issuer("平江县交通运输局".repeat(40)).build();
    ReplyValidator.shared().check(glued).forEach(v ->
        System.out.println("Violation: " + v.path() + " " + v.message()));

    try {
      DocumentNumber.parse("平交复函〔2017〕0号");
    } catch (MalformedValueException e) {
      System.out.println("Rejected: " + e.field() + " " + e.text() + ": " + e.reason());
    }
  }
}
