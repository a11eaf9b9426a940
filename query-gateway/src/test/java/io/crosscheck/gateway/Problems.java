package io.crosscheck.gateway;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that an answer is an RFC 9457 problem a client can act on, and makes names no other test uses. */
final class Problems {
    /** What leaks when an exception escapes: a stack frame, or a fully qualified exception class. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\b(?:[a-z]\\w*\\.){2,}[A-Z]\\w*(?:Exception|Error)\\b");

    private Problems() {
    }

    /** Whether a body shows a stack frame or a fully qualified exception class. */
    static boolean leaks(String body) {
        return LEAK.matcher(body).find();
    }

    /**
     * Asserts the problem shape: status, application/problem+json, every RFC 9457 member, the offending field (null when
     * the problem names none) and no stack trace anywhere in the body.
     *
     * @return the problem, for checks on its detail
     */
    static JsonPath assertProblem(Response response, int status, String field, String path) {
        String body = response.asString();
        assertThat(response.statusCode()).as("status of %s", body).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", body).startsWith("application/problem+json");
        assertThat(LEAK.matcher(body).find()).as("stack trace or exception class in %s", body).isFalse();
        JsonPath problem = response.jsonPath();
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).as("detail").isNotBlank();
        assertThat(problem.getString("instance")).isEqualTo(path);
        if (field != null) {
            assertThat(problem.getString("field")).as("field of %s", body).isEqualTo(field);
        }
        return problem;
    }

    /** A fictional lower-case word no seed article holds: keyword search for it finds only what the test stored. */
    static String uniqueWord(String stem) {
        StringBuilder word = new StringBuilder(stem);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /**
     * An article every check passes, about a fictional ferry, carrying the given word in its text. Published long before
     * the seed reports, so that it never pushes them out of a newest-first answer.
     */
    static Map<String, Object> article(String word) {
        return Map.of("url", "https://bad-input.example/" + word, "outlet", "bad-input-tests", "published", "2001-03-06",
                "text", "The " + word + " ferry pier reopened on Tuesday after three weeks of repairs, the harbour office said.");
    }
}
