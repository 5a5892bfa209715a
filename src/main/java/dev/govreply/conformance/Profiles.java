package dev.govreply.conformance;

import dev.govreply.findings.Severity;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in profiles.
 *
 * <ul>
 *   <li>{@code gbt9704} (version 1.0): the canonical form. Every block of {@link Block} is
 *       required, classes A–D with sub-classes (A2) are allowed, and deviations are graded at their
 *       rules' default severities, most of them ERROR: a reply numbered 平交复函[2017]19号 is
 *       rejected.
 *   <li>{@code lenient} (version 1.0): for importing legacy documents. The elements listed for
 *       replies (issuer, motion, addressee, body, signature, date, contact) are required, the same
 *       classes are allowed, and the ceiling is WARNING: nothing is an error, every deviation is
 *       a warning to look at.
 * </ul>
 */
public final class Profiles {
  private Profiles() {}

  /** The canonical profile {@code gbt9704}. */
  public static final Profile GBT9704 = new Profile("gbt9704", "1.0",
      new ClassScheme(ClassScheme.Letters.A_TO_D, true), EnumSet.allOf(Block.class),
      Severity.ERROR, List.of());

  /** The legacy-import profile {@code lenient}. */
  public static final Profile LENIENT = new Profile("lenient", "1.0",
      new ClassScheme(ClassScheme.Letters.A_TO_D, true),
      EnumSet.of(Block.ISSUER, Block.MOTION, Block.ADDRESSEE, Block.BODY, Block.SIGNATURE,
          Block.DATE, Block.CONTACT),
      Severity.WARNING, List.of());

  private static final Map<String, Profile> BUILT_IN =
      Map.of(GBT9704.id(), GBT9704, LENIENT.id(), LENIENT);

  /**
   * A built-in profile by name.
   *
   * @param name {@code gbt9704} or {@code lenient}
   * @return the profile
   * @throws IllegalArgumentException for another name; the message lists the known names
   */
  public static Profile builtIn(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException(
        "no built-in profile \"" + name + "\"; known: " + names()));
  }

  /**
   * A built-in profile by name, if there is one.
   *
   * @param name e.g. {@code gbt9704}
   * @return the profile; empty for an unknown name
   */
  public static Optional<Profile> find(String name) {
    return Optional.ofNullable(BUILT_IN.get(name));
  }

  /**
   * The names of the built-in profiles.
   *
   * @return {@code [gbt9704, lenient]}, sorted
   */
  public static List<String> names() {
    return List.of("gbt9704", "lenient");
  }
}
