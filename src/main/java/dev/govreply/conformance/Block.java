package dev.govreply.conformance;

/**
 * A block of a reply that a {@link Profile} can require. Each has a rule that reports its absence
 * ({@link #ruleId()}); the elements follow 党政机关公文处理工作条例 (2012) art. 9 as replies use them.
 */
public enum Block {
  /** 发文机关. */
  ISSUER("GR-REQ-001"),
  /** 发文字号. */
  DOCUMENT_NUMBER("GR-REQ-002"),
  /** 标题. */
  TITLE("GR-REQ-003"),
  /** The motion answered: its number or title. */
  MOTION("GR-REQ-004"),
  /** 主送. */
  ADDRESSEE("GR-REQ-005"),
  /** 正文, non-empty. */
  BODY("GR-REQ-006"),
  /** 发文机关署名. */
  SIGNATURE("GR-REQ-007"),
  /** 成文日期. */
  DATE("GR-REQ-008"),
  /** The contact block: at least one contact. */
  CONTACT("GR-REQ-009"),
  /** 办理结果类别. */
  RESULT_CLASS("GR-REQ-010"),
  /** 公开属性. */
  DISCLOSURE("GR-REQ-011"),
  /** 承办负责人 in the contact block (when there is one). */
  RESPONSIBLE_OFFICIAL("GR-CON-002"),
  /** 承办人 / 联系人 in the contact block (when there is one). */
  HANDLER("GR-CON-003"),
  /** A phone number in the contact block (when there is one). */
  CONTACT_PHONE("GR-CON-004");

  private final String ruleId;

  Block(String ruleId) {
    this.ruleId = ruleId;
  }

  /**
   * The rule that reports this block missing.
   *
   * @return the rule ID, e.g. {@code GR-REQ-008} for {@link #DATE}
   */
  public String ruleId() {
    return ruleId;
  }
}
