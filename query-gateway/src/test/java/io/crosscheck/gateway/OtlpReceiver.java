package io.crosscheck.gateway;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A tiny OTLP/HTTP trace receiver on loopback, standing in for a collector: the three services export their spans to
 * it (protocol http/protobuf) and tests read what arrived. The body, an ExportTraceServiceRequest, is read as plain
 * protobuf fields (no generated OTLP classes needed): resource_spans(1) holds resource(1) with attributes(1), and
 * scope_spans(2) with spans(2): trace_id(1), span_id(2), parent_span_id(4), name(5), kind(6).
 */
final class OtlpReceiver implements AutoCloseable {
    /** One span as exported: hex ids, empty parent for a root span. */
    record Span(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
        static final int SERVER = 2;
        static final int CLIENT = 3;
    }

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final List<Span> spans = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    OtlpReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Where exporters send: http://127.0.0.1:PORT (they add /v1/traces). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Span> spans() {
        return List.copyOf(spans);
    }

    /** Exports the receiver could not read; a test that sees any should fail. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream in = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                in = new GZIPInputStream(in);
            }
            byte[] body = in.readAllBytes();
            if (!exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                // Metrics and logs are not exported by the services; anything else is acknowledged and ignored.
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            try {
                read(body);
            } catch (InvalidProtocolBufferException | RuntimeException e) {
                failures.add(e.toString());
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            // An empty ExportTraceServiceResponse.
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private void read(byte[] body) throws InvalidProtocolBufferException {
        UnknownFieldSet request = UnknownFieldSet.parseFrom(body);
        for (ByteString resourceSpans : lengthDelimited(request, 1)) {
            UnknownFieldSet rs = UnknownFieldSet.parseFrom(resourceSpans);
            String service = "";
            for (ByteString resource : lengthDelimited(rs, 1)) {
                for (ByteString attribute : lengthDelimited(UnknownFieldSet.parseFrom(resource), 1)) {
                    UnknownFieldSet kv = UnknownFieldSet.parseFrom(attribute);
                    if ("service.name".equals(string(kv, 1))) {
                        for (ByteString value : lengthDelimited(kv, 2)) {
                            service = string(UnknownFieldSet.parseFrom(value), 1);
                        }
                    }
                }
            }
            for (ByteString scopeSpans : lengthDelimited(rs, 2)) {
                for (ByteString s : lengthDelimited(UnknownFieldSet.parseFrom(scopeSpans), 2)) {
                    UnknownFieldSet span = UnknownFieldSet.parseFrom(s);
                    List<Long> kind = span.hasField(6) ? span.getField(6).getVarintList() : List.of();
                    spans.add(new Span(service, hex(span, 1), hex(span, 2), hex(span, 4), string(span, 5),
                            kind.isEmpty() ? 0 : kind.get(0).intValue()));
                }
            }
        }
    }

    private static List<ByteString> lengthDelimited(UnknownFieldSet message, int field) {
        return message.hasField(field) ? message.getField(field).getLengthDelimitedList() : List.of();
    }

    private static String string(UnknownFieldSet message, int field) {
        List<ByteString> values = lengthDelimited(message, field);
        return values.isEmpty() ? "" : values.get(0).toStringUtf8();
    }

    private static String hex(UnknownFieldSet message, int field) {
        List<ByteString> values = lengthDelimited(message, field);
        return values.isEmpty() ? "" : HEX.formatHex(values.get(0).toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
