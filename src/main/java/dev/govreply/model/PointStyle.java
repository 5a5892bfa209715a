package dev.govreply.model;

/**
 * How a numbered item below a measure is marked in the text. GB/T 9704 heading levels are 一、
 * (measures), （一）, 1. and （1）; replies also use run-in points 一是、二是 inside a paragraph, and
 * commitments sections number their items 一、二、 as well.
 */
public enum PointStyle {
  /** Run-in points 一是、二是、三是 (the most common in replies). */
  RUN_IN,
  /** Second-level headings （一）（二）. */
  PARENTHESIZED,
  /** Third-level headings 1. 2. */
  ARABIC,
  /** Fourth-level headings （1）（2）. */
  PARENTHESIZED_ARABIC,
  /**
   * Items numbered like first-level headings 一、二、, as commitments sections often number their
   * undertakings.
   */
  ENUMERATED;

  /**
   * The marker for an ordinal in this style: 一是, （一）, 1., （1）.
   *
   * @param ordinal 1 or more
   * @return the marker text as the canonical layout writes it
   * @throws IllegalArgumentException if {@code ordinal} is below 1 or above 999
   */
  public String marker(int ordinal) {
    if (ordinal < 1 || ordinal > 999) {
      throw new IllegalArgumentException("ordinal must be 1 to 999, got " + ordinal);
    }
    switch (this) {
      case RUN_IN:
        return ChineseNumerals.format(ordinal) + "是";
      case PARENTHESIZED:
        return "（" + ChineseNumerals.format(ordinal) + "）";
      case ARABIC:
        return ordinal + ".";
      case PARENTHESIZED_ARABIC:
        return "（" + ordinal + "）";
      case ENUMERATED:
        return ChineseNumerals.format(ordinal) + "、";
      default:
        throw new AssertionError(this);
    }
  }
}
