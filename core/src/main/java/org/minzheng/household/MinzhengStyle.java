package org.minzheng.household;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of minzheng's value types, placed on each package's {@code package-info}:
 * generated classes stay hidden, builders return the abstract type, no withers (domain {@code with…}
 * methods are written by hand), and no stray annotations reach the class path.
 *
 * @since 0.1
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    depluralize = true,
    allowedClasspathAnnotations = {Override.class})
public @interface MinzhengStyle {}
