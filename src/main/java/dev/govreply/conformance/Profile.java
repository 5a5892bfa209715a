package dev.govreply.conformance;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A conformance profile: the local choices that the core model leaves open (ARCHITECTURE.md,
 * principle 5) — the result class scheme, which blocks are required, the severity ceiling, and
 * overrides that re-grade or suppress rules, each with a rationale. A report names the profile's id
 * and version.
 *
 * <p>Built in ({@link Profiles#builtIn(String)}): {@code gbt9704}, canonical, deviations are
 * errors; {@code lenient}, for legacy import, deviations are warnings. User profiles come from JSON
 * ({@link #fromJson(Path)}):
 *
 * <pre>{@code
 * {
 *   "id": "yueyang-2024",                 // required
 *   "version": "1",                       // required
 *   "extends": "gbt9704",                 // optional: a built-in profile to start from
 *   "classScheme": {"letters": "A-C", "subClasses": false},   // letters: A-C, A-D or 甲乙丙
 *   "requiredBlocks": ["ISSUER", "DOCUMENT_NUMBER", "DATE"],  // replaces the base's list
 *   "ceiling": "ERROR",                   // ERROR, WARNING or INFO: no finding is graded above it
 *   "overrides": [                        // appended to the base's overrides
 *     {"rule": "GR-NUM-002", "severity": "WARNING", "rationale": "our ledger pads serials"},
 *     {"rule": "GR-CON-*", "path": "contacts[*].phone", "suppress": true, "rationale": "…"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Reading is strict: unknown properties, duplicate keys, wrong types, unknown values, unknown
 * rule IDs (other than reader rules {@code GR-TXT-*} and patterns) and a missing rationale are
 * errors ({@link ProfileException}) naming the JSON Pointer of the offending value.
 *
 * <p>Grading: a finding starts at its rule's default severity (or the reader's severity for a
 * passed-through reader finding), is lowered to the {@link #ceiling()} when above it, then the
 * first matching override applies (it may raise it again, or suppress it).
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 *
 * @param id the profile's id, e.g. {@code gbt9704}
 * @param version the profile's version, e.g. {@code 1.0}
 * @param classScheme the result classes allowed
 * @param requiredBlocks the blocks whose absence is reported
 * @param ceiling the highest severity a finding gets before overrides
 * @param overrides re-gradings and suppressions, first match wins
 */
public record Profile(String id, String version, ClassScheme classScheme, Set<Block> requiredBlocks,
    Severity ceiling, List<RuleOverride> overrides) {

  /**
   * Checks the parts and copies the collections.
   *
   * @param id the profile's id, e.g. {@code yueyang-2024}; not blank
   * @param version the profile's version, e.g. {@code 1}; not blank
   * @param classScheme the result classes allowed, e.g. A-C without sub-classes
   * @param requiredBlocks the blocks whose absence is reported, e.g. ISSUER, DOCUMENT_NUMBER, DATE
   * @param ceiling the highest severity a finding gets before overrides
   * @param overrides re-gradings and suppressions, first match wins
   * @throws NullPointerException when a part or an element is null
   * @throws IllegalArgumentException when the id or the version is blank
   */
  public Profile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(classScheme, "classScheme");
    Objects.requireNonNull(ceiling, "ceiling");
    if (id.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("profile id and version must not be blank");
    }
    requiredBlocks = requiredBlocks.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(requiredBlocks));
    overrides = List.copyOf(overrides);
  }

  /**
   * Whether the profile requires a block, so that its absence is reported.
   *
   * @param block e.g. {@link Block#DATE}, whose absence {@code GR-REQ-008} reports
   * @return true when {@code block} is among {@link #requiredBlocks()}
   */
  public boolean requires(Block block) {
    return requiredBlocks.contains(block);
  }

  /**
   * A severity lowered to this profile's ceiling when above it.
   *
   * @param severity a rule's default severity, e.g. {@link Severity#ERROR}
   * @return {@code severity}, or the ceiling when the ceiling is lower (ERROR becomes WARNING
   *     under a WARNING ceiling, as in {@code lenient})
   */
  public Severity cap(Severity severity) {
    return severity.ordinal() < ceiling.ordinal() ? ceiling : severity;
  }

  /**
   * The override that grades a finding: the first in {@link #overrides()} that matches it.
   *
   * @param f a finding at its rule's default severity
   * @return the override; empty when none matches
   */
  public Optional<RuleOverride> overrideFor(Finding f) {
    for (RuleOverride o : overrides) {
      if (o.matches(f)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * This profile under another name, e.g. to derive a local profile from a built-in one.
   *
   * @param newId the id, e.g. {@code yueyang-2024}
   * @param newVersion the version, e.g. {@code 1}
   * @return a profile equal to this one but for id and version
   * @throws IllegalArgumentException when the id or the version is blank
   */
  public Profile withIdentity(String newId, String newVersion) {
    return new Profile(newId, newVersion, classScheme, requiredBlocks, ceiling, overrides);
  }

  /**
   * This profile with another class scheme.
   *
   * @param scheme the result classes allowed, e.g.
   *     {@code new ClassScheme(ClassScheme.Letters.A_TO_D, true)}
   * @return a profile equal to this one but for the scheme
   */
  public Profile withClassScheme(ClassScheme scheme) {
    return new Profile(id, version, scheme, requiredBlocks, ceiling, overrides);
  }

  /**
   * This profile with other required blocks.
   *
   * @param blocks the blocks whose absence is reported, replacing this profile's
   * @return a profile equal to this one but for the required blocks
   */
  public Profile withRequiredBlocks(Set<Block> blocks) {
    return new Profile(id, version, classScheme, blocks, ceiling, overrides);
  }

  /**
   * This profile with another ceiling.
   *
   * @param newCeiling the highest severity a finding gets before overrides, e.g.
   *     {@link Severity#WARNING}
   * @return a profile equal to this one but for the ceiling
   */
  public Profile withCeiling(Severity newCeiling) {
    return new Profile(id, version, classScheme, requiredBlocks, newCeiling, overrides);
  }

  /**
   * This profile with more overrides, after this profile's (which still win on a match).
   *
   * @param more the overrides, e.g.
   *     {@code RuleOverride.regrade("GR-NUM-002", Severity.WARNING, "our ledger pads serials")}
   * @return a profile equal to this one but for the overrides
   */
  public Profile withOverrides(RuleOverride... more) {
    List<RuleOverride> all = new ArrayList<>(overrides);
    all.addAll(List.of(more));
    return new Profile(id, version, classScheme, requiredBlocks, ceiling, all);
  }

  // ---- JSON: ProfileJson reads and writes it ----

  /**
   * Reads a profile from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the profile
   * @throws IOException when the file cannot be read
   * @throws ProfileException when the content is not a valid profile
   */
  public static Profile fromJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return fromJson(in);
    }
  }

  /**
   * Reads a profile from JSON (UTF-8); the stream is not closed.
   *
   * @param in the JSON
   * @return the profile
   * @throws IOException when reading fails
   * @throws ProfileException when the content is not a valid profile
   */
  public static Profile fromJson(InputStream in) throws IOException {
    return ProfileJson.read(in);
  }

  /**
   * Reads a profile from JSON text.
   *
   * @param json the JSON text, as in the example above
   * @return the profile
   * @throws ProfileException when the text is not a valid profile; the message names the JSON
   *     Pointer of the problem
   */
  public static Profile fromJson(String json) {
    try {
      return fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The profile as JSON, complete (no {@code extends}); {@link #fromJson(String)} reads it back
   * equal. Deterministic.
   *
   * @return the JSON text
   */
  public String toJson() {
    return ProfileJson.write(this);
  }

  /** {@code gbt9704 1.0}. */
  @Override
  public String toString() {
    return id + " " + version;
  }
}
