package dev.govreply.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An official reply (答复, also 复函, 答复函, 回复) of a government body to a people's congress
 * deputy's suggestion (建议) or motion (议案), or to a CPPCC member's proposal (提案).
 *
 * <p>The parts follow the elements of 党政机关公文处理工作条例 (2012) art. 9 as replies use them, in
 * GB/T 9704 order: issuer (发文机关), document number (发文字号) with result class (办理结果类别) and
 * disclosure (公开属性), title (标题), the motion answered, the addressee (主送), the {@link Body body}
 * (正文), signature (发文机关署名), date (成文日期), contacts (承办负责人 / 承办人), copy-to (抄送) and notes
 * (附注). Text that a reader could not place is kept in {@link #unrecognized()}, and integrators keep
 * their own data in {@link #extensions()}.
 *
 * <p>Nearly every part is optional: real replies lack blocks and must still load; a conformance
 * check reports what is missing. Build one with {@link #builder()}; the founding example
 * ({@code samples/00-pingjiang-xzf-jy241.txt}) starts so:
 *
 * <pre>{@code
 * Reply reply = Reply.builder()
 *     .issuer("平江县人民政府")
 *     .documentNumber(DocumentNumber.parse("平政字〔2024〕12号"))
 *     .resultClass(ResultClass.parse("A2"))
 *     .disclosure(Disclosure.PUBLIC)
 *     .motion(Motion.builder().kind(MotionKind.SUGGESTION).number("241").build())
 *     .addressee(Addressee.builder().addName("张亮").role(AddresseeRole.DEPUTY).build())
 *     .addContact(Contact.of(ContactRole.RESPONSIBLE, "朱远"))
 *     .build();
 * }</pre>
 *
 * <p>Change a part with a {@code with} method, which returns a new reply and leaves this one as it
 * is: {@code reply.withTitle("平江县人民政府对岳阳市九届人大四次会议第241号建议的答复")}. It checks the new
 * part as {@link Builder#build()} does. For several changes at once use {@link #toBuilder()}.
 *
 * <p>Immutable and thread-safe; compare with {@code equals} ("the same document"). Where a value
 * came from in a source text is not part of the value: readers report it beside the value.
 */
@Value.Immutable
public abstract class Reply {

  Reply() {}

  /**
   * A new, empty builder.
   *
   * @return a builder with no part set; {@code build()} on it gives a reply with an empty body
   */
  public static Builder builder() {
    return ImmutableReply.builder();
  }

  /**
   * A builder initialised with all parts of this reply, to make a modified copy.
   *
   * @return a new builder holding this reply's parts
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * 发文机关: the body that issues the reply, as printed in the header or the title.
   *
   * @return the issuer, e.g. 平江县人民政府; empty when the reply does not name it
   */
  public abstract Optional<@Size(max = 100) String> issuer();

  /**
   * 发文字号: the document number of the reply.
   *
   * @return the number, e.g. 平政字〔2024〕12号; empty when none is printed
   */
  public abstract Optional<DocumentNumber> documentNumber();

  /**
   * 签发人: the leader who signed the document for issue, as printed in the header.
   *
   * @return the signer's name, e.g. 张坤宏; empty when the header names none (as in most replies)
   */
  public abstract Optional<@Size(max = 50) String> signer();

  /**
   * 办理结果类别: how far the reply meets the item. The meaning of a class is defined by a profile.
   *
   * @return the class, e.g. A2 for {@code A2类}; empty when none is printed
   */
  public abstract Optional<ResultClass> resultClass();

  /**
   * 公开属性: whether the reply is published (同意公开 / 依申请公开 / 不予公开).
   *
   * @return the disclosure, e.g. {@link Disclosure#PUBLIC} for 同意公开; empty when not stated
   */
  public abstract Optional<Disclosure> disclosure();

  /**
   * 标题 as printed on one line. Spacing used for layout (答 复) is not part of the title.
   *
   * @return the title, e.g. 平江县人民政府对岳阳市九届人大四次会议第241号建议的答复; empty when none
   */
  public abstract Optional<@Size(max = 500) String> title();

  /**
   * The item answered: kind, session, number and title.
   *
   * @return the motion, e.g. suggestion 241 of 岳阳市九届人大四次会议; empty when not cited
   */
  public abstract Optional<@Valid Motion> motion();

  /**
   * 主送: the deputies or members addressed.
   *
   * @return the addressee, e.g. 张亮代表; empty when the reply has no salutation
   */
  public abstract Optional<@Valid Addressee> addressee();

  /**
   * 正文: opening, context, measures, commitments and closing.
   *
   * @return the body; an empty body ({@link Body#isEmpty()}) when the reply has none
   */
  @Valid
  @Value.Default
  public Body body() {
    return Body.builder().build();
  }

  /**
   * 发文机关署名: the signature as printed, which may be an abbreviation of the issuer.
   *
   * @return the signature, e.g. 平江县人民政府; empty when the reply is not signed (the founding
   *     example ends with its contacts)
   */
  public abstract Optional<@Size(max = 100) String> signature();

  /**
   * 成文日期: the date of the reply.
   *
   * @return the date, e.g. 2024-05-20 for 2024年5月20日; empty when none is printed
   */
  public abstract Optional<LocalDate> date();

  /**
   * The contact block: responsible officials (承办负责人) and handlers (承办人), in document order.
   *
   * @return the contacts, e.g. [朱远 (responsible), 何勇 0730-6222076 (handler)]; unmodifiable
   */
  public abstract List<@Valid Contact> contacts();

  /**
   * 抄送: bodies that receive a copy.
   *
   * @return the bodies, e.g. [省人大常委会办公厅, 省政府办公厅]; unmodifiable, empty when none
   */
  public abstract List<@Size(max = 100) String> copyTo();

  /**
   * 附注 and similar notes, as printed.
   *
   * @return the notes, e.g. [此件主动公开]; unmodifiable, empty when none
   */
  public abstract List<String> notes();

  /**
   * Input text a reader could not place in a field, with its line numbers and kind.
   *
   * @return the blocks in input order; unmodifiable, empty when the reader placed everything
   */
  public abstract List<UnrecognizedBlock> unrecognized();

  /** The extension values as stored; {@link #extensions()} is the public name. */
  abstract Map<String, ExtensionValue> extensionValues();

  /**
   * Integrators' own data (legacy ids, workflow state) as JSON values, in insertion order. The
   * library never interprets them; JSON round-trips them untouched.
   *
   * @return the values by key, e.g. {@code legacy → {"ledgerId":"PJ-2024-JY-241"}}; unmodifiable
   */
  public final Map<String, ExtensionValue> extensions() {
    return extensionValues();
  }

  // ---- copies with one part changed; each checks the new part as build() does ----

  /**
   * A copy with another issuer (发文机关).
   *
   * @param issuer the issuer as printed, e.g. 平江县人民政府
   * @return a reply like this one with {@code issuer}; this reply when it already has it
   * @throws MalformedValueException when {@code issuer} is blank
   */
  public abstract Reply withIssuer(String issuer);

  /**
   * A copy with another issuer, or without one.
   *
   * @param issuer the issuer, or empty to remove it
   * @return a reply like this one with {@code issuer}; this reply when it already has it
   * @throws MalformedValueException when {@code issuer} is blank
   */
  public abstract Reply withIssuer(Optional<String> issuer);

  /**
   * A copy with another document number (发文字号).
   *
   * @param documentNumber the number, e.g. {@code DocumentNumber.parse("平政字〔2024〕12号")}
   * @return a reply like this one with {@code documentNumber}; this reply when it already has it
   */
  public abstract Reply withDocumentNumber(DocumentNumber documentNumber);

  /**
   * A copy with another document number, or without one.
   *
   * @param documentNumber the number, or empty to remove it
   * @return a reply like this one with {@code documentNumber}; this reply when it already has it
   */
  public abstract Reply withDocumentNumber(Optional<? extends DocumentNumber> documentNumber);

  /**
   * A copy with another signer (签发人).
   *
   * @param signer the signer's name as printed, e.g. 张坤宏
   * @return a reply like this one with {@code signer}; this reply when it already has it
   * @throws MalformedValueException when {@code signer} is blank
   */
  public abstract Reply withSigner(String signer);

  /**
   * A copy with another signer, or without one.
   *
   * @param signer the signer's name, or empty to remove it
   * @return a reply like this one with {@code signer}; this reply when it already has it
   * @throws MalformedValueException when {@code signer} is blank
   */
  public abstract Reply withSigner(Optional<String> signer);

  /**
   * A copy with another result class (办理结果类别).
   *
   * @param resultClass the class, e.g. {@code ResultClass.parse("A2")}
   * @return a reply like this one with {@code resultClass}; this reply when it already has it
   */
  public abstract Reply withResultClass(ResultClass resultClass);

  /**
   * A copy with another result class, or without one.
   *
   * @param resultClass the class, or empty to remove it
   * @return a reply like this one with {@code resultClass}; this reply when it already has it
   */
  public abstract Reply withResultClass(Optional<? extends ResultClass> resultClass);

  /**
   * A copy with another disclosure (公开属性).
   *
   * @param disclosure the disclosure, e.g. {@link Disclosure#PUBLIC} for 同意公开
   * @return a reply like this one with {@code disclosure}; this reply when it already has it
   */
  public abstract Reply withDisclosure(Disclosure disclosure);

  /**
   * A copy with another disclosure, or without one.
   *
   * @param disclosure the disclosure, or empty to remove it
   * @return a reply like this one with {@code disclosure}; this reply when it already has it
   */
  public abstract Reply withDisclosure(Optional<? extends Disclosure> disclosure);

  /**
   * A copy with another title (标题).
   *
   * @param title the title on one line, e.g. 平江县人民政府对岳阳市九届人大四次会议第241号建议的答复
   * @return a reply like this one with {@code title}; this reply when it already has it
   * @throws MalformedValueException when {@code title} is blank
   */
  public abstract Reply withTitle(String title);

  /**
   * A copy with another title, or without one.
   *
   * @param title the title, or empty to remove it
   * @return a reply like this one with {@code title}; this reply when it already has it
   * @throws MalformedValueException when {@code title} is blank
   */
  public abstract Reply withTitle(Optional<String> title);

  /**
   * A copy answering another item.
   *
   * @param motion the item, e.g. suggestion 241 of 岳阳市九届人大四次会议
   * @return a reply like this one with {@code motion}; this reply when it already has it
   */
  public abstract Reply withMotion(Motion motion);

  /**
   * A copy answering another item, or citing none.
   *
   * @param motion the item, or empty to remove it
   * @return a reply like this one with {@code motion}; this reply when it already has it
   */
  public abstract Reply withMotion(Optional<? extends Motion> motion);

  /**
   * A copy with another addressee (主送).
   *
   * @param addressee the addressee, e.g. 张亮代表
   * @return a reply like this one with {@code addressee}; this reply when it already has it
   */
  public abstract Reply withAddressee(Addressee addressee);

  /**
   * A copy with another addressee, or without one.
   *
   * @param addressee the addressee, or empty to remove it
   * @return a reply like this one with {@code addressee}; this reply when it already has it
   */
  public abstract Reply withAddressee(Optional<? extends Addressee> addressee);

  /**
   * A copy with another body (正文).
   *
   * @param body the body; an empty body for none
   * @return a reply like this one with {@code body}; this reply when it already has it
   */
  public abstract Reply withBody(Body body);

  /**
   * A copy with another signature (发文机关署名).
   *
   * @param signature the signature as printed, e.g. 平江县人民政府
   * @return a reply like this one with {@code signature}; this reply when it already has it
   * @throws MalformedValueException when {@code signature} is blank
   */
  public abstract Reply withSignature(String signature);

  /**
   * A copy with another signature, or unsigned.
   *
   * @param signature the signature, or empty to remove it
   * @return a reply like this one with {@code signature}; this reply when it already has it
   * @throws MalformedValueException when {@code signature} is blank
   */
  public abstract Reply withSignature(Optional<String> signature);

  /**
   * A copy with another date (成文日期).
   *
   * @param date the date, e.g. {@code LocalDate.of(2024, 5, 20)}
   * @return a reply like this one with {@code date}; this reply when it already has it
   */
  public abstract Reply withDate(LocalDate date);

  /**
   * A copy with another date, or undated.
   *
   * @param date the date, or empty to remove it
   * @return a reply like this one with {@code date}; this reply when it already has it
   */
  public abstract Reply withDate(Optional<? extends LocalDate> date);

  /**
   * A copy with these contacts instead of this reply's.
   *
   * @param contacts the contacts in document order, e.g. 朱远 (responsible), 何勇 (handler)
   * @return a reply like this one with {@code contacts}
   */
  public abstract Reply withContacts(Contact... contacts);

  /**
   * A copy with these contacts instead of this reply's.
   *
   * @param contacts the contacts in document order; none for a reply without a contact block
   * @return a reply like this one with {@code contacts}
   */
  public abstract Reply withContacts(Iterable<? extends Contact> contacts);

  /**
   * A copy with these copy-to bodies (抄送) instead of this reply's.
   *
   * @param copyTo the bodies, e.g. 省人大常委会办公厅, 省政府办公厅
   * @return a reply like this one with {@code copyTo}
   * @throws MalformedValueException when one of them is blank
   */
  public abstract Reply withCopyTo(String... copyTo);

  /**
   * A copy with these copy-to bodies (抄送) instead of this reply's.
   *
   * @param copyTo the bodies; none for a reply without copies
   * @return a reply like this one with {@code copyTo}
   * @throws MalformedValueException when one of them is blank
   */
  public abstract Reply withCopyTo(Iterable<String> copyTo);

  /**
   * A copy with these notes (附注) instead of this reply's.
   *
   * @param notes the notes as printed, e.g. 此件主动公开
   * @return a reply like this one with {@code notes}
   * @throws MalformedValueException when one of them is blank
   */
  public abstract Reply withNotes(String... notes);

  /**
   * A copy with these notes (附注) instead of this reply's.
   *
   * @param notes the notes; none for a reply without notes
   * @return a reply like this one with {@code notes}
   * @throws MalformedValueException when one of them is blank
   */
  public abstract Reply withNotes(Iterable<String> notes);

  /**
   * A copy with these unrecognized blocks instead of this reply's.
   *
   * @param unrecognized the blocks in input order
   * @return a reply like this one with {@code unrecognized}
   */
  public abstract Reply withUnrecognized(UnrecognizedBlock... unrecognized);

  /**
   * A copy with these unrecognized blocks instead of this reply's.
   *
   * @param unrecognized the blocks in input order; none once everything is placed
   * @return a reply like this one with {@code unrecognized}
   */
  public abstract Reply withUnrecognized(Iterable<? extends UnrecognizedBlock> unrecognized);

  /**
   * A copy with these extension values instead of this reply's.
   *
   * @param extensions the integrator's values by key, in the order to keep, e.g. {@code legacy →
   *     {"ledgerId":"PJ-2024-JY-241"}}
   * @return a reply like this one with {@code extensions}
   * @throws MalformedValueException when a key is empty
   */
  public final Reply withExtensions(Map<String, ? extends ExtensionValue> extensions) {
    return toBuilder().extensions(extensions).build();
  }

  @Value.Check
  void check() {
    issuer().ifPresent(s -> Checks.notBlank("issuer", s));
    signer().ifPresent(s -> Checks.notBlank("signer", s));
    title().ifPresent(s -> Checks.notBlank("title", s));
    signature().ifPresent(s -> Checks.notBlank("signature", s));
    Checks.noBlankElements("copyTo", copyTo());
    Checks.noBlankElements("notes", notes());
    for (String key : extensionValues().keySet()) {
      Checks.withinLimit("extensions", key);
      if (key.isEmpty()) {
        throw new MalformedValueException("extensions", key, -1, "keys must not be empty");
      }
    }
  }

  /**
   * Builds {@link Reply} values: get one from {@link Reply#builder()} or {@link Reply#toBuilder()},
   * set the parts the document has (every setter is documented in {@link ReplyBuilder}), then call
   * {@link ReplyBuilder#build()}. Not thread-safe. The library implements this class; applications
   * cannot extend it.
   */
  public abstract static class Builder extends ReplyBuilder {
    Builder() {}
  }
}
