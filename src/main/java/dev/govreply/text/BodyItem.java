package dev.govreply.text;

import dev.govreply.model.Commitment;
import dev.govreply.model.Measure;
import dev.govreply.model.Point;
import dev.govreply.model.PointStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure, a point or a commitment item while the body reader builds it: its number, how it
 * is numbered, the model path its text goes to, its heading, paragraphs and points.
 */
final class BodyItem {
  /** The number, at least 1. */
  final int ordinal;
  /** How the item is numbered; null for a measure. */
  final PointStyle style;
  /** The model path of the item ({@code body.measures[0]}, {@code ….points[1]}). */
  final String path;
  /** The heading (the first sentence after the number), or null. */
  String heading;
  /** How the points of this item are numbered, once the first is read; else null. */
  PointStyle pointStyle;
  /** The paragraphs; an empty list until the first ({@link #addParagraph}). */
  private List<String> paragraphs = List.of();
  /** The points; an empty list until the first ({@link #points()}). */
  private List<BodyItem> points = List.of();

  BodyItem(int ordinal, PointStyle style, String path) {
    this.ordinal = ordinal;
    this.style = style;
    this.path = path;
  }

  /** Adds a paragraph of the item's own text. */
  void addParagraph(String paragraph) {
    if (!(paragraphs instanceof ArrayList)) {
      paragraphs = new ArrayList<>(2); // most items have none: no list until the first
    }
    paragraphs.add(paragraph);
  }

  /** The points, as a list to add to. */
  List<BodyItem> points() {
    if (!(points instanceof ArrayList)) {
      points = new ArrayList<>(4);
    }
    return points;
  }

  /** Whether the item has points. */
  boolean hasPoints() {
    return !points.isEmpty();
  }

  /** The last point; the item has points. */
  BodyItem lastPoint() {
    return points.get(points.size() - 1);
  }

  /** The model path of the point that would be added next. */
  String nextPointPath() {
    return path + ".points[" + points.size() + "]";
  }

  /** The item as a point. */
  Point toPoint() {
    Point.Builder b = Point.builder().ordinal(ordinal).style(style).paragraphs(paragraphs);
    if (heading != null) {
      b.heading(heading);
    }
    return b.build();
  }

  /** The item as a measure. */
  Measure toMeasure() {
    Measure.Builder b = Measure.builder().ordinal(ordinal).paragraphs(paragraphs);
    if (heading != null) {
      b.heading(heading);
    }
    for (BodyItem p : points) {
      b.addPoint(p.toPoint());
    }
    return b.build();
  }

  /** The item as a commitment. */
  Commitment toCommitment() {
    Commitment.Builder b = Commitment.builder().ordinal(ordinal).style(style)
        .paragraphs(paragraphs);
    if (heading != null) {
      b.heading(heading);
    }
    for (BodyItem p : points) {
      b.addPoint(p.toPoint());
    }
    return b.build();
  }
}
