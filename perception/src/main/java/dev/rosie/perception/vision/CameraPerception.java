package dev.rosie.perception.vision;

import dev.rosie.core.command.Channel;
import dev.rosie.core.command.Source;
import dev.rosie.core.command.Trust;
import dev.rosie.core.perception.Observation;
import dev.rosie.core.perception.PersonSeen;
import dev.rosie.core.perception.TextSeen;
import dev.rosie.core.robot.CameraFrame;
import dev.rosie.core.world.Pose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one camera frame shows: blocks of text (PP-OCR lines grouped into the signs they belong to) and
 * people (HOG), each as an {@link Observation} stamped with the frame's time and pose. Text is
 * always {@link TextSeen} from the untrusted camera source: data, never an instruction.
 */
public final class CameraPerception implements AutoCloseable {
    /** The provenance of every text the camera reads: whoever wrote it is unknown. */
    public static final Source CAMERA = new Source(Channel.CAMERA, "camera", Trust.UNTRUSTED);
    public static final String PERSON_PROVENANCE = "camera/hog";

    private final PpOcr ocr;
    private final HogPeopleDetector people;
    private final CameraModel camera;

    public CameraPerception(PpOcr ocr, HogPeopleDetector people, CameraModel camera) {
        this.ocr = Objects.requireNonNull(ocr, "ocr");
        this.people = Objects.requireNonNull(people, "people");
        this.camera = Objects.requireNonNull(camera, "camera");
    }

    public CameraModel camera() {
        return camera;
    }

    /** Text blocks first (in reading order), then people (strongest first). */
    public List<Observation> look(CameraFrame frame) {
        RgbImage image = RgbImage.of(frame);
        List<Observation> seen = new ArrayList<>(texts(frame, ocr.read(image)));
        for (PersonBox p : people.detect(image)) {
            double bearing = camera.bearing(p.box().centreX(), frame.width());
            double distance = camera.personDistance(p.box().height(), bearing, frame.width());
            seen.add(new PersonSeen(bearing, distance, frame.at(), frame.pose(), p.weight(), PERSON_PROVENANCE));
        }
        return seen;
    }

    private List<TextSeen> texts(CameraFrame frame, List<TextLine> lines) {
        List<TextSeen> out = new ArrayList<>();
        for (List<TextLine> block : blocks(lines)) {
            StringBuilder text = new StringBuilder();
            double confidence = 1;
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            for (TextLine l : block) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(l.text());
                confidence = Math.min(confidence, l.confidence());
                left = Math.min(left, l.box().x());
                right = Math.max(right, l.box().right());
            }
            double bearing = camera.bearing((left + right) / 2, frame.width());
            out.add(new TextSeen(text.toString(), where(frame.pose(), bearing), frame.at(), frame.pose(), CAMERA,
                    Math.max(0, Math.min(1, confidence))));
        }
        return out;
    }

    static String where(Pose pose, double bearing) {
        return String.format(Locale.ROOT, "seen by the camera from (%.2f, %.2f) facing %.0f deg, %.0f deg %s",
                pose.x(), pose.y(), Math.toDegrees(pose.theta()), Math.abs(Math.toDegrees(bearing)),
                bearing >= 0 ? "left" : "right");
    }

    /**
     * Groups lines into blocks: a line joins a block when it starts within about one line height below
     * the block's last line and overlaps it horizontally, as the lines of one sign do, or when it
     * continues that line's row a short gap to its right.
     */
    static List<List<TextLine>> blocks(List<TextLine> lines) {
        List<List<TextLine>> blocks = new ArrayList<>();
        for (TextLine line : lines) {
            List<TextLine> home = null;
            for (List<TextLine> b : blocks) {
                Box last = b.getLast().box();
                Box box = line.box();
                boolean below = box.y() >= last.y() + last.height() * 0.3
                        && box.y() - last.bottom() <= Math.max(last.height(), box.height());
                boolean overlaps = box.x() < last.right() && last.x() < box.right();
                boolean nextOnRow = Math.abs(box.centreY() - last.centreY()) < last.height() / 2
                        && box.x() >= last.x() && box.x() - last.right() <= 2 * last.height();
                if ((below && overlaps) || nextOnRow) {
                    home = b;
                    break;
                }
            }
            if (home == null) {
                blocks.add(new ArrayList<>(List.of(line)));
            } else {
                home.add(line);
            }
        }
        return blocks;
    }

    /** Closes the OCR models and the people detector. */
    @Override
    public void close() {
        try {
            ocr.close();
        } finally {
            people.close();
        }
    }
}
