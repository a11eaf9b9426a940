package io.crosscheck.extraction.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus beside the project (../shared), as CI and every developer have it. */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Path dir() {
        String configured = System.getProperty("crosscheck.shared.dir");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("the shared corpus is missing at " + path.toAbsolutePath());
        }
        return path;
    }

    public static String seed(String prefix) {
        try (var files = Files.list(dir().resolve("corpus/seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
