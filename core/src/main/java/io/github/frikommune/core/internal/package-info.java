/**
 * Internals of {@code frikommune-core}, not exported by its module: not part of the API, and
 * free to change in any release.
 *
 * <p>It holds the tiny construction-time checker {@link io.github.frikommune.core.internal.Checks},
 * whose methods return their argument or throw an {@code IllegalArgumentException} naming the
 * field, the rule and the value, and {@link io.github.frikommune.core.internal.DomainStyle}, the
 * one Immutables style of the project that every domain package applies in its
 * {@code package-info.java}.
 */
package io.github.frikommune.core.internal;
