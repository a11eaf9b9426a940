package io.crosscheck.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization without kubectl, for the subset of Kustomize that deploy/k8s uses:
 * resources (files and kustomization folders), components, configMapGenerator and secretGenerator
 * (literals, envs; behavior create/merge/replace), patches (strategic merge, from a file or inline),
 * namespace, replicas and images. Anything else fails loudly, so a manifest that starts to use another
 * feature extends this class (and {@code RendererMatchesKubectlTest} compares both renderers wherever
 * kubectl is installed). Generated names carry no hash suffix here; kubectl's do.
 *
 * <p>Order as in Kustomize 5: resources, own generators, components (each the same way, applied to what
 * has accumulated), own transformers.
 */
final class Kustomize {
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "components",
            "configMapGenerator", "secretGenerator", "patches", "namespace", "replicas", "images");
    /** The merge keys of the lists deploy/k8s patches (from the Kubernetes API's patchMergeKey). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name", "initContainers", "name", "env", "name", "volumes", "name",
            "volumeMounts", "mountPath", "imagePullSecrets", "name", "topologySpreadConstraints", "topologyKey");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "PersistentVolume", "StorageClass", "CustomResourceDefinition", "PriorityClass");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The objects a kustomization renders to, and the names of the ConfigMaps and Secrets it generated. */
    record Result(List<ObjectNode> objects, Set<String> generatedNames) {
    }

    private final List<ObjectNode> objects = new ArrayList<>();
    private final Set<String> generated = new LinkedHashSet<>();

    private Kustomize() {
    }

    static Result build(Path dir) {
        Kustomize k = new Kustomize();
        k.accumulate(dir, "Kustomization");
        return new Result(List.copyOf(k.objects), Set.copyOf(k.generated));
    }

    private void accumulate(Path dir, String expectedKind) {
        ObjectNode k = Yaml.readOne(dir.resolve("kustomization.yaml"));
        String kind = k.path("kind").asText("Kustomization");
        if (!kind.equals(expectedKind)) {
            throw new IllegalArgumentException(dir + ": expected a " + expectedKind + ", found " + kind);
        }
        k.fieldNames().forEachRemaining(f -> {
            if (!SUPPORTED.contains(f)) {
                throw new IllegalArgumentException(dir + ": kustomization field '" + f
                        + "' is not supported by the test renderer (Kustomize.java); extend it");
            }
        });
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                Result sub = build(p);
                objects.addAll(sub.objects());
                generated.addAll(sub.generatedNames());
            } else {
                objects.addAll(Yaml.readAll(p));
            }
        }
        generate(dir, k.path("configMapGenerator"), "ConfigMap");
        generate(dir, k.path("secretGenerator"), "Secret");
        for (JsonNode c : k.path("components")) {
            accumulate(dir.resolve(c.asText()).normalize(), "Component");
        }
        for (JsonNode p : k.path("patches")) {
            if (p.has("target") || p.has("options")) {
                throw new IllegalArgumentException(dir + ": patch targets/options are not supported by the test renderer");
            }
            List<ObjectNode> patchDocs = p.has("path") ? Yaml.readAll(dir.resolve(p.get("path").asText()))
                    : Yaml.readAll(p.path("patch").asText(), dir + " inline patch");
            for (ObjectNode patch : patchDocs) {
                applyPatch(dir, patch);
            }
        }
        if (k.hasNonNull("namespace")) {
            String ns = k.get("namespace").asText();
            for (ObjectNode o : objects) {
                ObjectNode meta = o.withObjectProperty("metadata");
                if (o.path("kind").asText().equals("Namespace")) {
                    meta.put("name", ns);
                } else if (!CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    meta.put("namespace", ns);
                }
            }
        }
        for (JsonNode r : k.path("replicas")) {
            boolean found = false;
            for (ObjectNode o : objects) {
                if (Set.of("Deployment", "StatefulSet", "ReplicaSet").contains(o.path("kind").asText())
                        && o.path("metadata").path("name").asText().equals(r.path("name").asText())) {
                    o.withObjectProperty("spec").put("replicas", r.path("count").asInt());
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalArgumentException(dir + ": replicas for unknown workload " + r);
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode o : objects) {
                setImages(o, image);
            }
        }
    }

    private void generate(Path dir, JsonNode generators, String kind) {
        for (JsonNode g : generators) {
            String name = g.path("name").asText();
            ObjectNode data = NODES.objectNode();
            for (JsonNode envFile : g.path("envs")) {
                for (String line : lines(dir.resolve(envFile.asText()))) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) {
                        continue;
                    }
                    put(data, t, kind, dir);
                }
            }
            for (JsonNode literal : g.path("literals")) {
                put(data, literal.asText(), kind, dir);
            }
            g.fieldNames().forEachRemaining(f -> {
                if (!Set.of("name", "envs", "literals", "behavior").contains(f)) {
                    throw new IllegalArgumentException(dir + ": generator field '" + f + "' not supported by the test renderer");
                }
            });
            String behavior = g.path("behavior").asText("create");
            ObjectNode existing = objects.stream()
                    .filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                    .findFirst().orElse(null);
            switch (behavior) {
                case "create" -> {
                    if (existing != null) {
                        throw new IllegalArgumentException(dir + ": " + kind + " " + name + " generated twice");
                    }
                    ObjectNode o = NODES.objectNode();
                    o.put("apiVersion", "v1");
                    o.put("kind", kind);
                    o.putObject("metadata").put("name", name);
                    o.set("data", data);
                    if (kind.equals("Secret")) {
                        o.put("type", "Opaque");
                    }
                    objects.add(o);
                    generated.add(name);
                }
                case "merge", "replace" -> {
                    if (existing == null) {
                        throw new IllegalArgumentException(dir + ": " + kind + " " + name + " does not exist; cannot " + behavior);
                    }
                    if (behavior.equals("replace")) {
                        existing.set("data", data);
                    } else {
                        existing.withObjectProperty("data").setAll(data);
                    }
                }
                default -> throw new IllegalArgumentException(dir + ": generator behavior " + behavior);
            }
        }
    }

    private static void put(ObjectNode data, String keyValue, String kind, Path dir) {
        int eq = keyValue.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(dir + ": not KEY=VALUE: " + keyValue);
        }
        String value = keyValue.substring(eq + 1);
        data.put(keyValue.substring(0, eq), kind.equals("Secret")
                ? Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) : value);
    }

    private void applyPatch(Path dir, ObjectNode patch) {
        String kind = patch.path("kind").asText();
        String name = patch.path("metadata").path("name").asText();
        List<ObjectNode> targets = objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && o.path("metadata").path("name").asText().equals(name))
                .toList();
        if (targets.size() != 1) {
            throw new IllegalArgumentException(dir + ": patch for " + kind + " " + name + " matches " + targets.size() + " objects");
        }
        ObjectNode target = targets.get(0);
        ObjectNode body = patch.deepCopy();
        body.remove("apiVersion");
        body.remove("kind");
        ((ObjectNode) body.get("metadata")).remove("name");
        merge(target, body);
    }

    /** Strategic merge: maps merge, lists with a merge key merge item by item, other lists and values replace. */
    static void merge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(e -> {
            String field = e.getKey();
            JsonNode pv = e.getValue();
            JsonNode tv = target.get(field);
            if (field.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + field + " is not supported by the test renderer");
            }
            if (pv.isNull()) {
                target.remove(field);
            } else if (pv.isObject() && tv != null && tv.isObject()) {
                merge((ObjectNode) tv, (ObjectNode) pv);
            } else if (pv.isArray() && tv != null && tv.isArray() && mergeKey(field, pv) != null) {
                target.set(field, mergeList((ArrayNode) tv, (ArrayNode) pv, mergeKey(field, pv)));
            } else {
                target.set(field, pv.deepCopy());
            }
        });
    }

    private static String mergeKey(String field, JsonNode patchList) {
        if (field.equals("ports")) {
            return patchList.path(0).has("containerPort") ? "containerPort" : "port";
        }
        return MERGE_KEYS.get(field);
    }

    /** As Kustomize 5 orders them: the patch's items (merged with their counterparts) first, then the rest. */
    private static ArrayNode mergeList(ArrayNode target, ArrayNode patch, String key) {
        ArrayNode out = NODES.arrayNode();
        Set<String> patched = new LinkedHashSet<>();
        for (JsonNode p : patch) {
            String id = p.path(key).asText();
            patched.add(id);
            JsonNode match = null;
            for (JsonNode t : target) {
                if (t.path(key).asText().equals(id)) {
                    match = t;
                }
            }
            if (match == null) {
                out.add(p.deepCopy());
            } else {
                ObjectNode merged = match.deepCopy();
                merge(merged, (ObjectNode) p);
                out.add(merged);
            }
        }
        for (JsonNode t : target) {
            if (!patched.contains(t.path(key).asText())) {
                out.add(t.deepCopy());
            }
        }
        return out;
    }

    private static void setImages(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode c : node.path(list)) {
                    if (c.isObject() && c.has("image")) {
                        ((ObjectNode) c).put("image", rewrite(c.get("image").asText(), image));
                    }
                }
            }
            node.elements().forEachRemaining(child -> setImages(child, image));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> setImages(child, image));
        }
    }

    private static String rewrite(String ref, JsonNode image) {
        String digest = "";
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.substring(at);
            ref = ref.substring(0, at);
        }
        String tag = "";
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            tag = ref.substring(colon);
            ref = ref.substring(0, colon);
        }
        if (!ref.equals(image.path("name").asText())) {
            return ref + tag + digest;
        }
        String name = image.path("newName").asText(ref);
        if (image.has("newTag")) {
            tag = ":" + image.get("newTag").asText();
        }
        if (image.has("digest")) {
            return name + "@" + image.get("digest").asText();
        }
        return name + tag + digest;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
