package io.crosscheck.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tests render with {@link Kustomize} so that they need no kubectl. Where kubectl is installed (the
 * project's machines have it), this compares both renderers object by object, up to the hash suffix
 * Kustomize gives generated ConfigMaps and Secrets. Without kubectl it is skipped and says so.
 */
class RendererMatchesKubectlTest {

    static Stream<String> kustomizations() {
        return Stream.concat(Stream.of("base"), Repo.OVERLAYS.stream().map(o -> "overlays/" + o));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void sameObjectsAsKubectlKustomize(String dir) throws Exception {
        Path path = Repo.K8S.resolve(dir);
        String kubectl = kubectlKustomize(path);
        assumeTrue(kubectl != null, "kubectl is not installed: deploy/k8s was rendered by the test renderer only");
        Kustomize.Result ours = Kustomize.build(path);
        Map<String, JsonNode> expected = byId(Yaml.readAll(kubectl, "kubectl kustomize " + dir), ours.generatedNames());
        Map<String, JsonNode> actual = byId(ours.objects(), Set.of());
        assertThat(actual.keySet()).as(dir + ": objects").containsExactlyElementsOf(expected.keySet());
        for (String id : expected.keySet()) {
            assertThat(actual.get(id)).as(dir + ": " + id + " (ours vs kubectl)").isEqualTo(expected.get(id));
        }
    }

    @Test
    void strategicMergeMergesNamedListItemsAndReplacesTheRest() {
        ObjectNode target = (ObjectNode) Yaml.readAll("""
                spec:
                  containers:
                    - name: a
                      args: [x, y]
                      env: [{name: A, value: "1"}, {name: B, value: "2"}]
                    - name: b
                  replicas: 1
                """, "target").get(0);
        ObjectNode patch = (ObjectNode) Yaml.readAll("""
                spec:
                  containers:
                    - name: a
                      args: [z]
                      env: [{name: B, value: "3"}, {name: C, value: "4"}]
                  replicas: null
                """, "patch").get(0);
        Kustomize.merge(target, patch);
        assertThat(target.toString()).isEqualTo("{\"spec\":{\"containers\":[{\"name\":\"a\",\"args\":[\"z\"],"
                + "\"env\":[{\"name\":\"B\",\"value\":\"3\"},{\"name\":\"C\",\"value\":\"4\"},{\"name\":\"A\",\"value\":\"1\"}]},"
                + "{\"name\":\"b\"}]}}");
    }

    @Test
    void unsupportedKustomizeFeaturesFailLoudly(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        java.nio.file.Files.writeString(dir.resolve("kustomization.yaml"), "commonLabels: {a: b}\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("commonLabels");
    }

    /** Objects by kind/namespace/name; generated names lose kubectl's hash suffix. */
    private static Map<String, JsonNode> byId(List<ObjectNode> objects, Set<String> generated) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (ObjectNode o : objects) {
            JsonNode copy = unhash(o.deepCopy(), generated);
            if (copy.path("kind").asText().equals("Secret") && copy.path("data").isObject()) {
                // Kustomize wraps long base64 values in lines.
                ObjectNode data = (ObjectNode) copy.get("data");
                List<String> keys = new ArrayList<>();
                data.fieldNames().forEachRemaining(keys::add);
                keys.forEach(k -> data.put(k, data.get(k).asText().replaceAll("\\s", "")));
            }
            String id = copy.path("kind").asText() + "/" + copy.path("metadata").path("namespace").asText("") + "/"
                    + copy.path("metadata").path("name").asText();
            assertThat(out.put(id, copy)).as("duplicate " + id).isNull();
        }
        return out;
    }

    private static JsonNode unhash(JsonNode node, Set<String> generated) {
        if (node.isTextual()) {
            for (String name : generated) {
                if (node.asText().matches(java.util.regex.Pattern.quote(name) + "-[a-z0-9]{10}")) {
                    return TextNode.valueOf(name);
                }
            }
            return node;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            it.forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> e : fields) {
                ((ObjectNode) node).set(e.getKey(), unhash(e.getValue(), generated));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, unhash(node.get(i), generated));
            }
        }
        return node;
    }

    /** kubectl kustomize's output, or null when kubectl is not installed. */
    private static String kubectlKustomize(Path dir) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
        } catch (IOException notInstalled) {
            return null;
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
        assertThat(p.exitValue()).as("kubectl kustomize " + dir + ": " + err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
