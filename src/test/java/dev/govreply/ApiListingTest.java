package dev.govreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The public API, listed: every public or protected type and member of each package the module
 * exports (found as {@link ExportedApiTest} finds them), in the text form of {@link ApiListing},
 * is committed in {@code src/test/resources/api/govreply-api.txt}, and this test compares the
 * compiled code's API with it. So every change of the API shows as a diff of that file in review.
 *
 * <p>After a deliberate change of the API, rewrite the file and review its diff:
 * {@code mvn -B -ntp test -Dtest=ApiListingTest -Dapi.update=true}.
 *
 * <p>The Immutables-generated implementations are package-private (see the model's
 * {@code GovReplyStyle}): what users reach of them is declared in the public value types and
 * their builders, which are listed.
 */
class ApiListingTest {
  static final Path LISTING = Path.of("src/test/resources/api/govreply-api.txt");
  static final boolean UPDATE = Boolean.getBoolean("api.update");
  private static final int MAX_DIFF_LINES = 120;

  private static final List<String> HEADER = List.of(
      "# The public API of the module dev.govreply: its exports, then every public or protected",
      "# type and member of each exported package. Written by ApiListingTest; after a deliberate",
      "# API change: mvn -B -ntp test -Dtest=ApiListingTest -Dapi.update=true, and review the"
          + " diff.");

  /** The listing of the compiled module: header, module, then each exported package's types. */
  static List<String> listing() throws IOException {
    List<String> lines = new ArrayList<>(HEADER);
    lines.add("");
    lines.addAll(ApiListing.module(ModuleFinder.of(ExportedApiTest.classesDir())
        .find("dev.govreply").orElseThrow().descriptor()));
    for (String pkg : ExportedApiTest.exportedPackages()) {
      lines.add("");
      lines.add("package " + pkg);
      List<Class<?>> types = ExportedApiTest.classesOf(pkg).stream()
          .filter(ExportedApiTest::isApi)
          .sorted(Comparator.comparing(ApiListing::name))
          .toList();
      for (Class<?> type : types) {
        lines.add("");
        lines.addAll(ApiListing.type(type));
      }
    }
    return lines;
  }

  @Test
  void publicApiEqualsTheCommittedListing() throws IOException {
    List<String> actual = listing();
    List<String> committed = Files.exists(LISTING)
        ? Files.readAllLines(LISTING, StandardCharsets.UTF_8) : List.of();
    if (UPDATE) {
      if (!actual.equals(committed)) {
        Files.createDirectories(LISTING.getParent());
        Files.write(LISTING, actual, StandardCharsets.UTF_8);
      }
      System.out.println(LISTING + ": " + actual.size() + " lines, "
          + (actual.equals(committed) ? "unchanged" : "rewritten"));
      return;
    }
    List<String> diff = diff(committed, actual);
    assertThat(diff)
        .as("the public API differs from %s (- only in the file, + only in the code). A"
            + " deliberate change: rerun with -Dapi.update=true and review the diff.%n%s",
            LISTING, String.join("\n", diff))
        .isEmpty();
    assertThat(actual.stream().filter(l -> l.startsWith("public ")).count())
        .as("public types listed").isGreaterThan(20);
  }

  /**
   * The lines only in {@code expected} ("- ") and only in {@code actual} ("+ "), in order, by a
   * longest common subsequence; each run of changes preceded by the declaration ("@ ") of the type
   * or package it is in, and at most {@value #MAX_DIFF_LINES} lines.
   */
  static List<String> diff(List<String> expected, List<String> actual) {
    int n = expected.size();
    int m = actual.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = expected.get(i).equals(actual.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    String context = "";
    String shown = null;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      String line;
      if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
        line = "  " + expected.get(i);
        i++;
        j++;
      } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
        line = "- " + expected.get(i++);
      } else {
        line = "+ " + actual.get(j++);
      }
      String text = line.substring(2);
      boolean declaration = !text.isEmpty() && !text.startsWith(" ") && !text.startsWith("#");
      if (declaration) {
        context = text;
      }
      if (line.startsWith("  ")) {
        continue;
      }
      if (!declaration && !context.isEmpty() && !context.equals(shown)) {
        out.add("@ " + context);
      }
      shown = context;
      out.add(line);
    }
    if (out.size() > MAX_DIFF_LINES) {
      int more = out.size() - MAX_DIFF_LINES;
      out = new ArrayList<>(out.subList(0, MAX_DIFF_LINES));
      out.add("... and " + more + " more lines");
    }
    return out;
  }

  @Test
  void diffNamesTheTypeOfEachChangedMember() {
    List<String> file = List.of("package p", "", "public class p.A", "  public void a()",
        "  public void b()", "", "public class p.B", "  public void c()");
    List<String> code = List.of("package p", "", "public class p.A", "  public void a()",
        "  public int b()", "", "public class p.B", "  public void c()", "  public void d()");
    assertThat(diff(file, code)).containsExactly(
        "@ public class p.A", "- " + "  public void b()", "+ " + "  public int b()",
        "@ public class p.B", "+ " + "  public void d()");
    assertThat(diff(file, file)).isEmpty();
  }

  // ---- the listing's form, on small examples ----

  private static List<String> listed(Class<?> type) {
    return ApiListing.type(type).stream()
        .map(s -> s.replace(ApiListingTest.class.getCanonicalName() + ".", ""))
        .toList();
  }

  /** Generic supertypes, constants, varargs, generic methods, thrown exceptions. */
  public abstract static class Example<T extends Comparable<? super T>>
      extends java.util.AbstractList<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A constant: its value is part of the API. */
    public static final String NAME = "a\"b";

    /** A field of a wildcard type. */
    protected List<? extends T> items;

    /** Not API: package-private. */
    int hidden;

    /**
     * A constructor with varargs that throws.
     *
     * @param first the first
     * @param rest the others
     * @throws IOException never
     */
    @SafeVarargs
    public Example(T first, T... rest) throws IOException {}

    /**
     * A generic method.
     *
     * @param <E> what it throws
     * @param byName lists by name
     * @param counts counts
     * @throws E always
     */
    protected <E extends Exception> void fail(Map<String, List<T>> byName, int[] counts)
        throws E {}

    /**
     * Deprecated, abstract.
     *
     * @return the first
     */
    @Deprecated
    public abstract T first();

    @SuppressWarnings("unused")
    private void secret() {}
  }

  @Test
  void aClassIsListedWithItsGenericSignatures() {
    assertThat(listed(Example.class)).containsExactly(
        "public static abstract class Example<T extends Comparable<? super T>>"
            + " extends java.util.AbstractList<T> implements java.io.Serializable",
        "  public static final String NAME = \"a\\\"b\"",
        "  protected java.util.List<? extends T> items",
        "  @SafeVarargs public Example(T, T...) throws java.io.IOException",
        "  protected <E extends Exception> void fail(java.util.Map<String, java.util.List<T>>,"
            + " int[]) throws E",
        "  @Deprecated(forRemoval=false, since=\"\") public abstract T first()");
  }

  /** An annotation type with defaults. */
  @java.lang.annotation.Documented
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  public @interface Marker {
    /**
     * A text.
     *
     * @return the text
     */
    String value() default "x";

    /**
     * Groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {Serializable.class};
  }

  /** An enum with a method. */
  public enum Kind {
    /** First. */
    A,
    /** Second. */
    B;

    /**
     * Parses a kind.
     *
     * @param text a name
     * @return the kind
     */
    public static Kind parse(String text) {
      return valueOf(text);
    }
  }

  /**
   * A generic record.
   *
   * @param <X> the left's type
   * @param left the left
   * @param right the right
   */
  @Marker(groups = {})
  public record Pair<X>(X left, String right) {}

  /** A sealed interface. */
  public sealed interface Shape permits Circle, Square {}

  /** A permitted subtype. */
  public static final class Circle implements Shape {}

  /** A permitted subtype. */
  public static final class Square implements Shape {}

  @Test
  void annotationsEnumsRecordsAndSealedTypesAreListed() {
    assertThat(listed(Marker.class)).containsExactly(
        "@java.lang.annotation.Documented"
            + " @java.lang.annotation.Retention(value=RUNTIME) public static @interface Marker",
        "  public abstract Class<?>[] groups() default {java.io.Serializable.class}",
        "  public abstract String value() default \"x\"");
    assertThat(listed(Kind.class)).containsExactly(
        "public static enum Kind",
        "  enum constant A",
        "  enum constant B",
        "  public static Kind parse(String)",
        "  public static Kind valueOf(String)",
        "  public static Kind[] values()");
    assertThat(listed(Pair.class)).containsExactly(
        "@Marker(groups={}, value=\"x\") public static record Pair<X>(X left, String right)",
        "  public Pair(X, String)",
        "  public final boolean equals(Object)",
        "  public final int hashCode()",
        "  public X left()",
        "  public String right()",
        "  public final String toString()");
    assertThat(listed(Shape.class)).containsExactly(
        "public static sealed interface Shape permits Circle, Square");
  }
}
