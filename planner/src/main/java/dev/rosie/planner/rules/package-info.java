/**
 * The rule-based planner: a small, transparent pattern table over command text. It is the
 * skeleton's planner and stays as a documented fallback for when no model is available; it reads
 * only the trusted command text, never notes or camera text.
 */
package dev.rosie.planner.rules;
