package dev.rosie.perception.vision;

import java.util.Objects;

/**
 * One line of text read from an image.
 *
 * @param text the recognised characters
 * @param box where it is, in the image's pixels
 * @param confidence mean probability of the kept characters, 0 to 1
 */
public record TextLine(String text, Box box, double confidence) {
    public TextLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
    }
}
