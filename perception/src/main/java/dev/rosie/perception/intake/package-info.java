/**
 * Command intake: normalisation (NFKC, confusable folding, invisible and control characters
 * removed, whitespace collapsed), length limits, wake-word stripping, screening and provenance.
 * The only way text becomes a command; untrusted text comes out as data.
 */
package dev.rosie.perception.intake;
