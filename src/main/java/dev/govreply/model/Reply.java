package dev.govreply.model;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * check reports what is missing. Build one with {@link #builder()}:
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
 * <p>Immutable and thread-safe; compare with {@code equals} ("the same document"). Where a value
 * came from in a source text is not part of the value: readers report it beside the value.
 */
@Value.Immutable
public abstract class Reply {

  Reply() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with all parts of this reply, to make a modified copy. */
  public final Builder toBuilder() {
    Builder b = builder();
    b.from(this);
    return b;
  }

  /** 发文机关: the body that issues the reply, e.g. 平江县人民政府. */
  public abstract Optional<@Size(max = 100) String> issuer();

  /** 发文字号: e.g. 平政字〔2024〕12号. */
  public abstract Optional<DocumentNumber> documentNumber();

  /** 签发人: the leader who signed the document for issue, as printed in the header (张坤宏). */
  public abstract Optional<@Size(max = 50) String> signer();

  /** 办理结果类别: e.g. A2 in {@code A2类}. The meaning of a class is defined by a profile. */
  public abstract Optional<ResultClass> resultClass();

  /** 公开属性: whether the reply is published (同意公开 / 依申请公开 / 不予公开). */
  public abstract Optional<Disclosure> disclosure();

  /**
   * 标题 as printed on one line, e.g. 平江县人民政府对岳阳市九届人大四次会议第241号建议的答复. Spacing used for
   * layout (答 复) is not part of the title.
   */
  public abstract Optional<@Size(max = 500) String> title();

  /** The item answered: kind, session, number and title. */
  public abstract Optional<@Valid Motion> motion();

  /** 主送: the deputies or members addressed. */
  public abstract Optional<@Valid Addressee> addressee();

  /** 正文: opening, context, measures, commitments and closing. Empty when the reply has no body. */
  @Valid
  @Value.Default
  public Body body() {
    return Body.builder().build();
  }

  /** 发文机关署名: the signature as printed, which may be an abbreviation of the issuer. */
  public abstract Optional<@Size(max = 100) String> signature();

  /** 成文日期: the date of the reply. */
  public abstract Optional<LocalDate> date();

  /** The contact block: responsible officials and handlers, in document order. */
  public abstract List<@Valid Contact> contacts();

  /** 抄送: bodies that receive a copy, e.g. 省人大常委会办公厅. */
  public abstract List<@Size(max = 100) String> copyTo();

  /** 附注 and similar notes, e.g. 此件主动公开, 传真: 0571-…, as printed. */
  public abstract List<String> notes();

  /** Input text a reader could not place in a field, with its line numbers and kind. */
  public abstract List<UnrecognizedBlock> unrecognized();

  /**
   * The stored extension values, frozen: {@link ExtensionValue} is package-private, so callers only
   * ever see copies of the (mutable) Jackson nodes.
   */
  abstract Map<String, ExtensionValue> extensionValues();

  /**
   * Integrators' own data (legacy ids, workflow state) as JSON values, in insertion order. The
   * library never interprets them; JSON round-trips them untouched. The returned nodes are copies:
   * changing them does not change this reply.
   */
  public final Map<String, JsonNode> extensions() {
    Map<String, ExtensionValue> values = extensionValues();
    if (values.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v.copy()));
    return Collections.unmodifiableMap(copy);
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
   * Builds {@link Reply} values. Not thread-safe; build once, then share the immutable reply.
   */
  public static final class Builder extends ImmutableReply.Builder {
    Builder() {}

    /**
     * Adds an integrator's value under {@code key}; the node is copied, so later changes to it do
     * not reach the reply.
     */
    public Builder putExtension(String key, JsonNode value) {
      putExtensionValue(key, new ExtensionValue(value));
      return this;
    }

    /** Replaces all extension values with copies of {@code values}. */
    public Builder extensions(Map<String, ? extends JsonNode> values) {
      Map<String, ExtensionValue> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> copy.put(k, new ExtensionValue(v)));
      extensionValues(copy);
      return this;
    }
  }
}
