package dev.rosie.perception.vision;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real photographs shipped by Debian packages; .ci/run installs them (apt_install opencv-doc darknet). */
final class DebianImages {
    static final Path PERSON = Path.of("/usr/share/darknet/data/person.jpg");
    static final Path DOG = Path.of("/usr/share/darknet/data/dog.jpg");
    static final Path BOOK_PAGE = Path.of("/usr/share/doc/opencv-doc/examples/data/imageTextN.png");
    static final Path NOTICE_SIGN = Path.of("/usr/share/doc/opencv-doc/examples/text/scenetext01.jpg");
    static final Path NO_PARKING = Path.of("/usr/share/doc/opencv-doc/examples/text/scenetext05.jpg");

    private DebianImages() {
    }

    /** The image, or a failure saying which package to install. */
    static RgbImage load(Path file) {
        if (!Files.isRegularFile(file)) {
            String pkg = file.startsWith("/usr/share/darknet") ? "darknet" : "opencv-doc";
            throw new IllegalStateException(file + " is missing: install the Debian package " + pkg
                    + " (.ci/run does: apt_install opencv-doc darknet)");
        }
        return RgbImage.read(file);
    }
}
