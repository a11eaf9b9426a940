package io.crosscheck.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backends run their packaged runners in the prod profile, as deployed: their console log is one JSON object a
 * line, with timestamp, level, logger and message, so that a log pipeline needs no pattern to read it.
 */
@QuarkusTest
@QuarkusTestResource(value = BackendProcesses.class, restrictToAnnotatedClass = false)
class JsonLogsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBackendLogLineIsAJsonRecord() throws Exception {
        for (String service : List.of("article-service", "extraction-service")) {
            // The service is still running: a last line it is writing right now is left out.
            String log = Files.readString(Path.of("target", "backend-logs", service + ".log"));
            List<String> lines = log.substring(0, log.lastIndexOf('\n') + 1).lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(service).isNotEmpty();
            for (String line : lines) {
                JsonNode record = JSON.readTree(line);
                assertThat(record.isObject()).as("%s: %s", service, line).isTrue();
                assertThat(record.path("timestamp").asText()).as(line).isNotEmpty();
                assertThat(record.path("level").asText()).as(line).isNotEmpty();
                assertThat(record.path("loggerName").asText()).as(line).isNotEmpty();
                assertThat(record.has("message")).as(line).isTrue();
            }
            assertThat(lines).as("%s says it started", service).anyMatch(l -> l.contains("started in"));
        }
    }
}
