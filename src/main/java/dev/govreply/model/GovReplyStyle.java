package dev.govreply.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project-wide Immutables style: generated implementations stay package-private behind the
 * abstract value types, builders are reached through {@code Type.builder()}, collections are JDK
 * unmodifiable collections, and {@code Optional} attributes never accept {@code null}.
 *
 * <p>What users see is declared, and documented, in the public types. Each value type has a nested
 * {@code public abstract static class Builder} with a package-private constructor; the generated
 * {@code ImmutableX.Builder} extends it (Immutables' "super builder": a nested class named
 * {@code Builder} that does not extend the generated one becomes its superclass), so the
 * generated methods implement the abstract setters declared there. Likewise the value type
 * declares its {@code withX} methods abstract and the generated {@code withX} (copy = true)
 * implement them with a covariant result. Validation stays in one place, the type's
 * {@code @Value.Check}, which both {@code build()} and every {@code withX} run. A generated method
 * not declared in the public type (such as those of the package-private attribute {@code
 * extensionValues}, which the public API names {@code extensions}) is not reachable from outside
 * the package.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    // no @org.immutables.value.Generated on generated classes: that annotation is not on users'
    // class paths (Immutables is a compile-only dependency), and javac -Xlint:all warns about it
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false),
    depluralize = true,
    depluralizeDictionary = {"measure:measures", "point:points", "contact:contacts",
        "paragraph:paragraphs", "name:names", "commitment:commitments", "note:notes",
        "line:lines", "item:items", "copyTo:copyTo"})
public @interface GovReplyStyle {}
