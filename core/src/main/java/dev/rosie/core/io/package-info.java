/**
 * File writing that readers can trust: {@link dev.rosie.core.io.AtomicFiles} puts a file in place by
 * way of a temporary file in the same directory and a move, so another process (or this one after a
 * crash) sees the old file or the whole new one, never half of it. The modules that unpack bundled
 * models and native libraries into a shared cache directory use it; plain JDK only.
 */
package dev.rosie.core.io;
