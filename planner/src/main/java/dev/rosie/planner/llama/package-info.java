/**
 * The in-process llama.cpp planner: any GGUF chat model, loaded through de.kherud's binding after
 * a plain-Java check of the file, decoding under a grammar compiled from the plan schema and the
 * home's names so that whatever the model samples is a complete, parseable plan, question or
 * refusal. Also the tiny random-weight GGUF writer that tests and benchmarks use in place of a
 * downloaded model, and the grammar-constrained versus free decoding benchmark.
 */
package dev.rosie.planner.llama;
