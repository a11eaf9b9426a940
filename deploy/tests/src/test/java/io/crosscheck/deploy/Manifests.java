package io.crosscheck.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One overlay rendered and parsed into typed Kubernetes objects, with look-ups the checks share. */
final class Manifests {
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** A pod template and what owns it. */
    record Workload(HasMetadata owner, PodTemplateSpec template) {
        String name() {
            return owner.getKind() + "/" + owner.getMetadata().getName();
        }

        Map<String, String> podLabels() {
            Map<String, String> labels = template.getMetadata() == null ? null : template.getMetadata().getLabels();
            return labels == null ? Map.of() : labels;
        }

        List<Container> allContainers() {
            List<Container> all = new ArrayList<>(template.getSpec().getContainers());
            if (template.getSpec().getInitContainers() != null) {
                all.addAll(template.getSpec().getInitContainers());
            }
            return all;
        }
    }

    final String overlay;
    final List<HasMetadata> objects;

    private Manifests(String overlay, List<HasMetadata> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    static Manifests render(String overlay) {
        return of(overlay, Kustomize.build(Repo.K8S.resolve("overlays").resolve(overlay)).objects());
    }

    static Manifests of(String overlay, List<ObjectNode> rendered) {
        List<HasMetadata> typed = new ArrayList<>();
        for (ObjectNode node : rendered) {
            Object o = SERIALIZATION.unmarshal(node.toString());
            if (!(o instanceof HasMetadata h) || h.getClass().getSimpleName().equals("GenericKubernetesResource")) {
                throw new IllegalArgumentException(overlay + ": not a known Kubernetes kind: "
                        + node.path("apiVersion").asText() + " " + node.path("kind").asText());
            }
            typed.add(h);
        }
        return new Manifests(overlay, typed);
    }

    @Override
    public String toString() {
        return overlay;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError(overlay + ": no " + type.getSimpleName() + " " + name));
    }

    List<Workload> workloads() {
        List<Workload> w = new ArrayList<>();
        all(Deployment.class).forEach(d -> w.add(new Workload(d, d.getSpec().getTemplate())));
        all(StatefulSet.class).forEach(s -> w.add(new Workload(s, s.getSpec().getTemplate())));
        all(Job.class).forEach(j -> w.add(new Workload(j, j.getSpec().getTemplate())));
        return w;
    }

    /** Deployments and StatefulSets: the long-running workloads that need probes. */
    List<Workload> servers() {
        return workloads().stream().filter(w -> !(w.owner() instanceof Job)).toList();
    }

    Container container(String deployment) {
        return get(Deployment.class, deployment).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(deployment)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": Deployment " + deployment + " has no container " + deployment));
    }

    /** The container's environment as the pod sees it: envFrom ConfigMaps and Secrets, then env over them. */
    Map<String, String> environment(Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        if (c.getEnvFrom() != null) {
            for (EnvFromSource from : c.getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    find(ConfigMap.class, from.getConfigMapRef().getName()).ifPresent(cm -> env.putAll(cm.getData()));
                }
                if (from.getSecretRef() != null) {
                    find(Secret.class, from.getSecretRef().getName()).ifPresent(s -> s.getData().forEach((k, v) -> env.put(k, decode(v))));
                }
            }
        }
        if (c.getEnv() != null) {
            for (EnvVar e : c.getEnv()) {
                env.put(e.getName(), e.getValue() != null ? e.getValue() : valueFrom(e));
            }
        }
        return env;
    }

    private String valueFrom(EnvVar e) {
        if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
            var ref = e.getValueFrom().getSecretKeyRef();
            return find(Secret.class, ref.getName()).map(s -> s.getData().get(ref.getKey())).map(Manifests::decode).orElse(null);
        }
        if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
            var ref = e.getValueFrom().getConfigMapKeyRef();
            return find(ConfigMap.class, ref.getName()).map(cm -> cm.getData().get(ref.getKey())).orElse(null);
        }
        return null;
    }

    String env(String deployment, String name) {
        String value = environment(container(deployment)).get(name);
        if (value == null) {
            throw new AssertionError(overlay + ": " + deployment + " has no environment variable " + name);
        }
        return value;
    }

    HorizontalPodAutoscaler hpaFor(String deployment) {
        return all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(deployment)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no HorizontalPodAutoscaler for " + deployment));
    }

    /** Most replicas a Deployment runs: its HPA's maxReplicas, else spec.replicas (default 1). */
    int maxReplicas(String deployment) {
        Deployment d = get(Deployment.class, deployment);
        return all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(deployment))
                .map(h -> h.getSpec().getMaxReplicas()).findFirst()
                .orElse(d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas());
    }

    static String decode(String base64) {
        return base64 == null ? null : new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    static BigDecimal amount(Quantity q) {
        return Quantity.getAmountInBytes(q);
    }

    /** -XX:MaxRAMPercentage=N in JAVA_TOOL_OPTIONS, or -1. */
    static double maxRamPercentage(String javaOpts) {
        Matcher m = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(javaOpts == null ? "" : javaOpts);
        double last = -1;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        return last;
    }
}
