package dev.rosie.perception.vision;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.robot.CameraFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A packed 8-bit RGB image, top row first: the one pixel format the detectors here take. Crops and
 * resizes are done in plain Java so OCR needs nothing but the ONNX models.
 */
public record RgbImage(int width, int height, byte[] rgb) {

    public RgbImage {
        Objects.requireNonNull(rgb, "rgb");
        if (width <= 0 || height <= 0 || (long) width * height * 3 != rgb.length) {
            throw new IllegalArgumentException("a " + width + "x" + height + " RGB image needs "
                    + (long) width * height * 3 + " bytes, not " + rgb.length);
        }
    }

    public static RgbImage of(CameraFrame frame) {
        return new RgbImage(frame.width(), frame.height(), frame.rgb());
    }

    /** Reads a PNG, JPEG, GIF or BMP file. */
    public static RgbImage read(Path file) {
        BufferedImage image;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException("image " + file + ": no such file");
            }
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("image " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new InvalidInputException("image " + file + ": not a PNG, JPEG, GIF or BMP image");
        }
        return of(image);
    }

    public static RgbImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (byte) (argb[i] >> 16);
            rgb[3 * i + 1] = (byte) (argb[i] >> 8);
            rgb[3 * i + 2] = (byte) argb[i];
        }
        return new RgbImage(w, h, rgb);
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue) of pixel (x, y), 0..255. */
    public int at(int x, int y, int c) {
        return rgb[(y * width + x) * 3 + c] & 0xff;
    }

    /** The part inside the box, clipped to the image; at least one pixel. */
    public RgbImage crop(Box box) {
        int x0 = clamp((int) Math.floor(box.x()), 0, width - 1);
        int y0 = clamp((int) Math.floor(box.y()), 0, height - 1);
        int x1 = clamp((int) Math.ceil(box.right()), x0 + 1, width);
        int y1 = clamp((int) Math.ceil(box.bottom()), y0 + 1, height);
        int w = x1 - x0;
        int h = y1 - y0;
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            System.arraycopy(rgb, ((y0 + y) * width + x0) * 3, out, y * w * 3, w * 3);
        }
        return new RgbImage(w, h, out);
    }

    /**
     * Bilinear resampling to {@code w x h}, sampling at pixel centres (as OpenCV's INTER_LINEAR does),
     * and, when shrinking by more than two, averaging the source block first so small text is not
     * aliased away.
     */
    public RgbImage resize(int w, int h) {
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("cannot resize to " + w + "x" + h);
        }
        if (w == width && h == height) {
            return this;
        }
        int fx = Math.max(1, width / w / 2);
        int fy = Math.max(1, height / h / 2);
        if (fx > 1 || fy > 1) {
            return boxShrink(fx, fy).resize(w, h);
        }
        byte[] out = new byte[w * h * 3];
        double sx = (double) width / w;
        double sy = (double) height / h;
        for (int y = 0; y < h; y++) {
            double srcY = Math.max(0, (y + 0.5) * sy - 0.5);
            int y0 = Math.min((int) srcY, height - 1);
            int y1 = Math.min(y0 + 1, height - 1);
            double wy = srcY - y0;
            for (int x = 0; x < w; x++) {
                double srcX = Math.max(0, (x + 0.5) * sx - 0.5);
                int x0 = Math.min((int) srcX, width - 1);
                int x1 = Math.min(x0 + 1, width - 1);
                double wx = srcX - x0;
                for (int c = 0; c < 3; c++) {
                    double top = at(x0, y0, c) * (1 - wx) + at(x1, y0, c) * wx;
                    double bottom = at(x0, y1, c) * (1 - wx) + at(x1, y1, c) * wx;
                    out[(y * w + x) * 3 + c] = (byte) Math.round(top * (1 - wy) + bottom * wy);
                }
            }
        }
        return new RgbImage(w, h, out);
    }

    private RgbImage boxShrink(int fx, int fy) {
        int w = Math.max(1, width / fx);
        int h = Math.max(1, height / fy);
        byte[] out = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    int sum = 0;
                    for (int dy = 0; dy < fy; dy++) {
                        for (int dx = 0; dx < fx; dx++) {
                            sum += at(x * fx + dx, y * fy + dy, c);
                        }
                    }
                    out[(y * w + x) * 3 + c] = (byte) (sum / (fx * fy));
                }
            }
        }
        return new RgbImage(w, h, out);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
