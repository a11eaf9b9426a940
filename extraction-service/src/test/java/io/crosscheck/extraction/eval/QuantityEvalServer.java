package io.crosscheck.extraction.eval;

import io.crosscheck.extraction.nlp.MiniLmSentenceEmbedder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.crosscheck.common.v1.ClaimSet;
import io.crosscheck.common.v1.Quantity;
import io.crosscheck.extraction.domain.NewsExtractor;
import io.crosscheck.extraction.nlp.CoreNlpAnalyzer;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A developer aid for iterating on quantity reading: serves {@code POST /api/v1/extract} on loopback with the
 * real extractor in process (no gateway, no gRPC) and answers the top-level quantities in the REST names the
 * shared scorer reads, so {@code quantity_score.py --gateway http://127.0.0.1:PORT} runs in seconds after a
 * rebuild. The figures reported in README are measured through the real gateway (eval/quantity-evaluate.sh).
 * Usage: QuantityEvalServer PORT
 */
public final class QuantityEvalServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        NewsExtractor extractor = new NewsExtractor(new CoreNlpAnalyzer(EvalSetup.ANNOTATORS), MiniLmSentenceEmbedder.shared(), 1_000_000);
        ObjectMapper json = new ObjectMapper();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/api/v1/extract", exchange -> {
            try (exchange) {
                JsonNode req = json.readTree(exchange.getRequestBody());
                ClaimSet set = extractor.extract(req.path("text").asText(), LocalDate.of(2025, 11, 26), "en").claimSet();
                ObjectNode out = json.createObjectNode();
                ArrayNode qs = out.putArray("quantities");
                for (Quantity q : set.getQuantitiesList()) {
                    ObjectNode n = qs.addObject();
                    n.put("value", q.getValue());
                    if (q.hasValueTo()) {
                        n.put("valueTo", q.getValueTo());
                    }
                    n.put("unit", q.getUnit()).put("counted", q.getCounted()).put("text", q.getText())
                            .put("start", q.getSpan().getStart()).put("end", q.getSpan().getEnd())
                            .put("kind", q.getKind().name()).put("bound", q.getBound().name()).put("change", q.getChange().name());
                }
                byte[] body = json.writeValueAsBytes(out);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream o = exchange.getResponseBody()) {
                    o.write(body);
                }
            } catch (RuntimeException | Error e) {
                byte[] body = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
                e.printStackTrace();
            }
        });
        server.start();
        System.out.println("quantity eval server on http://127.0.0.1:" + port);
    }
}
