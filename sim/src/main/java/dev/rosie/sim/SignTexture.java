package dev.rosie.sim;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A sign's face as an image: its text in bold sans-serif, dark on white, wrapped into the largest
 * size that fits, drawn once with java.awt. The camera samples it through summed-area tables, so
 * each screen pixel gets the average of the texels it covers: a distant sign shrinks smoothly
 * instead of shimmering, which is what lets an OCR model read it.
 */
final class SignTexture {
    /** Texels per metre of panel. */
    private static final int TEXELS_PER_METRE = 500;
    /** The blank border a printed sign keeps around its text, as a share of its shorter side. */
    private static final double MARGIN_SHARE = 0.08;

    private final int width;
    private final int height;
    /** Summed-area tables, (width + 1) x (height + 1), one per channel. */
    private final long[] sumR;
    private final long[] sumG;
    private final long[] sumB;

    SignTexture(Sign sign) {
        this.width = Math.max(32, (int) Math.round(sign.width() * TEXELS_PER_METRE));
        this.height = Math.max(32, (int) Math.round(sign.height() * TEXELS_PER_METRE));
        BufferedImage image = render(sign.text(), width, height);
        int stride = width + 1;
        sumR = new long[stride * (height + 1)];
        sumG = new long[stride * (height + 1)];
        sumB = new long[stride * (height + 1)];
        for (int y = 0; y < height; y++) {
            long rowR = 0;
            long rowG = 0;
            long rowB = 0;
            for (int x = 0; x < width; x++) {
                int rgb = image.getRGB(x, y);
                rowR += rgb >> 16 & 0xff;
                rowG += rgb >> 8 & 0xff;
                rowB += rgb & 0xff;
                int i = (y + 1) * stride + x + 1;
                sumR[i] = sumR[i - stride] + rowR;
                sumG[i] = sumG[i - stride] + rowG;
                sumB[i] = sumB[i - stride] + rowB;
            }
        }
    }

    static BufferedImage render(String text, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0x20, 0x20, 0x20));
            g.setStroke(new java.awt.BasicStroke(4));
            g.drawRect(2, 2, width - 5, height - 5);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            int margin = Math.max(12, (int) Math.round(MARGIN_SHARE * Math.min(width, height)));
            int inner = width - 2 * margin;
            int innerHeight = height - 2 * margin;
            List<String> lines = List.of(text.strip());
            FontMetrics metrics = null;
            // Letters at most about a quarter of the panel's height, as printed signs set them: a short
            // text blown up to fill the panel edge to edge is unlike any real sign (and PP-OCR's detector
            // misses lines that big).
            for (int size = innerHeight / 4; size >= 6; size -= Math.max(1, size / 16)) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
                metrics = g.getFontMetrics();
                lines = wrap(text, metrics, inner);
                if (lines != null && lines.size() * metrics.getHeight() <= innerHeight) {
                    break;
                }
            }
            if (lines == null) {
                lines = List.of(text.strip());
            }
            int lineHeight = metrics.getHeight();
            int top = margin + (innerHeight - lines.size() * lineHeight) / 2 + metrics.getAscent();
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                int x = margin + (inner - metrics.stringWidth(line)) / 2;
                g.drawString(line, x, top + k * lineHeight);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Greedy word wrap; null when a single word is wider than the line. */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (metrics.stringWidth(word) > width) {
                return null;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The mean colour, as 0xRRGGBB, over the texture rectangle from (u0, v0) to (u1, v1), in 0..1
     * panel coordinates (u left to right as the reader sees it, v top to bottom).
     */
    int average(double u0, double v0, double u1, double v1) {
        int x0 = clampTexel(Math.min(u0, u1) * width, width);
        int x1 = clampTexel(Math.max(u0, u1) * width, width);
        int y0 = clampTexel(Math.min(v0, v1) * height, height);
        int y1 = clampTexel(Math.max(v0, v1) * height, height);
        if (x1 <= x0) {
            x1 = Math.min(width, x0 + 1);
            x0 = x1 - 1;
        }
        if (y1 <= y0) {
            y1 = Math.min(height, y0 + 1);
            y0 = y1 - 1;
        }
        long area = (long) (x1 - x0) * (y1 - y0);
        return (int) (box(sumR, x0, y0, x1, y1) / area) << 16 | (int) (box(sumG, x0, y0, x1, y1) / area) << 8
                | (int) (box(sumB, x0, y0, x1, y1) / area);
    }

    private long box(long[] sum, int x0, int y0, int x1, int y1) {
        int stride = width + 1;
        return sum[y1 * stride + x1] - sum[y0 * stride + x1] - sum[y1 * stride + x0] + sum[y0 * stride + x0];
    }

    private static int clampTexel(double t, int size) {
        return (int) Math.max(0, Math.min(size, Math.round(t)));
    }
}
