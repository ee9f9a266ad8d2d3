/**
 * Shared test fixtures, published in {@code rosie-core}'s test-jar so every module tests against
 * the same fakes instead of growing its own: {@link dev.rosie.core.testing.FakeDriver}, an ideal
 * noiseless body for executor tests, and {@link dev.rosie.core.testing.TestMaps}, small homes built
 * in code whose geometry a test can reason about by hand. Nothing here is used by production code.
 */
package dev.rosie.core.testing;
