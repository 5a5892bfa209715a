package dev.govreply.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body (正文) of a reply, in document order: the opening (您提出的…收悉，现答复如下), context
 * paragraphs, the measures (一、二、三、), the commitments (下一步…), and the closing paragraphs
 * (感谢您…关心和支持 / 特此答复 / 此致 敬礼).
 *
 * <p>The founding example's body opens with 您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：,
 * gives two context paragraphs (营商环境是市场经济根植之土……), four measures
 * (一、打造“五张清单”，重构工作联动新机制。……), commitments (2024 年，平江将……; 一是……四是……) and closes
 * with three paragraphs ending 感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return a
 * changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class Body {

  Body() {}

  /**
   * A new, empty builder: {@code Body.builder().opening("您提出的……现答复如下：").addContext("……")
   * .build()}.
   *
   * @return a builder with nothing set; {@code build()} on it gives the empty body
   */
  public static Builder builder() {
    return ImmutableBody.builder();
  }

  /**
   * The opening sentence that cites the motion and announces the reply.
   *
   * @return the opening, e.g. 您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：; empty
   *     when the body starts without one
   */
  public abstract Optional<String> opening();

  /**
   * Paragraphs between the opening and the first measure: background and general statements.
   *
   * @return the paragraphs, e.g. [营商环境是市场经济根植之土……, 近年来，在省、市的坚强领导下……];
   *     unmodifiable
   */
  public abstract List<String> context();

  /**
   * The measures 一、二、三、 in document order.
   *
   * @return the measures, e.g. 一、打造“五张清单”，重构工作联动新机制。 first; unmodifiable
   */
  public abstract List<@Valid Measure> measures();

  /**
   * The commitments section (下一步 / 2024年，…将).
   *
   * @return the section, e.g. the one introduced by 2024 年，平江将持续深化贯彻落实……; empty when the
   *     reply has none
   */
  public abstract Optional<@Valid Commitments> commitments();

  /**
   * Closing paragraphs: thanks, 特此答复, 此致 / 敬礼, a satisfaction query.
   *
   * @return the paragraphs, e.g. [……, 感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。];
   *     unmodifiable
   */
  public abstract List<String> closing();

  /**
   * Whether the body has no text at all.
   *
   * @return true when there is no opening, context, measure, commitment or closing
   */
  public final boolean isEmpty() {
    return opening().isEmpty() && context().isEmpty() && measures().isEmpty()
        && commitments().isEmpty() && closing().isEmpty();
  }

  // ---- copies with one part changed ----

  /**
   * A copy with another opening.
   *
   * @param opening the opening sentence, e.g. 您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：
   * @return a body like this one with {@code opening}; this body when it already has it
   * @throws MalformedValueException when {@code opening} is blank
   */
  public abstract Body withOpening(String opening);

  /**
   * A copy with another opening, or without one.
   *
   * @param opening the opening sentence, or empty to remove it
   * @return a body like this one with {@code opening}; this body when it already has it
   * @throws MalformedValueException when {@code opening} is blank
   */
  public abstract Body withOpening(Optional<String> opening);

  /**
   * A copy with these context paragraphs instead of this body's.
   *
   * @param context the paragraphs in document order
   * @return a body like this one with {@code context}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Body withContext(String... context);

  /**
   * A copy with these context paragraphs instead of this body's.
   *
   * @param context the paragraphs in document order
   * @return a body like this one with {@code context}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Body withContext(Iterable<String> context);

  /**
   * A copy with these measures instead of this body's.
   *
   * @param measures the measures in document order
   * @return a body like this one with {@code measures}
   */
  public abstract Body withMeasures(Measure... measures);

  /**
   * A copy with these measures instead of this body's.
   *
   * @param measures the measures in document order
   * @return a body like this one with {@code measures}
   */
  public abstract Body withMeasures(Iterable<? extends Measure> measures);

  /**
   * A copy with another commitments section.
   *
   * @param commitments the section
   * @return a body like this one with {@code commitments}; this body when it already has it
   */
  public abstract Body withCommitments(Commitments commitments);

  /**
   * A copy with another commitments section, or without one.
   *
   * @param commitments the section, or empty to remove it
   * @return a body like this one with {@code commitments}; this body when it already has it
   */
  public abstract Body withCommitments(Optional<? extends Commitments> commitments);

  /**
   * A copy with these closing paragraphs instead of this body's.
   *
   * @param closing the paragraphs in document order, e.g. 特此答复。
   * @return a body like this one with {@code closing}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Body withClosing(String... closing);

  /**
   * A copy with these closing paragraphs instead of this body's.
   *
   * @param closing the paragraphs in document order
   * @return a body like this one with {@code closing}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Body withClosing(Iterable<String> closing);

  @Value.Check
  void check() {
    opening().ifPresent(o -> Checks.notBlank("body.opening", o));
    Checks.noBlankElements("body.context", context());
    Checks.noBlankElements("body.closing", closing());
  }

  /**
   * Builds {@link Body} values: get one from {@link Body#builder()}, add the parts in document
   * order, then call {@link #build()}. Every part may be left out.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the parts of {@code body} into this builder: its opening and commitments, when
     * present, replace this builder's; its paragraphs and measures are added after this
     * builder's.
     *
     * @param body the body to copy
     * @return this builder
     */
    public abstract Builder from(Body body);

    /**
     * Sets the opening sentence.
     *
     * @param opening the sentence, e.g. 您提出的《关于优化营商环境，政府部门先行的建议》已收悉。现答复如下：;
     *     must not be blank
     * @return this builder
     */
    public abstract Builder opening(String opening);

    /**
     * Sets or clears the opening sentence.
     *
     * @param opening the sentence, or empty when the body starts without one
     * @return this builder
     */
    public abstract Builder opening(Optional<String> opening);

    /**
     * Adds a context paragraph after those already added.
     *
     * @param context the paragraph, e.g. 营商环境是市场经济根植之土、市场主体活力之源……; must not be
     *     blank
     * @return this builder
     */
    public abstract Builder addContext(String context);

    /**
     * Adds context paragraphs after those already added.
     *
     * @param context the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder addContext(String... context);

    /**
     * Replaces the context paragraphs added so far.
     *
     * @param context the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder context(Iterable<String> context);

    /**
     * Adds context paragraphs after those already added.
     *
     * @param context the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder addAllContext(Iterable<String> context);

    /**
     * Adds a measure after those already added.
     *
     * @param measure the measure, e.g. {@code Measure.builder().ordinal(1)
     *     .heading("打造“五张清单”，重构工作联动新机制。").build()}
     * @return this builder
     */
    public abstract Builder addMeasure(Measure measure);

    /**
     * Adds measures after those already added.
     *
     * @param measures the measures in document order
     * @return this builder
     */
    public abstract Builder addMeasures(Measure... measures);

    /**
     * Replaces the measures added so far.
     *
     * @param measures the measures in document order
     * @return this builder
     */
    public abstract Builder measures(Iterable<? extends Measure> measures);

    /**
     * Adds measures after those already added.
     *
     * @param measures the measures in document order
     * @return this builder
     */
    public abstract Builder addAllMeasures(Iterable<? extends Measure> measures);

    /**
     * Sets the commitments section.
     *
     * @param commitments the section, e.g. {@code Commitments.builder()
     *     .addIntro("2024年，平江将持续深化贯彻落实《优化营商环境条例》……").build()}
     * @return this builder
     */
    public abstract Builder commitments(Commitments commitments);

    /**
     * Sets or clears the commitments section.
     *
     * @param commitments the section, or empty when the reply has none
     * @return this builder
     */
    public abstract Builder commitments(Optional<? extends Commitments> commitments);

    /**
     * Adds a closing paragraph after those already added.
     *
     * @param closing the paragraph, e.g. 感谢您对平江优化营商环境工作，乃至整个平江经济社会发展的关注。;
     *     must not be blank
     * @return this builder
     */
    public abstract Builder addClosing(String closing);

    /**
     * Adds closing paragraphs after those already added.
     *
     * @param closing the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder addClosing(String... closing);

    /**
     * Replaces the closing paragraphs added so far.
     *
     * @param closing the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder closing(Iterable<String> closing);

    /**
     * Adds closing paragraphs after those already added.
     *
     * @param closing the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder addAllClosing(Iterable<String> closing);

    /**
     * Builds the body, checking each part that was set.
     *
     * @return the body
     * @throws MalformedValueException when the opening, a context paragraph or a closing
     *     paragraph is blank; its {@link MalformedValueException#field() field} names it, e.g.
     *     {@code body.context[2]}
     */
    public abstract Body build();
  }
}
