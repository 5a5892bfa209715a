package dev.govreply.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated Immutables classes are package-private; what users call is declared (and
 * documented) in the public value types: each generated builder method and each generated
 * {@code withX} method has a public declaration in {@code X.Builder} or {@code X}, except those
 * of the package-private attribute {@code extensionValues}, which the public API names {@code
 * extensions} ({@link Reply#extensions()}, {@link ReplyBuilder#putExtension}). So an attribute
 * added later cannot end up with a setter nobody outside the package can call, or with an
 * undocumented one.
 */
class DeclaredApiTest {

  static final List<Class<?>> VALUE_TYPES = List.of(Reply.class, Motion.class, Addressee.class,
      Body.class, Measure.class, Point.class, Commitments.class, Commitment.class, Contact.class,
      UnrecognizedBlock.class);

  private static Class<?> generated(Class<?> valueType, String suffix) {
    try {
      return Class.forName("dev.govreply.model.Immutable" + valueType.getSimpleName() + suffix);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static Class<?> publicBuilder(Class<?> valueType) {
    return Arrays.stream(valueType.getDeclaredClasses())
        .filter(c -> c.getSimpleName().equals("Builder"))
        .findFirst().orElseThrow();
  }

  /** The generated methods of the package-private attribute {@code extensionValues}. */
  private static final List<String> EXTENSION_VALUES = List.of("putExtensionValue",
      "putAllExtensionValues", "extensionValues", "withExtensionValues");

  private static boolean ofHiddenAttribute(Method m) {
    return EXTENSION_VALUES.contains(m.getName());
  }

  private static String signature(Method m) {
    return m.getName() + Arrays.stream(m.getGenericParameterTypes()).map(t -> t.getTypeName())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * The declaration of {@code m} in {@code api} or a superclass of it in this package (a builder's
   * setters may be declared in a public class it extends, as {@link ReplyBuilder}), or null.
   */
  private static Method declaration(Class<?> api, Method m) {
    for (Class<?> c = api; c != null && c.getPackage() == api.getPackage();
        c = c.getSuperclass()) {
      try {
        return c.getDeclaredMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        // look in the superclass
      }
    }
    return null;
  }

  /** The public methods of {@code generated} (with {@code prefix}) missing from {@code api}. */
  private static List<String> undeclared(Class<?> generated, String prefix, Class<?> api) {
    List<String> missing = new ArrayList<>();
    for (Method m : generated.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())
          || m.isSynthetic() || !m.getName().startsWith(prefix) || ofHiddenAttribute(m)) {
        continue;
      }
      Method declared = declaration(api, m);
      if (declared == null) {
        missing.add(api.getName() + "." + signature(m) + " is not declared");
      } else if (!Modifier.isPublic(declared.getModifiers())) {
        missing.add(api.getName() + "." + signature(m) + " is not public");
      }
    }
    return missing;
  }

  @Test
  void everyGeneratedBuilderMethodIsDeclaredInThePublicBuilder() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : VALUE_TYPES) {
      missing.addAll(undeclared(generated(type, "$Builder"), "", publicBuilder(type)));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyGeneratedWithMethodIsDeclaredInThePublicType() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : VALUE_TYPES) {
      missing.addAll(undeclared(generated(type, ""), "with", type));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void thePublicBuilderIsTheGeneratedBuildersSuperclassAndCannotBeExtendedOutside() {
    for (Class<?> type : VALUE_TYPES) {
      Class<?> builder = publicBuilder(type);
      assertThat(generated(type, "$Builder").getSuperclass()).as(type.getSimpleName())
          .isEqualTo(builder);
      assertThat(Modifier.isPublic(builder.getModifiers())).isTrue();
      assertThat(Arrays.stream(builder.getDeclaredConstructors())
          .noneMatch(c -> Modifier.isPublic(c.getModifiers())
              || Modifier.isProtected(c.getModifiers()))).as(type.getSimpleName()).isTrue();
    }
  }

  @Test
  void extensionValueMethodsStayInsideThePackage() throws NoSuchMethodException {
    Method put = ReplyBuilder.class.getDeclaredMethod("putExtensionValue", String.class,
        ExtensionValue.class);
    assertThat(Modifier.isPublic(put.getModifiers())).isFalse();
    assertThat(Arrays.stream(Reply.class.getMethods()).map(Method::getName))
        .doesNotContain("withExtensionValues", "extensionValues");
    assertThat(Arrays.stream(Reply.Builder.class.getMethods()).map(Method::getName))
        .doesNotContain("putExtensionValue", "extensionValues", "putAllExtensionValues");
  }
}
