package dev.rosie.core.command;

/**
 * Looks at normalised text for signs of injection, claimed authority or obfuscation. The safety
 * module implements it; intake calls it so every command carries its screening verdict.
 */
@FunctionalInterface
public interface TextScreener {
    Screening screen(String normalisedText);
}
