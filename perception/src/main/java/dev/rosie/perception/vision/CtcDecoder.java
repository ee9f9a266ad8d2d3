package dev.rosie.perception.vision;

import java.util.List;
import java.util.Objects;

/**
 * Greedy CTC decoding for PP-OCR's recogniser: at each time step take the likeliest class, merge
 * repeats, drop blanks. Class 0 is the blank, classes 1..n are the dictionary's lines in order, and
 * class n+1 is a space (PaddleOCR's {@code use_space_char}).
 */
final class CtcDecoder {
    private final String[] classes;

    CtcDecoder(List<String> dictionary) {
        Objects.requireNonNull(dictionary, "dictionary");
        if (dictionary.isEmpty()) {
            throw new IllegalArgumentException("the OCR dictionary is empty");
        }
        classes = new String[dictionary.size() + 2];
        classes[0] = "";
        for (int i = 0; i < dictionary.size(); i++) {
            classes[i + 1] = dictionary.get(i);
        }
        classes[classes.length - 1] = " ";
    }

    int classCount() {
        return classes.length;
    }

    /** The text and the mean probability of its characters (0 when none were kept). */
    record Decoded(String text, double confidence) {
    }

    /** Decodes {@code steps x classCount()} probabilities, row by row. */
    Decoded decode(float[] probabilities, int steps) {
        int n = classes.length;
        if (probabilities.length != steps * n) {
            throw new IllegalArgumentException("the recogniser gave " + probabilities.length + " values; " + steps
                    + " steps of " + n + " classes need " + steps * n + " (wrong dictionary for the model?)");
        }
        StringBuilder text = new StringBuilder();
        double sum = 0;
        int kept = 0;
        int previous = -1;
        for (int t = 0; t < steps; t++) {
            int best = 0;
            float bestP = probabilities[t * n];
            for (int c = 1; c < n; c++) {
                float p = probabilities[t * n + c];
                if (p > bestP) {
                    bestP = p;
                    best = c;
                }
            }
            if (best != 0 && best != previous) {
                text.append(classes[best]);
                sum += bestP;
                kept++;
            }
            previous = best;
        }
        return new Decoded(text.toString().strip(), kept == 0 ? 0 : sum / kept);
    }
}
