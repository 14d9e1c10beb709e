package org.thematica.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixtures: the copies in src/test/resources/fixtures (so the tests run anywhere), else the
 * shared folder named by the system property thematica.fixtures (default ../shared/fixtures,
 * relative to the project directory).
 */
final class ImporterFixtures {
    private ImporterFixtures() {
    }

    static Path path(String relative) {
        URL url = ImporterFixtures.class.getResource("/fixtures/" + relative);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path root = Path.of(System.getProperty("thematica.fixtures", "../shared/fixtures"));
        if (!root.isAbsolute()) {
            root = Path.of(System.getProperty("basedir", ".")).resolve(root);
        }
        Path shared = root.resolve(relative);
        if (!Files.isRegularFile(shared)) {
            throw new IllegalStateException("fixture not found on the classpath nor at " + shared);
        }
        return shared;
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(String relative) {
        return new String(bytes(relative), StandardCharsets.UTF_8);
    }
}
