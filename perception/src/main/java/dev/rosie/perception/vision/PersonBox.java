package dev.rosie.perception.vision;

import java.util.Objects;

/**
 * A person the people detector found.
 *
 * @param box the detection window in image pixels (HOG's window has margin around the body)
 * @param weight the detector's score: the SVM margin, higher is surer
 */
public record PersonBox(Box box, double weight) {
    public PersonBox {
        Objects.requireNonNull(box, "box");
    }
}
