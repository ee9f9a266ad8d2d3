/**
 * The adversarial safety suite's data: the JSONL corpus format of issue 8 ({@link
 * dev.rosie.safety.suite.CorpusCase}), its strict loader ({@link dev.rosie.safety.suite.CorpusLoader})
 * and the project's reference corpus shipped as a resource. The format is a contract shared with
 * corpora written elsewhere, so the loader rejects anything it cannot interpret exactly (naming the
 * line and the field) but ignores fields it does not know, which other corpora may carry.
 */
package dev.rosie.safety.suite;
