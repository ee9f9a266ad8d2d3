package dev.rosie.worldmodel.map;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes PGM images for tests, in both encodings, the way map_saver and image editors do. */
final class Pgm {
    private Pgm() {
    }

    /** Plain (ASCII) PGM with a comment in the header, 16 values a line. */
    static byte[] p2(int width, int height, int maxval, int[] pixels) {
        StringBuilder text = new StringBuilder("P2\n# written by a Rosie test\n" + width + " " + height + "\n" + maxval + "\n");
        for (int i = 0; i < pixels.length; i++) {
            text.append(pixels[i]).append(i % 16 == 15 || i == pixels.length - 1 ? "\n" : " ");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Raw (binary) PGM: one byte per sample up to maxval 255, else two bytes, most significant first. */
    static byte[] p5(int width, int height, int maxval, int[] pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("P5\n# CREATOR: a Rosie test\n" + width + " " + height + "\n" + maxval + "\n").getBytes(StandardCharsets.US_ASCII));
        for (int p : pixels) {
            if (maxval > 255) {
                out.write(p >> 8);
            }
            out.write(p & 0xff);
        }
        return out.toByteArray();
    }
}
