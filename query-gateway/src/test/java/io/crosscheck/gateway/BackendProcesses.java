package io.crosscheck.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the real backends for gateway tests: article-service on its default embedded store (H2 in a
 * temporary folder, exactly the local default) and extraction-service with the real CoreNLP models,
 * each as its own process from the runner the reactor built before this module. Init arg
 * {@code extraction=off} leaves extraction out and points the gateway at a closed port, to test how
 * the gateway answers when a backend is unreachable.
 *
 * <p>All three services export their traces to one in-test OTLP receiver ({@link #traces()}), so that a test can follow
 * a request through them; the backends run the prod profile, exactly as deployed (JSON logs in {@code
 * target/backend-logs}).
 */
public class BackendProcesses implements QuarkusTestResourceLifecycleManager {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static OtlpReceiver traces;
    private static volatile int articlePort;
    private static volatile int extractionPort;
    private static volatile Process extraction;

    private final List<Process> processes = new ArrayList<>();
    private boolean withExtraction = true;
    private boolean withTls;
    private javax.net.ssl.SSLContext trust;
    private Path logs;

    @Override
    public void init(Map<String, String> initArgs) {
        withExtraction = !"off".equals(initArgs.get("extraction"));
        withTls = "on".equals(initArgs.get("tls"));
    }

    @Override
    public Map<String, String> start() {
        try {
            Path root = Path.of("").toAbsolutePath().getParent();
            logs = Files.createDirectories(Path.of("target", "backend-logs"));
            Path data = Files.createTempDirectory("crosscheck-e2e-store");
            articlePort = freePort();
            List<String> tracing = tracingProperties().entrySet().stream().map(e -> "-D" + e.getKey() + "=" + e.getValue()).toList();
            List<String> store = new ArrayList<>(tracing);
            store.addAll(List.of("-Dcrosscheck.mongodb.embedded.data-dir=" + data, "-Dcrosscheck.mongodb.embedded.port=0"));
            Map<String, String> clientTls = Map.of();
            if (withTls) {
                TestTls tls = TestTls.create(Path.of("target", "tls"));
                trust = tls.sslContext();
                store.addAll(tls.serverArgs(articlePort, freePort()));
                clientTls = tls.clientProperties("articles");
            }
            start(root, "article-service", articlePort, store.toArray(String[]::new));
            extractionPort = freePort();
            if (withExtraction) {
                List<String> extraction = new ArrayList<>(tracing);
                extraction.add("-Xmx3g");
                BackendProcesses.extraction = start(root, "extraction-service", extractionPort, extraction.toArray(String[]::new));
            }
            waitReady("article-service", articlePort);
            if (withExtraction) {
                waitReady("extraction-service", extractionPort);
            }
            // In test mode gRPC clients dial their test-port, so both are set.
            Map<String, String> gateway = new java.util.HashMap<>(tracingProperties());
            gateway.putAll(Map.of("quarkus.grpc.clients.articles.port", String.valueOf(articlePort),
                    "quarkus.grpc.clients.articles.test-port", String.valueOf(articlePort),
                    "quarkus.grpc.clients.extraction.port", String.valueOf(extractionPort),
                    "quarkus.grpc.clients.extraction.test-port", String.valueOf(extractionPort),
                    "crosscheck.gateway.extraction-deadline", "60s"));
            gateway.putAll(clientTls);
            return gateway;
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        }
    }

    /** The receiver every service of the running suite exports its spans to. */
    static synchronized OtlpReceiver traces() {
        if (traces == null) {
            traces = new OtlpReceiver();
        }
        return traces;
    }

    /** The port of the running article-service (its gRPC, health and /q/metrics). */
    static int articlePort() {
        return articlePort;
    }

    /** The port of the running extraction-service. */
    static int extractionPort() {
        return extractionPort;
    }

    /** Tracing on, exported at once over OTLP/HTTP to {@link #traces()}: the same settings for all three services. */
    private static Map<String, String> tracingProperties() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", traces().endpoint(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }

    /**
     * Stops the running extraction-service and waits until it is gone, so that a test can watch the gateway lose it
     * after start. Only for a test class with a profile of its own: every later test of that profile runs without it.
     */
    static void stopExtraction() throws InterruptedException {
        Process p = extraction;
        if (p == null) {
            throw new IllegalStateException("no extraction-service was started");
        }
        p.destroy();
        p.waitFor();
    }

    private Process start(Path root, String module, int port, String... jvmArgs) throws IOException {
        Path runner = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: build the whole project (./mvnw verify) so that the "
                    + "backends are packaged before the gateway's tests run");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(List.of(jvmArgs));
        command.add("-jar");
        command.add(runner.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(module + ".log").toFile()).start();
        processes.add(process);
        return process;
    }

    private void waitReady(String module, int port) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        if (trust != null) {
            client.sslContext(trust);
        }
        HttpClient http = client.build();
        String scheme = trust != null && module.equals("article-service") ? "https://localhost:" : "http://127.0.0.1:";
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(module + " exited; see " + logs.resolve(module + ".log").toAbsolutePath());
                }
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(scheme + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(module + " not ready after " + READY_TIMEOUT + "; see " + logs.resolve(module + ".log"));
    }

    @Override
    public void stop() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
