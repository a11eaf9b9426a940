package io.crosscheck.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The five seed reports from ../shared, as JSON articles ready to post; their text is never copied into the project. */
final class Seeds {
    private Seeds() {
    }

    static Path shared() {
        String configured = System.getProperty("crosscheck.shared.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("the shared corpus is missing at " + dir.toAbsolutePath());
        }
        return dir;
    }

    /** name -> {url, outlet, published, text}, with the outlet named after the file. */
    static List<Map<String, String>> articles() {
        try {
            JsonNode gold = new ObjectMapper().readTree(shared().resolve("corpus/seeds-gold.json").toFile());
            List<Map<String, String>> out = new ArrayList<>();
            try (var files = Files.list(shared().resolve("corpus/seeds"))) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    String published = gold.path("articles").path(name).path("published").asText();
                    out.add(Map.of("url", "https://seeds.example/" + name, "outlet", name.replace(".txt", ""),
                            "published", published, "text", Files.readString(file)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
