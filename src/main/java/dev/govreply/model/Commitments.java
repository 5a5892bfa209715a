package dev.govreply.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * The commitments section (下一步工作 / 下步打算 / 后段 / 2024年，…将): an introduction and the numbered
 * undertakings.
 *
 * <p>Example from the founding reply: the introduction {@code 2024 年，平江将持续深化贯彻落实……} followed
 * by four items 一是……四是…….
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return a
 * changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class Commitments {

  Commitments() {}

  /**
   * A new, empty builder: {@code Commitments.builder().addIntro("下一步，我局将……").build()}.
   *
   * @return a builder with nothing set; an introduction or an item must be added before
   *     {@code build()}
   */
  public static Builder builder() {
    return ImmutableCommitments.builder();
  }

  /**
   * Paragraphs that introduce the section (or make up all of it when it has no items). A section
   * has an introduction, items, or both: an empty section is malformed (leave it out instead).
   *
   * @return the paragraphs, e.g. [2024年，平江将持续深化贯彻落实《优化营商环境条例》……]; unmodifiable
   */
  public abstract List<String> intro();

  /**
   * The numbered undertakings, in document order.
   *
   * @return the items, e.g. 一是进一步创优优化营商环境工作机制。 first; unmodifiable
   */
  public abstract List<@Valid Commitment> items();

  // ---- copies with one part changed ----

  /**
   * A copy with this introduction instead of this section's.
   *
   * @param intro the paragraphs in document order
   * @return a section like this one with {@code intro}
   * @throws MalformedValueException when a paragraph is blank, or the section would be empty
   */
  public abstract Commitments withIntro(String... intro);

  /**
   * A copy with this introduction instead of this section's.
   *
   * @param intro the paragraphs in document order
   * @return a section like this one with {@code intro}
   * @throws MalformedValueException when a paragraph is blank, or the section would be empty
   */
  public abstract Commitments withIntro(Iterable<String> intro);

  /**
   * A copy with these items instead of this section's.
   *
   * @param items the undertakings in document order
   * @return a section like this one with {@code items}
   * @throws MalformedValueException when the section would be empty
   */
  public abstract Commitments withItems(Commitment... items);

  /**
   * A copy with these items instead of this section's.
   *
   * @param items the undertakings in document order
   * @return a section like this one with {@code items}
   * @throws MalformedValueException when the section would be empty
   */
  public abstract Commitments withItems(Iterable<? extends Commitment> items);

  @Value.Check
  void check() {
    Checks.noBlankElements("commitments.intro", intro());
    if (intro().isEmpty() && items().isEmpty()) {
      throw new MalformedValueException("commitments", "", -1,
          "must have an introduction or items; leave the section out instead");
    }
  }

  /**
   * Builds {@link Commitments} values: get one from {@link Commitments#builder()}, add the
   * introduction and the items in document order, then call {@link #build()}.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Adds the introduction and the items of {@code commitments} after this builder's.
     *
     * @param commitments the section to copy
     * @return this builder
     */
    public abstract Builder from(Commitments commitments);

    /**
     * Adds an introduction paragraph after those already added.
     *
     * @param intro the paragraph, e.g. 2024年，平江将持续深化贯彻落实《优化营商环境条例》……; must not be
     *     blank
     * @return this builder
     */
    public abstract Builder addIntro(String intro);

    /**
     * Adds introduction paragraphs after those already added.
     *
     * @param intro the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder addIntro(String... intro);

    /**
     * Replaces the introduction paragraphs added so far.
     *
     * @param intro the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder intro(Iterable<String> intro);

    /**
     * Adds introduction paragraphs after those already added.
     *
     * @param intro the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder addAllIntro(Iterable<String> intro);

    /**
     * Adds an undertaking after those already added.
     *
     * @param item the undertaking, e.g. {@code Commitment.builder().ordinal(1)
     *     .heading("进一步创优优化营商环境工作机制。").build()}
     * @return this builder
     */
    public abstract Builder addItem(Commitment item);

    /**
     * Adds undertakings after those already added.
     *
     * @param items the undertakings in document order
     * @return this builder
     */
    public abstract Builder addItems(Commitment... items);

    /**
     * Replaces the undertakings added so far.
     *
     * @param items the undertakings in document order
     * @return this builder
     */
    public abstract Builder items(Iterable<? extends Commitment> items);

    /**
     * Adds undertakings after those already added.
     *
     * @param items the undertakings in document order
     * @return this builder
     */
    public abstract Builder addAllItems(Iterable<? extends Commitment> items);

    /**
     * Builds the section, checking it.
     *
     * @return the commitments section
     * @throws MalformedValueException when it has neither an introduction nor items (field
     *     {@code commitments}), or an introduction paragraph is blank (e.g.
     *     {@code commitments.intro[0]})
     */
    public abstract Commitments build();
  }
}
