package dev.rosie.perception.vision;

import java.util.ArrayList;
import java.util.List;

/**
 * DB post-processing for the text detector's probability map, in plain Java: threshold it, find the
 * connected regions (8-neighbourhood), score each by the mean probability over its bounding box, and
 * grow the survivors by DB's unclip distance, since the detector is trained to mark a shrunken core of
 * each text line.
 */
final class TextRegions {
    private TextRegions() {
    }

    /** Boxes in the probability map's own pixels, in no particular order. */
    static List<Box> find(float[] prob, int width, int height, float binaryThreshold, float boxThreshold,
            double unclipRatio) {
        if (prob.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " map needs " + width * height
                    + " values, not " + prob.length);
        }
        int[] label = new int[prob.length];
        int[] stack = new int[prob.length];
        List<Box> boxes = new ArrayList<>();
        int next = 0;
        for (int start = 0; start < prob.length; start++) {
            if (label[start] != 0 || prob[start] <= binaryThreshold) {
                continue;
            }
            next++;
            int minX = width;
            int minY = height;
            int maxX = -1;
            int maxY = -1;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int p = stack[--top];
                int x = p % width;
                int y = p / width;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= width) {
                            continue;
                        }
                        int q = ny * width + nx;
                        if (label[q] == 0 && prob[q] > binaryThreshold) {
                            label[q] = next;
                            stack[top++] = q;
                        }
                    }
                }
            }
            int w = maxX - minX + 1;
            int h = maxY - minY + 1;
            // PaddleOCR drops regions under three pixels across: specks, not text.
            if (Math.min(w, h) < 3) {
                continue;
            }
            if (meanOver(prob, width, minX, minY, maxX, maxY) < boxThreshold) {
                continue;
            }
            double grow = w * (double) h * unclipRatio / (2.0 * (w + h));
            Box grown = new Box(minX - grow, minY - grow, w + 2 * grow, h + 2 * grow);
            if (Math.min(grown.width(), grown.height()) < 5) {
                continue;
            }
            boxes.add(grown);
        }
        return boxes;
    }

    private static double meanOver(float[] prob, int width, int minX, int minY, int maxX, int maxY) {
        double sum = 0;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                sum += prob[y * width + x];
            }
        }
        return sum / ((maxX - minX + 1) * (maxY - minY + 1));
    }

    /**
     * Reading order: lines top to bottom, and boxes whose vertical centres lie within half a line of
     * each other left to right.
     */
    static List<Box> readingOrder(List<Box> boxes) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort((a, b) -> Double.compare(a.centreY(), b.centreY()));
        List<List<Box>> rows = new ArrayList<>();
        for (Box b : sorted) {
            List<Box> row = rows.isEmpty() ? null : rows.getLast();
            if (row != null && Math.abs(row.getFirst().centreY() - b.centreY()) < row.getFirst().height() / 2) {
                row.add(b);
            } else {
                rows.add(new ArrayList<>(List.of(b)));
            }
        }
        List<Box> out = new ArrayList<>(boxes.size());
        for (List<Box> row : rows) {
            row.sort((a, b) -> Double.compare(a.x(), b.x()));
            out.addAll(row);
        }
        return out;
    }
}
