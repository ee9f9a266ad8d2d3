package dev.rosie.sim;

import java.util.Objects;

/**
 * How clean a room is, from the simulator's dirt map (ground truth).
 *
 * @param room the room's name
 * @param cleanableCells floor cells in the room a body could clean: not under furniture, not in a no-go zone
 * @param coveredCells of those, the cells the running suction has passed over at least once
 * @param initialGrams the dirt the room started with
 * @param residualGrams the dirt left now
 */
public record RoomDirt(String room, int cleanableCells, int coveredCells, double initialGrams, double residualGrams) {
    public RoomDirt {
        Objects.requireNonNull(room, "room");
        if (cleanableCells < 0 || coveredCells < 0 || coveredCells > cleanableCells) {
            throw new IllegalArgumentException("room '" + room + "' cannot have " + coveredCells + " of " + cleanableCells
                    + " cells covered");
        }
    }

    /** Covered over cleanable cells, 0 to 1 (0 for a room with no floor). */
    public double coverage() {
        return cleanableCells == 0 ? 0 : (double) coveredCells / cleanableCells;
    }

    /** The dirt left as a fraction of the dirt there was, 0 to 1 (0 for a room that had none). */
    public double residualFraction() {
        return initialGrams == 0 ? 0 : residualGrams / initialGrams;
    }
}
