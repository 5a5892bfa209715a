package dev.govreply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user of the module can call must be nameable by the user: every public or protected
 * member (constructor, method, field) of a public type in an exported package, and every supertype
 * and type-parameter bound of such a type, mentions only types that are public and either in an
 * exported package of {@code dev.govreply} or in a
 * {@linkplain #FOREIGN_API_PACKAGES foreign package that is part of the API}. Type arguments
 * count: {@code Map<String, ExtensionValue>} mentions {@code ExtensionValue}.
 *
 * <p>The exported packages are read from the module descriptor the build wrote
 * ({@code target/classes/module-info.class}), so exporting a package puts it under this test.
 *
 * <p>Public, so that the example types of the checker's own tests are public types too.
 */
public class ExportedApiTest {

  /**
   * Packages outside this module whose types the API may mention, as prefixes: the JDK's
   * {@code java.*}, Jakarta Validation (the constraint annotations and {@code Validator} of the
   * conformance package), Jakarta Persistence (the converters of the jpa package implement its
   * {@code AttributeConverter}), and Jackson 2 and 3, whose modules ({@code GovReplyModule},
   * {@code GovReplyJackson3Module}) and tree converter ({@code ExtensionNodes}) are their API.
   */
  static final List<String> FOREIGN_API_PACKAGES = List.of(
      "java.",
      "jakarta.validation.",
      "jakarta.persistence.",
      "com.fasterxml.jackson.",
      "tools.jackson.");

  private static final String OWN_PACKAGES = "dev.govreply.";

  static Path classesDir() {
    return Path.of(System.getProperty("govreply.buildDir", "target")).resolve("classes");
  }

  /** The packages the module exports to everyone (qualified exports are not API). */
  static Set<String> exportedPackages() {
    ModuleDescriptor descriptor = ModuleFinder.of(classesDir()).find("dev.govreply")
        .orElseThrow(() -> new AssertionError("no module dev.govreply in " + classesDir()))
        .descriptor();
    return descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every class compiled into {@code pkg} (not its subpackages), nested classes included. */
  static List<Class<?>> classesOf(String pkg) throws IOException {
    Path dir = classesDir().resolve(pkg.replace('.', '/'));
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".class") || file.equals("package-info.class")
            || file.equals("module-info.class")) {
          continue;
        }
        String name = pkg + "." + file.substring(0, file.length() - ".class".length());
        try {
          classes.add(Class.forName(name, false, ExportedApiTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    return classes;
  }

  @Test
  void exportedApiMentionsOnlyTypesItsUsersCanName() throws IOException {
    Set<String> exported = exportedPackages();
    assertThat(exported).as("exported packages").contains("dev.govreply.model");
    Predicate<Class<?>> ownExported = c -> exported.contains(c.getPackageName());
    List<String> problems = new ArrayList<>();
    int types = 0;
    for (String pkg : exported) {
      for (Class<?> c : classesOf(pkg)) {
        if (isApi(c)) {
          types++;
          problems.addAll(violations(c, ownExported));
        }
      }
    }
    assertThat(types).as("public types checked").isGreaterThan(20);
    assertThat(problems).as("API members that mention types users cannot name").isEmpty();
  }

  // ---- the checker ----

  /** Whether code outside the package can name {@code c}: it and its enclosers are public. */
  static boolean isApi(Class<?> c) {
    if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the API of {@code type} (its supertypes, type-parameter bounds and public or protected
   * members) mentions that users cannot name, one line per member and type.
   *
   * @param ownExported tells whether a {@code dev.govreply} type is in an exported package
   */
  static List<String> violations(Class<?> type, Predicate<Class<?>> ownExported) {
    List<String> out = new ArrayList<>();
    String where = type.getName();
    check(where + " supertypes", supertypes(type), ownExported, out);
    check(where + " type parameters", List.of(type.getTypeParameters()), ownExported, out);
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isApiMember(c)) {
        check(c.toGenericString(), signature(c), ownExported, out);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (isApiMember(m) && !m.isBridge()) {
        List<Type> sig = signature(m);
        sig.add(m.getGenericReturnType());
        check(m.toGenericString(), sig, ownExported, out);
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (isApiMember(f)) {
        check(f.toGenericString(), List.of(f.getGenericType()), ownExported, out);
      }
    }
    return out;
  }

  private static List<Type> supertypes(Class<?> type) {
    List<Type> s = new ArrayList<>();
    if (type.getGenericSuperclass() != null) {
      s.add(type.getGenericSuperclass());
    }
    s.addAll(Arrays.asList(type.getGenericInterfaces()));
    return s;
  }

  static boolean isApiMember(Member m) {
    int mod = m.getModifiers();
    return !m.isSynthetic() && (Modifier.isPublic(mod) || Modifier.isProtected(mod));
  }

  private static List<Type> signature(Executable e) {
    List<Type> sig = new ArrayList<>(Arrays.asList(e.getGenericParameterTypes()));
    sig.addAll(Arrays.asList(e.getGenericExceptionTypes()));
    sig.addAll(Arrays.asList(e.getTypeParameters()));
    return sig;
  }

  private static void check(String where, List<? extends Type> types,
      Predicate<Class<?>> ownExported, List<String> out) {
    Set<Class<?>> mentioned = new HashSet<>();
    Set<TypeVariable<?>> seen = new HashSet<>();
    for (Type t : types) {
      collect(t, mentioned, seen);
    }
    mentioned.stream()
        .map(c -> problem(c, ownExported))
        .filter(p -> !p.isEmpty())
        .sorted()
        .forEach(p -> out.add(where + ": " + p));
  }

  /** Every class a type mentions, through type arguments, bounds, owners and array components. */
  private static void collect(Type t, Set<Class<?>> out, Set<TypeVariable<?>> seen) {
    if (t instanceof Class<?> c) {
      Class<?> k = c;
      while (k.isArray()) {
        k = k.getComponentType();
      }
      if (!k.isPrimitive()) {
        out.add(k);
      }
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), out, seen);
      if (p.getOwnerType() != null) {
        collect(p.getOwnerType(), out, seen);
      }
      for (Type a : p.getActualTypeArguments()) {
        collect(a, out, seen);
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, out, seen);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, out, seen);
      }
    } else if (t instanceof GenericArrayType g) {
      collect(g.getGenericComponentType(), out, seen);
    } else if (t instanceof TypeVariable<?> v && seen.add(v)) {
      for (Type b : v.getBounds()) {
        collect(b, out, seen);
      }
    }
  }

  /** Why users cannot name {@code c}, or "" when they can. */
  private static String problem(Class<?> c, Predicate<Class<?>> ownExported) {
    if (!isApi(c)) {
      return c.getTypeName() + " is not public";
    }
    String name = c.getName();
    if (name.startsWith(OWN_PACKAGES)) {
      return ownExported.test(c) ? "" : c.getTypeName() + " is in a package that is not exported";
    }
    for (String prefix : FOREIGN_API_PACKAGES) {
      if (name.startsWith(prefix)) {
        return "";
      }
    }
    return c.getTypeName() + " is from a library that is not part of the API";
  }

  // ---- the checker on small examples ----

  /** Stands for a package-private type of the library. */
  static final class Hidden {}

  /** Stands for a public type of a package that is not exported. */
  public static final class Internal {}

  /** A public type of an "exported" package, with one leak of each kind. */
  public static class Leaky extends java.util.AbstractList<Hidden> {
    /** Fine: JDK types only. */
    public Leaky(List<String> values) {}

    /** A parameter of a hidden type. */
    public void take(Hidden h) {}

    /** A hidden type as a type argument of the result. */
    public java.util.Map<String, ? extends Hidden> entries() {
      return java.util.Map.of();
    }

    /** A type parameter bounded by a type of a non-exported package. */
    public <T extends Internal> T bounded(T t) {
      return t;
    }

    /** A protected field of a foreign, non-API library type. */
    protected org.junit.jupiter.api.TestInfo info;

    /** Not API: package-private. */
    void internal(Hidden h) {}

    /** Not API: private. */
    private Hidden secret() {
      return null;
    }

    @Override
    public Hidden get(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
      return 0;
    }
  }

  @Test
  void checkerReportsEachKindOfLeak() {
    Predicate<Class<?>> ownExported = c -> c != Internal.class;
    List<String> found = violations(Leaky.class, ownExported).stream()
        .map(s -> s.replace(ExportedApiTest.class.getName() + "$", ""))
        .toList();
    assertThat(found).containsExactlyInAnyOrder(
        "Leaky supertypes: Hidden is not public",
        "public void Leaky.take(Hidden): Hidden is not public",
        "public java.util.Map<java.lang.String, ? extends Hidden> Leaky.entries(): "
            + "Hidden is not public",
        "public Hidden Leaky.get(int): Hidden is not public",
        "public <T extends Internal> T Leaky.bounded(T): "
            + "Internal is in a package that is not exported",
        "protected org.junit.jupiter.api.TestInfo Leaky.info: "
            + "org.junit.jupiter.api.TestInfo is from a library that is not part of the API");
  }

  /** A public type that code outside the package cannot name all the same. */
  static final class HiddenOwner {
    /** Public, inside a package-private type. */
    public static final class Nested {}
  }

  @Test
  void aPublicTypeInsideANonPublicTypeIsNotApi() {
    assertThat(isApi(Leaky.class)).isTrue();
    assertThat(isApi(Hidden.class)).isFalse();
    assertThat(isApi(HiddenOwner.Nested.class)).isFalse();
    assertThat(violations(Exposing.class, c -> true))
        .containsExactly("public abstract " + ExportedApiTest.class.getName()
            + "$HiddenOwner$Nested "
            + ExportedApiTest.class.getName() + "$Exposing.nested(): "
            + ExportedApiTest.class.getName() + "$HiddenOwner$Nested is not public");
  }

  /** Returns a public type nested in a package-private one. */
  public interface Exposing {
    /**
     * Hands out a type users cannot name.
     *
     * @return a value of a hidden type
     */
    HiddenOwner.Nested nested();
  }
}
