package dev.govreply;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a type as text: one line for the type's declaration (modifiers, kind, name,
 * type parameters, supertypes, permitted subtypes, documented annotations), then one indented line
 * per public or protected field, constructor and method it declares (which members are API is
 * {@link ExportedApiTest#isApiMember}'s rule), with generic signatures,
 * thrown exceptions, constant values and annotation defaults. Members are sorted (fields,
 * constructors, methods; each by name, then signature), so the text does not depend on the order
 * reflection happens to return them in.
 *
 * <p>Types are named by their canonical names; those of {@code java.lang} itself without the
 * package. Only annotations that are {@linkplain Documented documented} (part of the API by their
 * own declaration) and visible at run time are listed.
 */
final class ApiListing {
  private ApiListing() {}

  /** The module's unqualified exports, its transitive requirements and the services it provides. */
  static List<String> module(ModuleDescriptor module) {
    List<String> lines = new ArrayList<>();
    lines.add("module " + module.name());
    module.exports().stream().filter(e -> !e.isQualified())
        .map(e -> "  exports " + e.source()).sorted().forEach(lines::add);
    module.requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(r -> "  requires transitive " + r.name()).sorted().forEach(lines::add);
    module.provides().stream()
        .map(p -> "  provides " + p.service() + " with " + String.join(", ", p.providers()))
        .sorted().forEach(lines::add);
    return lines;
  }

  /** The declaration line of {@code type} followed by its members' lines, indented. */
  static List<String> type(Class<?> type) {
    List<String> lines = new ArrayList<>();
    lines.add(declaration(type));
    Stream.of(
            Arrays.stream(type.getDeclaredFields()).filter(ExportedApiTest::isApiMember)
                .sorted(Comparator.comparing(Field::getName)).map(ApiListing::field),
            Arrays.stream(type.getDeclaredConstructors()).filter(ExportedApiTest::isApiMember)
                .map(ApiListing::constructor).sorted(),
            Arrays.stream(type.getDeclaredMethods())
                .filter(m -> ExportedApiTest.isApiMember(m) && !m.isBridge())
                .sorted(Comparator.comparing(Method::getName)
                    .thenComparing(ApiListing::method))
                .map(ApiListing::method))
        .flatMap(s -> s)
        .forEach(line -> lines.add("  " + line));
    return lines;
  }

  // ---- declarations ----

  private static String declaration(Class<?> type) {
    StringBuilder sb = new StringBuilder(annotations(type));
    int mod = type.getModifiers();
    sb.append(visibility(mod));
    if (Modifier.isStatic(mod) && type.getEnclosingClass() != null) {
      sb.append("static ");
    }
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
    } else if (type.isInterface()) {
      kind = "interface";
    } else if (type.isEnum()) {
      kind = "enum";
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      if (Modifier.isAbstract(mod)) {
        sb.append("abstract ");
      }
      if (Modifier.isFinal(mod)) {
        sb.append("final ");
      }
      kind = "class";
    }
    if (type.isSealed()) {
      sb.append("sealed ");
    }
    sb.append(kind).append(' ').append(name(type)).append(typeParameters(type.getTypeParameters()));
    if (type.isRecord()) {
      sb.append(Arrays.stream(type.getRecordComponents())
          .map(c -> name(c.getGenericType()) + " " + c.getName())
          .collect(Collectors.joining(", ", "(", ")")));
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && !type.isEnum() && !type.isRecord() && superclass != Object.class) {
      sb.append(" extends ").append(name(superclass));
    }
    List<String> interfaces = type.isAnnotation() ? List.of()
        : Arrays.stream(type.getGenericInterfaces()).map(ApiListing::name).toList();
    if (!interfaces.isEmpty()) {
      sb.append(type.isInterface() ? " extends " : " implements ")
          .append(String.join(", ", interfaces));
    }
    if (type.isSealed()) {
      sb.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses())
          .map(ApiListing::name).sorted().collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }

  private static String field(Field f) {
    if (f.isEnumConstant()) {
      return annotations(f) + "enum constant " + f.getName();
    }
    int mod = f.getModifiers();
    StringBuilder sb = new StringBuilder(annotations(f)).append(visibility(mod));
    if (Modifier.isStatic(mod)) {
      sb.append("static ");
    }
    if (Modifier.isFinal(mod)) {
      sb.append("final ");
    }
    sb.append(name(f.getGenericType())).append(' ').append(f.getName());
    if (Modifier.isStatic(mod) && Modifier.isFinal(mod)
        && (f.getType().isPrimitive() || f.getType() == String.class)) {
      try {
        // a constant's value is compiled into its users' code: changing it is an API change
        sb.append(" = ").append(value(f.get(null)));
      } catch (IllegalAccessException e) {
        throw new AssertionError("cannot read the constant " + f, e);
      }
    }
    return sb.toString();
  }

  private static String constructor(Constructor<?> c) {
    return annotations(c) + visibility(c.getModifiers()) + typeParametersThen(c)
        + c.getDeclaringClass().getSimpleName() + parameters(c) + exceptions(c);
  }

  private static String method(Method m) {
    int mod = m.getModifiers();
    StringBuilder sb = new StringBuilder(annotations(m)).append(visibility(mod));
    if (Modifier.isStatic(mod)) {
      sb.append("static ");
    }
    if (m.isDefault()) {
      sb.append("default ");
    }
    if (Modifier.isAbstract(mod)) {
      sb.append("abstract ");
    }
    if (Modifier.isFinal(mod)) {
      sb.append("final ");
    }
    sb.append(typeParametersThen(m)).append(name(m.getGenericReturnType())).append(' ')
        .append(m.getName()).append(parameters(m)).append(exceptions(m));
    if (m.getDefaultValue() != null) {
      sb.append(" default ").append(value(m.getDefaultValue()));
    }
    return sb.toString();
  }

  private static String visibility(int mod) {
    return Modifier.isPublic(mod) ? "public " : Modifier.isProtected(mod) ? "protected " : "";
  }

  private static String typeParametersThen(Executable e) {
    String p = typeParameters(e.getTypeParameters());
    return p.isEmpty() ? "" : p + " ";
  }

  private static String parameters(Executable e) {
    List<String> names = Arrays.stream(e.getGenericParameterTypes())
        .map(ApiListing::name).collect(Collectors.toCollection(ArrayList::new));
    if (e.isVarArgs()) {
      String last = names.remove(names.size() - 1);
      names.add(last.substring(0, last.length() - "[]".length()) + "...");
    }
    return "(" + String.join(", ", names) + ")";
  }

  private static String exceptions(Executable e) {
    Type[] thrown = e.getGenericExceptionTypes();
    return thrown.length == 0 ? "" : " throws " + Arrays.stream(thrown)
        .map(ApiListing::name).sorted().collect(Collectors.joining(", "));
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(v -> {
      List<Type> bounds = List.of(v.getBounds());
      return bounds.equals(List.of(Object.class)) ? v.getName()
          : v.getName() + " extends "
              + bounds.stream().map(ApiListing::name).collect(Collectors.joining(" & "));
    }).collect(Collectors.joining(", ", "<", ">"));
  }

  /** The documented, run-time visible annotations of {@code element}, each followed by a space. */
  private static String annotations(AnnotatedElement element) {
    return Arrays.stream(element.getDeclaredAnnotations())
        .filter(a -> a.annotationType().isAnnotationPresent(Documented.class))
        .map(ApiListing::annotation)
        .sorted()
        .map(a -> a + " ")
        .collect(Collectors.joining());
  }

  private static String annotation(Annotation a) {
    List<String> elements = new ArrayList<>();
    Method[] methods = a.annotationType().getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method m : methods) {
      if (m.isSynthetic() || m.getParameterCount() != 0) {
        continue;
      }
      try {
        elements.add(m.getName() + "=" + value(m.invoke(a)));
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        throw new AssertionError("cannot read " + a.annotationType().getName() + "."
            + m.getName(), e);
      }
    }
    return "@" + name(a.annotationType())
        + (elements.isEmpty() ? "" : elements.stream().collect(Collectors.joining(", ", "(", ")")));
  }

  /** An annotation element's or constant's value, in the form Java source writes it. */
  static String value(Object v) {
    if (v instanceof String s) {
      return '"' + s.chars().mapToObj(ApiListing::escaped).collect(Collectors.joining()) + '"';
    } else if (v instanceof Character c) {
      return "'" + escaped(c) + "'";
    } else if (v instanceof Class<?> c) {
      return name(c) + ".class";
    } else if (v instanceof Enum<?> e) {
      return e.name();
    } else if (v instanceof Annotation a) {
      return annotation(a);
    } else if (v instanceof Long l) {
      return l + "L";
    } else if (v instanceof Float f) {
      return f + "f";
    } else if (v != null && v.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(v); i++) {
        items.add(value(Array.get(v, i)));
      }
      return items.stream().collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(v);
  }

  private static String escaped(int ch) {
    return switch (ch) {
      case '"' -> "\\\"";
      case '\'' -> "\\'";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> ch < 0x20 || ch == 0x7f ? String.format("\\u%04x", ch)
          : String.valueOf((char) ch);
    };
  }

  /** A type as source code names it: canonical names, {@code java.lang} types by simple name. */
  static String name(Type t) {
    if (t instanceof Class<?> c) {
      if (c.isArray()) {
        return name(c.getComponentType()) + "[]";
      }
      String n = c.getCanonicalName() != null ? c.getCanonicalName() : c.getName();
      String inJavaLang = n.startsWith("java.lang.") ? n.substring("java.lang.".length()) : null;
      return inJavaLang != null && !inJavaLang.contains(".") ? inJavaLang : n;
    } else if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      String base = p.getOwnerType() instanceof ParameterizedType owner
          ? name(owner) + "." + raw.getSimpleName() : name(raw);
      return base + Arrays.stream(p.getActualTypeArguments()).map(ApiListing::name)
          .collect(Collectors.joining(", ", "<", ">"));
    } else if (t instanceof WildcardType w) {
      if (w.getLowerBounds().length > 0) {
        return "? super " + name(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + name(upper);
    } else if (t instanceof GenericArrayType g) {
      return name(g.getGenericComponentType()) + "[]";
    } else if (t instanceof TypeVariable<?> v) {
      return v.getName();
    }
    return t.getTypeName();
  }
}
