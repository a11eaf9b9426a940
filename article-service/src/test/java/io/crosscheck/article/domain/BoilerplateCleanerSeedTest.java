package io.crosscheck.article.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cleaner on the five real seed articles of the shared corpus, against the hand-made list of
 * boilerplate lines in seeds-gold.json: those lines go, every other line stays whole.
 */
class BoilerplateCleanerSeedTest {
    private static Path seeds;
    private static JsonNode boilerplate;
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    @BeforeAll
    static void readCorpus() throws IOException {
        Path corpus = sharedDir().resolve("corpus");
        seeds = corpus.resolve("seeds");
        boilerplate = new ObjectMapper().readTree(corpus.resolve("seeds-gold.json").toFile()).get("boilerplate");
        assertThat(boilerplate).as("boilerplate section of seeds-gold.json").isNotNull();
    }

    /** ${crosscheck.shared.dir} as surefire sets it, else ../../shared relative to the module. */
    static Path sharedDir() {
        String configured = System.getProperty("crosscheck.shared.dir");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("../../shared");
        assertThat(dir.resolve("corpus/seeds")).as("the shared corpus (set -Dcrosscheck.shared.dir)").isDirectory();
        return dir.toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicTest> removesEveryGoldBoilerplateLineAndKeepsEveryOtherLine() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private void check(Path file) {
        String name = file.getFileName().toString();
        JsonNode gold = boilerplate.get(name);
        assertThat(gold).as("gold boilerplate of %s", name).isNotNull();
        Set<String> expectedGone = new HashSet<>();
        gold.forEach(line -> expectedGone.add(line.asText()));
        assertThat(expectedGone).isNotEmpty();

        String original = read(file);
        BoilerplateCleaner.Result result = cleaner.clean(original);
        List<String> cleanedLines = result.cleanedText().lines().toList();

        for (String line : expectedGone) {
            assertThat(cleanedLines).as("%s: boilerplate line kept", name).doesNotContain(line);
            assertThat(result.cleanedText()).as("%s: boilerplate left in the text", name).doesNotContain(line);
            assertThat(result.removedLines()).as("%s: removal is reported", name).contains(line);
        }
        List<String> missing = new ArrayList<>();
        for (String line : original.lines().map(String::strip).toList()) {
            if (!line.isEmpty() && !expectedGone.contains(line) && !cleanedLines.contains(line)) {
                missing.add(line);
            }
        }
        assertThat(missing).as("%s: content lines the cleaner dropped or changed", name).isEmpty();
        assertThat(result.removedLines()).as("%s: removed exactly the gold lines", name)
                .containsExactlyInAnyOrderElementsOf(expectedGone);
        assertThat(result.cleanedText()).doesNotStartWith("\n").doesNotEndWith("\n").doesNotContain("\n\n\n");
    }

    @Test
    void trailingTimestampOf001IsThePrintedTimestamp() {
        BoilerplateCleaner.Result result = cleaner.clean(read(seeds.resolve("001_0f1a4aa06f701da4.txt")));

        assertThat(result.printedTimestamp()).isEqualTo(Instant.parse("2025-11-25T21:17:00Z"));
        assertThat(result.cleanedText()).doesNotContain("21:17");
    }

    @Test
    void seedsWithoutATimestampHaveNone() {
        assertThat(cleaner.clean(read(seeds.resolve("000_699bf35ace9df517.txt"))).printedTimestamp()).isNull();
    }

    @Test
    void cleaningIsIdempotent() throws IOException {
        try (Stream<Path> list = Files.list(seeds)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String once = cleaner.clean(read(file)).cleanedText();
                assertThat(cleaner.clean(once).cleanedText()).as(file.getFileName().toString()).isEqualTo(once);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
