package io.crosscheck.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.crosscheck.gateway.Problems.article;
import static io.crosscheck.gateway.Problems.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * gRPC over TLS between the gateway and article-service, configured only by properties (README "Security"): the
 * backend serves one TLS port with a self-signed certificate, the gateway's client trusts it, and articles are stored
 * and read through it; the backend's port speaks no plain HTTP.
 */
@QuarkusTest
@TestProfile(TlsBackendTest.TlsToTheStore.class)
class TlsBackendTest {
    public static class TlsToTheStore implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(BackendProcesses.class, Map.of("extraction", "off", "tls", "on")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void articlesGoThroughTheTlsChannel() {
        String word = uniqueWord("tls");
        String id = given().contentType(ContentType.JSON).body(RestBadInputTest.json(article(word))).post("/api/v1/articles")
                .then().statusCode(201).extract().path("article.id");

        assertThat(given().get("/api/v1/articles/" + id).then().statusCode(200).extract().<String>path("text")).contains(word);
        assertThat(given().queryParam("q", word).get("/api/v1/articles").then().statusCode(200).extract()
                .<List<String>>path("articles.id")).containsExactly(id);
    }

    @Test
    void theBackendPortSpeaksNoPlainHttp() {
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BackendProcesses.articlePort() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> plain.send(health, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
    }
}
