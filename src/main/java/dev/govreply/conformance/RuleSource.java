package dev.govreply.conformance;

/**
 * What a {@link Rule} rests on: a clause of a standard or regulation, or established practice.
 * The citations are to copies of the official texts listed in the project's DOMAIN.md; check the
 * official text before relying on a detail.
 */
public enum RuleSource {
  /** GB/T 9704-2012 §7.2.5: 发文字号 = 机关代字 + 〔年份〕 + 顺序号 + 号, no padding, no 第. */
  GBT_9704_7_2_5("GB/T 9704-2012 §7.2.5"),
  /** GB/T 9704-2012 §7.3.3: 正文 heading levels 一、（一）1.（1）, numbered in sequence. */
  GBT_9704_7_3_3("GB/T 9704-2012 §7.3.3"),
  /** 党政机关公文处理工作条例 (中办发〔2012〕14号) art. 9: the elements of an official document. */
  REGULATION_ART_9("党政机关公文处理工作条例 (2012) art. 9"),
  /** 国办发〔2014〕46号 and local rules such as 皖政办〔2015〕2号: replies are published. */
  DISCLOSURE_2014_46("国办发〔2014〕46号; 皖政办〔2015〕2号"),
  /** Local regulations implementing the 代表法: reply within 3 months, at most 6 with consent. */
  LOCAL_DEADLINE("local regulations on handling deputies' suggestions (reply within 3 months)"),
  /** A provincial regulation, art. 22: the reply is reviewed and signed by the body's leader. */
  LOCAL_SIGNING("provincial regulation on handling suggestions, art. 22 (leader signs)"),
  /** The library's Bean Validation constraints on the model. */
  BEAN_VALIDATION("govreply model constraints (Jakarta Bean Validation)"),
  /** Established practice of replies, not written in a standard. */
  PRACTICE("practice");

  private final String citation;

  RuleSource(String citation) {
    this.citation = citation;
  }

  /**
   * The citation as shown in reports and docs.
   *
   * @return e.g. {@code GB/T 9704-2012 §7.2.5}
   */
  public String citation() {
    return citation;
  }
}
