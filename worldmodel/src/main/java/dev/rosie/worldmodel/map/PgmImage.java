package dev.rosie.worldmodel.map;

import dev.rosie.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A greyscale image read from a Netpbm PGM file, plain (P2, ASCII) or raw (P5, binary; one byte
 * per sample up to maxval 255, two bytes big-endian above). Row 0 is the image's TOP row, as in
 * the file. Only what a map needs: no multi-image files, no PAM.
 *
 * @param pixels samples in file order, row-major from the top-left, each 0..maxval
 */
record PgmImage(int width, int height, int maxval, Encoding encoding, int[] pixels) {
    /** The largest maxval the format allows (16-bit samples). */
    static final int MAX_MAXVAL = 65_535;

    enum Encoding {
        P2_PLAIN,
        P5_RAW;

        String describe() {
            return this == P2_PLAIN ? "P2 (plain)" : "P5 (raw)";
        }
    }

    PgmImage {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels for a " + width + "x" + height + " image");
        }
    }

    int at(int column, int row) {
        return pixels[row * width + column];
    }

    /**
     * Parses a PGM file's bytes. {@code maxCells} bounds width x height before the raster is read,
     * so a corrupt header cannot ask for gigabytes. Every failure names {@code source}, the part
     * of the file (header, maxval, pixels) and the reason.
     */
    static PgmImage parse(String source, byte[] bytes, int maxSide, long maxCells) {
        Cursor in = new Cursor(source, bytes);
        Encoding encoding;
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == '2') {
            encoding = Encoding.P2_PLAIN;
        } else if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == '5') {
            encoding = Encoding.P5_RAW;
        } else {
            String magic = new String(bytes, 0, Math.min(2, bytes.length), StandardCharsets.ISO_8859_1);
            throw in.error("header", "not a PGM image: it starts with '" + printable(magic)
                    + "', not P2 (plain) or P5 (raw); only PGM images can be imported");
        }
        in.pos = 2;
        int width = in.headerNumber("width");
        int height = in.headerNumber("height");
        int maxval = in.headerNumber("maxval");
        if (width < 1 || height < 1 || width > maxSide || height > maxSide || (long) width * height > maxCells) {
            throw in.error("header", "image of " + width + "x" + height + " pixels is outside 1.." + maxSide
                    + " pixels per side and " + maxCells + " pixels in all");
        }
        if (maxval < 1 || maxval > MAX_MAXVAL) {
            throw in.error("maxval", "unsupported maxval " + maxval + "; PGM allows 1.." + MAX_MAXVAL);
        }
        int[] pixels = new int[width * height];
        if (encoding == Encoding.P5_RAW) {
            // Exactly one whitespace byte separates maxval from the raster; the raster may start with bytes that look like whitespace.
            if (in.pos >= bytes.length || !isSpace(bytes[in.pos])) {
                throw in.error("header", "truncated: no raster after maxval");
            }
            in.pos++;
            int bytesPerSample = maxval > 255 ? 2 : 1;
            long available = (bytes.length - in.pos) / bytesPerSample;
            if (available < pixels.length) {
                throw in.error("pixels", "truncated: " + available + " of " + width + "x" + height + " = " + pixels.length
                        + " pixels present");
            }
            for (int i = 0; i < pixels.length; i++) {
                int p = in.pos + i * bytesPerSample;
                pixels[i] = bytesPerSample == 1 ? bytes[p] & 0xff : (bytes[p] & 0xff) << 8 | bytes[p + 1] & 0xff;
            }
        } else {
            for (int i = 0; i < pixels.length; i++) {
                Integer v = in.rasterNumber();
                if (v == null) {
                    throw in.error("pixels", "truncated: " + i + " of " + width + "x" + height + " = " + pixels.length + " pixels present");
                }
                pixels[i] = v;
            }
        }
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i] > maxval) {
                throw in.error("pixels", "pixel at row " + i / width + ", column " + i % width + " is " + pixels[i]
                        + ", above maxval " + maxval);
            }
        }
        return new PgmImage(width, height, maxval, encoding, pixels);
    }

    /** PGM's whitespace: blank, TAB, CR, LF, VT, FF (not Java's wider idea of it). */
    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    private static String printable(String s) {
        return s.replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** Reads whitespace-separated decimal numbers, skipping {@code #} comments to the end of the line. */
    private static final class Cursor {
        private final String source;
        private final byte[] bytes;
        private int pos;

        Cursor(String source, byte[] bytes) {
            this.source = source;
            this.bytes = bytes;
        }

        InvalidInputException error(String part, String reason) {
            return new InvalidInputException(source + ": " + part + ": " + reason);
        }

        int headerNumber(String what) {
            Integer v = next(what.equals("maxval") ? "maxval" : "header", what);
            if (v == null) {
                throw error("header", "truncated: the " + what + " is missing");
            }
            return v;
        }

        Integer rasterNumber() {
            return next("pixels", "pixel value");
        }

        /** The next number, or null at the end of the file. */
        private Integer next(String part, String what) {
            skipSpaceAndComments();
            if (pos >= bytes.length) {
                return null;
            }
            int start = pos;
            long value = 0;
            while (pos < bytes.length && bytes[pos] >= '0' && bytes[pos] <= '9') {
                value = value * 10 + (bytes[pos] - '0');
                if (value > Integer.MAX_VALUE) {
                    throw error(part, "the " + what + " at byte " + start + " is too large");
                }
                pos++;
            }
            if (pos == start || (pos < bytes.length && !isSpace(bytes[pos]) && bytes[pos] != '#')) {
                int end = Math.min(bytes.length, start + 12);
                throw error(part, "expected the " + what + " as a decimal number at byte " + start + ", found '"
                        + printable(new String(bytes, start, end - start, StandardCharsets.ISO_8859_1).split("\\s")[0]) + "'");
            }
            return (int) value;
        }

        private void skipSpaceAndComments() {
            while (pos < bytes.length) {
                if (isSpace(bytes[pos])) {
                    pos++;
                } else if (bytes[pos] == '#') {
                    while (pos < bytes.length && bytes[pos] != '\n' && bytes[pos] != '\r') {
                        pos++;
                    }
                } else {
                    return;
                }
            }
        }
    }
}
