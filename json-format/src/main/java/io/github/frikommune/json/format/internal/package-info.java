/**
 * The mapping of every domain type to and from a neutral JSON tree, shared by the Jackson
 * adapters; not API.
 *
 * <p>A neutral tree is made of {@link java.util.Map} (a {@link java.util.LinkedHashMap}, in
 * field order) for objects, {@link java.util.List} for arrays, {@link String}, {@link Long},
 * {@link java.math.BigInteger} and {@link java.math.BigDecimal} for numbers, {@link Boolean},
 * and {@link Nodes#NULL} for JSON {@code null}. Each {@link Codec} writes a value as such a tree
 * in a fixed field order, reads it back with the JSON Pointer of every problem, and describes
 * itself as JSON Schema. {@link DomainCodecs} holds the codec of every type. This package is
 * exported only to the two Jackson adapter modules.
 */
package io.github.frikommune.json.format.internal;
