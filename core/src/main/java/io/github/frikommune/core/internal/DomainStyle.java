package io.github.frikommune.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Generated;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of the project, applied to every domain package in its
 * {@code package-info.java}.
 *
 * <ul>
 *   <li>{@code builder = "new"}: the generated builder has a public constructor, so Jackson can
 *       create it on the module path without {@code opens};</li>
 *   <li>{@code depluralize}: {@code addCoApplicant(m)} next to {@code coApplicants(list)};</li>
 *   <li>{@code optionalAcceptNullable}: {@code note(null)} means an absent note, which keeps
 *       JSON {@code null} and an absent property the same;</li>
 *   <li>{@code allowedClasspathAnnotations}: only Immutables' own {@code @Generated} is copied
 *       into generated code, so it compiles on the module path and mutation testing can skip
 *       it.</li>
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    builder = "new",
    depluralize = true,
    depluralizeDictionary = {"basis:bases"},
    optionalAcceptNullable = true,
    visibility = ImplementationVisibility.PUBLIC,
    allowedClasspathAnnotations = {Generated.class},
    defaults = @Value.Immutable(copy = true))
public @interface DomainStyle {}
