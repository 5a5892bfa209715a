package dev.govreply.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link Reply} values: get one from {@link Reply#builder()} or {@link Reply#toBuilder()},
 * set the parts the document has, then call {@link #build()}.
 *
 * <p>Every part may be left out. An optional part is set with its value or with an
 * {@code Optional} (empty to clear it); a list part is added to element by element
 * ({@code addContact}), several at once ({@code addContacts}, {@code addAllContacts}), or
 * replaced ({@code contacts}). No method accepts {@code null}: it throws a
 * {@link NullPointerException} naming the part. Whether the values are well-formed (no blank
 * title, say) is checked by {@link #build()}.
 *
 * <p>This class declares the setters of {@link Reply.Builder}, which is what
 * {@link Reply#builder()} returns; they live in a class of their own so that the reply and its
 * builder each stay one idea. Not thread-safe; build once, then share the immutable reply. The
 * library implements this class; applications cannot extend it.
 */
public abstract class ReplyBuilder {
  ReplyBuilder() {}


  /**
   * Copies the parts of {@code reply} into this builder: its present optional parts and its
   * body replace this builder's, its list elements and extension values are added to this
   * builder's.
   *
   * @param reply the reply to copy, e.g. one read from text, to correct a part of it
   * @return this builder
   */
  public abstract Reply.Builder from(Reply reply);

  /**
   * Sets the issuer (发文机关): the body that issues the reply, as printed in the header or the
   * title.
   *
   * @param issuer the issuer, e.g. 平江县人民政府; must not be blank; the validator's limit is
   *     100 characters
   * @return this builder
   */
  public abstract Reply.Builder issuer(String issuer);

  /**
   * Sets or clears the issuer (发文机关).
   *
   * @param issuer the issuer, or empty for a reply that does not name it
   * @return this builder
   */
  public abstract Reply.Builder issuer(Optional<String> issuer);

  /**
   * Sets the document number (发文字号).
   *
   * @param documentNumber the number, e.g. {@code DocumentNumber.parse("平政字〔2024〕12号")}
   * @return this builder
   */
  public abstract Reply.Builder documentNumber(DocumentNumber documentNumber);

  /**
   * Sets or clears the document number (发文字号).
   *
   * @param documentNumber the number, or empty when none is printed
   * @return this builder
   */
  public abstract Reply.Builder documentNumber(Optional<? extends DocumentNumber> documentNumber);

  /**
   * Sets the signer (签发人): the leader who signed the document for issue, as printed in the
   * header (the founding example has none).
   *
   * @param signer the signer's name, e.g. 张坤宏; must not be blank; the validator's limit is 50
   *     characters
   * @return this builder
   */
  public abstract Reply.Builder signer(String signer);

  /**
   * Sets or clears the signer (签发人).
   *
   * @param signer the signer's name, or empty when the header names none
   * @return this builder
   */
  public abstract Reply.Builder signer(Optional<String> signer);

  /**
   * Sets the result class (办理结果类别) printed beside the number.
   *
   * @param resultClass the class, e.g. {@code ResultClass.parse("A2")} for {@code A2类}
   * @return this builder
   */
  public abstract Reply.Builder resultClass(ResultClass resultClass);

  /**
   * Sets or clears the result class (办理结果类别).
   *
   * @param resultClass the class, or empty when none is printed
   * @return this builder
   */
  public abstract Reply.Builder resultClass(Optional<? extends ResultClass> resultClass);

  /**
   * Sets the disclosure (公开属性).
   *
   * @param disclosure the disclosure, e.g. {@link Disclosure#PUBLIC} for 同意公开
   * @return this builder
   */
  public abstract Reply.Builder disclosure(Disclosure disclosure);

  /**
   * Sets or clears the disclosure (公开属性).
   *
   * @param disclosure the disclosure, or empty when not stated
   * @return this builder
   */
  public abstract Reply.Builder disclosure(Optional<? extends Disclosure> disclosure);

  /**
   * Sets the title (标题) as printed on one line, without layout spacing (答 复 → 答复).
   *
   * @param title the title, e.g. 平江县人民政府对岳阳市九届人大四次会议第241号建议的答复; must not be
   *     blank; the validator's limit is 500 characters
   * @return this builder
   */
  public abstract Reply.Builder title(String title);

  /**
   * Sets or clears the title (标题).
   *
   * @param title the title, or empty when the reply has none
   * @return this builder
   */
  public abstract Reply.Builder title(Optional<String> title);

  /**
   * Sets the item answered.
   *
   * @param motion the item, e.g. {@code Motion.builder().kind(MotionKind.SUGGESTION)
   *     .session(Session.of("岳阳市九届人大四次会议")).number("241").build()}
   * @return this builder
   */
  public abstract Reply.Builder motion(Motion motion);

  /**
   * Sets or clears the item answered.
   *
   * @param motion the item, or empty when the reply cites none
   * @return this builder
   */
  public abstract Reply.Builder motion(Optional<? extends Motion> motion);

  /**
   * Sets the addressee (主送).
   *
   * @param addressee the addressee, e.g. {@code Addressee.builder().salutation("张亮代表")
   *     .addName("张亮").role(AddresseeRole.DEPUTY).build()}
   * @return this builder
   */
  public abstract Reply.Builder addressee(Addressee addressee);

  /**
   * Sets or clears the addressee (主送).
   *
   * @param addressee the addressee, or empty when the reply has no salutation
   * @return this builder
   */
  public abstract Reply.Builder addressee(Optional<? extends Addressee> addressee);

  /**
   * Sets the body (正文); without this call the reply has an empty body.
   *
   * @param body the body: opening, context, measures, commitments and closing
   * @return this builder
   */
  public abstract Reply.Builder body(Body body);

  /**
   * Sets the signature (发文机关署名) as printed, which may abbreviate the issuer.
   *
   * @param signature the signature, e.g. 平江县人民政府; must not be blank; the validator's limit
   *     is 100 characters
   * @return this builder
   */
  public abstract Reply.Builder signature(String signature);

  /**
   * Sets or clears the signature (发文机关署名).
   *
   * @param signature the signature, or empty when the reply is not signed
   * @return this builder
   */
  public abstract Reply.Builder signature(Optional<String> signature);

  /**
   * Sets the date (成文日期).
   *
   * @param date the date, e.g. {@code LocalDate.of(2024, 5, 20)} for 2024年5月20日
   * @return this builder
   */
  public abstract Reply.Builder date(LocalDate date);

  /**
   * Sets or clears the date (成文日期).
   *
   * @param date the date, or empty when none is printed
   * @return this builder
   */
  public abstract Reply.Builder date(Optional<? extends LocalDate> date);

  /**
   * Adds a contact after those already added (contacts keep document order).
   *
   * @param contact the contact, e.g. {@code Contact.of(ContactRole.RESPONSIBLE, "朱远")}
   * @return this builder
   */
  public abstract Reply.Builder addContact(Contact contact);

  /**
   * Adds contacts after those already added.
   *
   * @param contacts the contacts in document order, e.g. 朱远 (responsible), 何勇 (handler)
   * @return this builder
   */
  public abstract Reply.Builder addContacts(Contact... contacts);

  /**
   * Replaces the contacts added so far.
   *
   * @param contacts the contacts in document order
   * @return this builder
   */
  public abstract Reply.Builder contacts(Iterable<? extends Contact> contacts);

  /**
   * Adds contacts after those already added.
   *
   * @param contacts the contacts in document order
   * @return this builder
   */
  public abstract Reply.Builder addAllContacts(Iterable<? extends Contact> contacts);

  /**
   * Adds a body that receives a copy (抄送).
   *
   * @param copyTo the body, e.g. 省人大常委会办公厅; must not be blank
   * @return this builder
   */
  public abstract Reply.Builder addCopyTo(String copyTo);

  /**
   * Adds bodies that receive a copy (抄送).
   *
   * @param copyTo the bodies, e.g. 省人大常委会办公厅, 省政府办公厅; none may be blank
   * @return this builder
   */
  public abstract Reply.Builder addCopyTo(String... copyTo);

  /**
   * Replaces the copy-to bodies (抄送) added so far.
   *
   * @param copyTo the bodies; none may be blank
   * @return this builder
   */
  public abstract Reply.Builder copyTo(Iterable<String> copyTo);

  /**
   * Adds bodies that receive a copy (抄送).
   *
   * @param copyTo the bodies; none may be blank
   * @return this builder
   */
  public abstract Reply.Builder addAllCopyTo(Iterable<String> copyTo);

  /**
   * Adds a note (附注) as printed.
   *
   * @param note the note, e.g. 此件主动公开; must not be blank
   * @return this builder
   */
  public abstract Reply.Builder addNote(String note);

  /**
   * Adds notes (附注) as printed.
   *
   * @param notes the notes; none may be blank
   * @return this builder
   */
  public abstract Reply.Builder addNotes(String... notes);

  /**
   * Replaces the notes (附注) added so far.
   *
   * @param notes the notes; none may be blank
   * @return this builder
   */
  public abstract Reply.Builder notes(Iterable<String> notes);

  /**
   * Adds notes (附注) as printed.
   *
   * @param notes the notes; none may be blank
   * @return this builder
   */
  public abstract Reply.Builder addAllNotes(Iterable<String> notes);

  /**
   * Adds a block of input text that a reader could not place.
   *
   * @param block the block, e.g. the 索引号 / 公开方式 lines of a captured web page
   * @return this builder
   */
  public abstract Reply.Builder addUnrecognized(UnrecognizedBlock block);

  /**
   * Adds blocks of input text that a reader could not place.
   *
   * @param blocks the blocks in input order
   * @return this builder
   */
  public abstract Reply.Builder addUnrecognized(UnrecognizedBlock... blocks);

  /**
   * Replaces the unrecognized blocks added so far.
   *
   * @param blocks the blocks in input order
   * @return this builder
   */
  public abstract Reply.Builder unrecognized(Iterable<? extends UnrecognizedBlock> blocks);

  /**
   * Adds blocks of input text that a reader could not place.
   *
   * @param blocks the blocks in input order
   * @return this builder
   */
  public abstract Reply.Builder addAllUnrecognized(Iterable<? extends UnrecognizedBlock> blocks);

  /**
   * Adds an integrator's value under {@code key}, replacing one already under it.
   *
   * @param key the key, e.g. {@code legacy}; must not be empty
   * @param value the value, e.g. {@code {"ledgerId":"PJ-2024-JY-241","workflow":"办结"}}
   * @return this builder
   */
  public final Reply.Builder putExtension(String key, ExtensionValue value) {
    return putExtensionValue(key, value);
  }

  /**
   * Replaces all extension values with {@code values}.
   *
   * @param values the integrator's values by key, in the order to keep; no key may be empty
   * @return this builder
   */
  public final Reply.Builder extensions(Map<String, ? extends ExtensionValue> values) {
    return extensionValues(values);
  }

  /** Stores an extension value under the attribute's own name. */
  abstract Reply.Builder putExtensionValue(String key, ExtensionValue value);

  /** Replaces the extension values under the attribute's own name. */
  abstract Reply.Builder extensionValues(Map<String, ? extends ExtensionValue> values);

  /**
   * Builds the reply, checking each part that was set.
   *
   * @return the reply
   * @throws MalformedValueException when the issuer, signer, title or signature is blank, a
   *     copy-to body or a note is blank, or an extension key is empty; its
   *     {@link MalformedValueException#field() field} names the part, e.g. {@code title} or
   *     {@code notes[1]}
   */
  public abstract Reply build();
}
