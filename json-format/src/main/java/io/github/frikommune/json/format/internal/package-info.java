/**
 * The mapping of every domain type to and from a stream of JSON tokens, shared by the Jackson
 * adapters; not API.
 *
 * <p>Each {@link io.github.frikommune.json.format.internal.Codec} writes a value to a
 * {@link io.github.frikommune.json.format.internal.TokenWriter} in a fixed field order, reads
 * it back from a {@link io.github.frikommune.json.format.internal.TokenReader} with the JSON
 * Pointer of every problem, and describes itself as JSON Schema.
 * {@link io.github.frikommune.json.format.internal.DomainCodecs} holds the codec of every type.
 * The Jackson 2 and Jackson 3 modules implement the reader and the writer over their parser and
 * generator, so both write the same bytes and report the same problems. No tree is built while
 * a document is read or written, except of a condition whose {@code type} does not come first
 * ({@link io.github.frikommune.json.format.internal.Nodes}). This package is exported only to
 * the two Jackson adapter modules.
 */
package io.github.frikommune.json.format.internal;
