package io.crosscheck.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.crosscheck.deploy.Manifests.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay of deploy/k8s, rendered and parsed into typed objects, against the rules of DESIGN.md and README. */
class ManifestTest {
    /**
     * Quarkus keys the manifests set that are not in the service's application.properties, each with the
     * reason. Each must be documented by this Quarkus version ({@link #allowListedKeysAreRealQuarkusKeys}).
     */
    static final Map<String, String> ALLOWED_QUARKUS_KEYS = Map.of(
            "quarkus.shutdown.timeout",
            "graceful stop on SIGTERM: running calls finish; unset locally, where Ctrl-C should stop at once",
            "quarkus.grpc.clients.extraction.idle-timeout",
            "re-resolve the headless Service's DNS after quiet periods so that pods the HPA added get work;"
                    + " meaningless outside Kubernetes");
    /** Not Quarkus configuration: the heap ratio for any JVM (JAVA_TOOL_OPTIONS) and for the base image's run-java.sh. */
    static final Set<String> JVM_ENV = Set.of("JAVA_TOOL_OPTIONS", "JAVA_MAX_MEM_RATIO");
    /** Secrets an overlay expects to exist in the cluster already (README says how to create them). */
    static final Map<String, Set<String>> EXTERNAL_SECRETS = Map.of("production-external-mongodb", Set.of("crosscheck-mongodb"));
    static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);
    private static final Map<String, Manifests> RENDERED = new HashMap<>();

    static Stream<Manifests> overlays() {
        return Repo.OVERLAYS.stream().map(o -> RENDERED.computeIfAbsent(o, Manifests::render));
    }

    static String where(Manifests m, Object what) {
        return m.overlay + ": " + what;
    }

    // --- schema ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyFieldIsKnownToTheKubernetesApi(Manifests m) {
        List<String> unknown = new ArrayList<>();
        for (HasMetadata o : m.objects) {
            unknown.addAll(UnknownFields.in(o, o.getKind() + "/" + o.getMetadata().getName()));
        }
        assertThat(unknown).as(where(m, "fields the Kubernetes API does not have (typos, wrong nesting)")).isEmpty();
    }

    // --- workloads -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theThreeServicesAreDeployedFromTheirImages(Manifests m) {
        for (String service : Repo.SERVICES) {
            Container c = m.container(service);
            String image = c.getImage();
            assertThat(image).as(where(m, service + " image")).matches("(.+/)?crosscheck/" + service + ":.+")
                    .endsWith(":" + Repo.projectVersion());
            if (m.overlay.equals("local")) {
                // As the jib build names them locally and deploy/docker-compose.yml uses them.
                assertThat(image).as(where(m, service + " image")).isEqualTo("crosscheck/" + service + ":" + Repo.projectVersion());
            } else {
                assertThat(image).as(where(m, service + " image comes from a registry")).matches("[a-z0-9.\\-]+(:[0-9]+)?/.+");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyLongRunningContainerHasStartupLivenessAndReadinessProbes(Manifests m) {
        for (Workload w : m.servers()) {
            for (Container c : w.template().getSpec().getContainers()) {
                String what = where(m, w.name() + " container " + c.getName());
                assertThat(c.getStartupProbe()).as(what + " startupProbe").isNotNull();
                assertThat(c.getLivenessProbe()).as(what + " livenessProbe").isNotNull();
                assertThat(c.getReadinessProbe()).as(what + " readinessProbe").isNotNull();
                for (Probe p : List.of(c.getStartupProbe(), c.getLivenessProbe(), c.getReadinessProbe())) {
                    Object port = p.getHttpGet() != null ? p.getHttpGet().getPort()
                            : p.getTcpSocket() != null ? p.getTcpSocket().getPort() : null;
                    if (port != null) {
                        assertThat(containerPort(c, (IntOrString) port)).as(what + " probe port " + port).isNotNull();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void quarkusProbesUseTheHealthEndpointsOnTheServicesHttpPort(Manifests m) {
        for (String service : Repo.SERVICES) {
            Container c = m.container(service);
            String httpPort = m.environment(c).getOrDefault("QUARKUS_HTTP_PORT", String.valueOf(Repo.httpPort(service)));
            Map<String, Probe> probes = Map.of("started", c.getStartupProbe(), "live", c.getLivenessProbe(),
                    "ready", c.getReadinessProbe());
            probes.forEach((kind, probe) -> {
                HTTPGetAction get = probe.getHttpGet();
                String what = where(m, service + " " + kind + " probe");
                assertThat(get).as(what + " is an HTTP GET").isNotNull();
                assertThat(get.getPath()).as(what).isEqualTo("/q/health/" + kind);
                ContainerPort port = containerPort(c, get.getPort());
                assertThat(port).as(what + " port " + get.getPort()).isNotNull();
                assertThat(String.valueOf(port.getContainerPort()))
                        .as(what + ": health is served on quarkus.http.port (gRPC shares it)").isEqualTo(httpPort);
            });
        }
        // Model loading takes 30-60 s and longer on a throttled CPU: give it at least 3 minutes.
        Probe startup = m.container("extraction-service").getStartupProbe();
        int budget = orDefault(startup.getPeriodSeconds(), 10) * orDefault(startup.getFailureThreshold(), 3);
        assertThat(budget).as(where(m, "extraction-service startup budget (s)")).isGreaterThanOrEqualTo(180);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasCpuAndMemoryRequestsAndLimits(Manifests m) {
        for (Workload w : m.workloads()) {
            for (Container c : w.allContainers()) {
                String what = where(m, w.name() + " container " + c.getName());
                assertThat(c.getResources()).as(what + " resources").isNotNull();
                Map<String, Quantity> req = Objects.requireNonNullElse(c.getResources().getRequests(), Map.of());
                Map<String, Quantity> lim = Objects.requireNonNullElse(c.getResources().getLimits(), Map.of());
                for (String r : List.of("cpu", "memory")) {
                    assertThat(req).as(what + " requests").containsKey(r);
                    assertThat(lim).as(what + " limits").containsKey(r);
                    assertThat(Manifests.amount(req.get(r))).as(what + " " + r + " request <= limit")
                            .isLessThanOrEqualTo(Manifests.amount(lim.get(r)));
                }
                // A JVM cannot give memory back under pressure: what it may use is what it is promised.
                assertThat(Manifests.amount(req.get("memory"))).as(what + " memory request = limit")
                        .isEqualByComparingTo(Manifests.amount(lim.get("memory")));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodIsHardened(Manifests m) {
        for (Workload w : m.workloads()) {
            PodSpec pod = w.template().getSpec();
            PodSecurityContext psc = pod.getSecurityContext();
            String what = where(m, w.name());
            assertThat(psc).as(what + " pod securityContext").isNotNull();
            assertThat(psc.getRunAsNonRoot()).as(what + " runAsNonRoot").isTrue();
            assertThat(psc.getRunAsUser()).as(what + " runAsUser").isNotNull().isPositive();
            assertThat(psc.getSeccompProfile()).as(what + " seccompProfile").isNotNull();
            assertThat(psc.getSeccompProfile().getType()).as(what + " seccompProfile").isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(what + " automountServiceAccountToken").isFalse();
            assertThat(pod.getHostNetwork()).as(what + " hostNetwork").isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostPID()).as(what + " hostPID").isNotEqualTo(Boolean.TRUE);
            Map<String, Volume> volumes = pod.getVolumes() == null ? Map.of()
                    : pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
            assertThat(volumes.values()).as(what + " hostPath volumes").noneMatch(v -> v.getHostPath() != null);
            for (Container c : w.allContainers()) {
                String cw = what + " container " + c.getName();
                SecurityContext sc = c.getSecurityContext();
                assertThat(sc).as(cw + " securityContext").isNotNull();
                assertThat(sc.getAllowPrivilegeEscalation()).as(cw + " allowPrivilegeEscalation").isFalse();
                assertThat(sc.getReadOnlyRootFilesystem()).as(cw + " readOnlyRootFilesystem").isTrue();
                assertThat(sc.getPrivileged()).as(cw + " privileged").isNotEqualTo(Boolean.TRUE);
                assertThat(sc.getCapabilities()).as(cw + " capabilities").isNotNull();
                assertThat(sc.getCapabilities().getDrop()).as(cw + " capabilities.drop").contains("ALL");
                assertThat(sc.getCapabilities().getAdd()).as(cw + " capabilities.add").isNullOrEmpty();
                assertThat(sc.getRunAsUser() == null || sc.getRunAsUser() != 0).as(cw + " runAsUser is not root (0)").isTrue();
                // Read-only root: the JVM (hsperfdata), Vert.x (file cache) and mongosh write to /tmp.
                VolumeMount tmp = c.getVolumeMounts() == null ? null
                        : c.getVolumeMounts().stream().filter(v -> v.getMountPath().equals("/tmp")).findFirst().orElse(null);
                assertThat(tmp).as(cw + " mounts a writable /tmp").isNotNull();
                assertThat(volumes.get(tmp.getName())).as(cw + " /tmp volume").isNotNull();
                assertThat(volumes.get(tmp.getName()).getEmptyDir()).as(cw + " /tmp is an emptyDir").isNotNull();
                for (VolumeMount vm : c.getVolumeMounts()) {
                    boolean claim = w.owner() instanceof StatefulSet s && s.getSpec().getVolumeClaimTemplates() != null
                            && s.getSpec().getVolumeClaimTemplates().stream().anyMatch(t -> t.getMetadata().getName().equals(vm.getName()));
                    assertThat(claim || volumes.containsKey(vm.getName())).as(cw + " mount " + vm.getName() + " has a volume").isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everythingLivesInTheRestrictedNamespace(Manifests m) {
        List<Namespace> namespaces = m.all(Namespace.class);
        assertThat(namespaces).as(where(m, "Namespace objects")).hasSize(1);
        Namespace ns = namespaces.get(0);
        assertThat(ns.getMetadata().getLabels()).as(where(m, "Pod Security Standard"))
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
        for (HasMetadata o : m.objects) {
            if (!(o instanceof Namespace)) {
                assertThat(o.getMetadata().getNamespace()).as(where(m, o.getKind() + " " + o.getMetadata().getName() + " namespace"))
                        .isEqualTo(ns.getMetadata().getName());
            }
        }
    }

    // --- scaling extraction ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theAutoscalerScalesTheExtractionDeploymentOnCpu(Manifests m) {
        List<HorizontalPodAutoscaler> hpas = m.all(HorizontalPodAutoscaler.class);
        assertThat(hpas).as(where(m, "HorizontalPodAutoscalers")).hasSize(1);
        HorizontalPodAutoscaler hpa = hpas.get(0);
        var target = hpa.getSpec().getScaleTargetRef();
        assertThat(target.getApiVersion() + " " + target.getKind()).as(where(m, "HPA target")).isEqualTo("apps/v1 Deployment");
        assertThat(target.getName()).as(where(m, "HPA target")).isEqualTo("extraction-service");
        Deployment d = m.get(Deployment.class, target.getName());
        assertThat(d.getSpec().getReplicas()).as(where(m, "extraction-service replicas belong to the HPA; a fixed count would be"
                + " re-applied by every kubectl apply")).isNull();
        assertThat(hpa.getSpec().getMetrics()).as(where(m, "HPA metrics")).isNotEmpty();
        MetricSpec cpu = hpa.getSpec().getMetrics().get(0);
        assertThat(cpu.getType()).isEqualTo("Resource");
        assertThat(cpu.getResource().getName()).as(where(m, "HPA metric")).isEqualTo("cpu");
        assertThat(cpu.getResource().getTarget().getType()).isEqualTo("Utilization");
        assertThat(m.container("extraction-service").getResources().getRequests())
                .as(where(m, "CPU utilization is measured against the CPU request")).containsKey("cpu");
        assertThat(hpa.getSpec().getMinReplicas()).as(where(m, "HPA minReplicas")).isPositive()
                .isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
        if (m.overlay.startsWith("production")) {
            assertThat(hpa.getSpec().getMinReplicas()).as(where(m, "production minReplicas")).isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).as(where(m, "production maxReplicas")).isGreaterThan(hpa.getSpec().getMinReplicas());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theGatewayBalancesOverEveryBackendPodThroughHeadlessServices(Manifests m) {
        Map<String, String> clients = Map.of("articles", "article-service", "extraction", "extraction-service");
        clients.forEach((client, backend) -> {
            String prefix = "QUARKUS_GRPC_CLIENTS_" + client.toUpperCase() + "_";
            String host = m.env("query-gateway", prefix + "HOST");
            Service svc = m.get(Service.class, host);
            assertThat(svc.getSpec().getClusterIP()).as(where(m, host + " is headless (one DNS record per pod)")).isEqualTo("None");
            assertThat(svc.getSpec().getPublishNotReadyAddresses()).as(where(m, host + " lists ready pods only")).isNotEqualTo(Boolean.TRUE);
            assertThat(selects(svc.getSpec().getSelector(), m.get(Deployment.class, backend).getSpec().getTemplate().getMetadata().getLabels()))
                    .as(where(m, host + " selects " + backend)).isTrue();
            assertThat(svc.getSpec().getPorts()).extracting(ServicePort::getPort).as(where(m, host + " port"))
                    .contains(Integer.parseInt(m.env("query-gateway", prefix + "PORT")));
            assertThat(m.env("query-gateway", prefix + "LOAD_BALANCING_POLICY")).as(where(m, client + " load balancing"))
                    .isEqualTo("round_robin");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theGatewaysFanOutBoundMatchesTheExtractionCapacity(Manifests m) {
        int gateways = m.maxReplicas("query-gateway");
        int parallelism = Integer.parseInt(m.env("query-gateway", "CROSSCHECK_GATEWAY_EXTRACTION_PARALLELISM"));
        int extractionPods = m.maxReplicas("extraction-service");
        int concurrency = Integer.parseInt(m.env("extraction-service", "CROSSCHECK_EXTRACTION_CONCURRENCY"));
        BigDecimal cpuLimit = m.container("extraction-service").getResources().getLimits().get("cpu").getNumericalAmount();
        assertThat(BigDecimal.valueOf(concurrency)).as(where(m, "extractions per pod = its CPU limit (CoreNLP is CPU-bound)"))
                .isEqualByComparingTo(cpuLimit);
        assertThat(gateways * parallelism)
                .as(where(m, "gateway pods (" + gateways + ") x CROSSCHECK_GATEWAY_EXTRACTION_PARALLELISM (" + parallelism
                        + ") = extraction pods at HPA maxReplicas (" + extractionPods + ") x CROSSCHECK_EXTRACTION_CONCURRENCY ("
                        + concurrency + ")"))
                .isEqualTo(extractionPods * concurrency);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theJvmHeapFollowsTheMemoryLimitAndExtractionGetsThreeGib(Manifests m) {
        for (String service : Repo.SERVICES) {
            Container c = m.container(service);
            Map<String, String> env = m.environment(c);
            double percentage = Manifests.maxRamPercentage(env.get("JAVA_TOOL_OPTIONS"));
            assertThat(percentage).as(where(m, service + " JAVA_TOOL_OPTIONS -XX:MaxRAMPercentage")).isPositive().isLessThanOrEqualTo(80);
            assertThat(env.get("JAVA_MAX_MEM_RATIO")).as(where(m, service + " JAVA_MAX_MEM_RATIO agrees with JAVA_TOOL_OPTIONS"))
                    .isNotNull();
            assertThat(Double.parseDouble(env.get("JAVA_MAX_MEM_RATIO"))).as(where(m, service + " JAVA_MAX_MEM_RATIO"))
                    .isEqualTo(percentage);
            if (service.equals("extraction-service")) {
                BigDecimal heap = Manifests.amount(c.getResources().getLimits().get("memory"))
                        .multiply(BigDecimal.valueOf(percentage / 100));
                assertThat(heap).as(where(m, "extraction-service heap (memory limit x MaxRAMPercentage) for CoreNLP"))
                        .isGreaterThanOrEqualTo(GIB.multiply(BigDecimal.valueOf(3)));
            }
        }
    }

    // --- services, budgets, references ---------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceSelectsPodsAndTargetsTheirPorts(Manifests m) {
        for (Service svc : m.all(Service.class)) {
            String what = where(m, "Service " + svc.getMetadata().getName());
            List<Workload> selected = m.servers().stream().filter(w -> selects(svc.getSpec().getSelector(), w.podLabels())).toList();
            assertThat(selected).as(what + " selects pods").isNotEmpty();
            for (ServicePort port : svc.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort() != null ? port.getTargetPort() : new IntOrString(port.getPort());
                for (Workload w : selected) {
                    ContainerPort cp = w.template().getSpec().getContainers().stream()
                            .map(c -> containerPort(c, target)).filter(Objects::nonNull).findFirst().orElse(null);
                    assertThat(cp).as(what + " targetPort " + target.getValue() + " in " + w.name()).isNotNull();
                    assertThat(Objects.requireNonNullElse(cp.getProtocol(), "TCP")).as(what + " protocol")
                            .isEqualTo(Objects.requireNonNullElse(port.getProtocol(), "TCP"));
                    if (target.getStrVal() != null) {
                        assertThat(cp.getContainerPort()).as(what + " port number = container port").isEqualTo(port.getPort());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDisruptionBudgetSelectsOneWorkloadAndAllowsEvictions(Manifests m) {
        Set<String> covered = new TreeSet<>();
        for (PodDisruptionBudget pdb : m.all(PodDisruptionBudget.class)) {
            String what = where(m, "PodDisruptionBudget " + pdb.getMetadata().getName());
            List<Workload> selected = m.servers().stream()
                    .filter(w -> selects(pdb.getSpec().getSelector().getMatchLabels(), w.podLabels())).toList();
            assertThat(selected).as(what + " selects exactly one workload").hasSize(1);
            assertThat(pdb.getSpec().getSelector().getMatchExpressions()).as(what + " matchExpressions").isNullOrEmpty();
            assertThat(pdb.getSpec().getMinAvailable()).as(what + " uses maxUnavailable (a minAvailable equal to"
                    + " the replicas would block every node drain)").isNull();
            IntOrString max = pdb.getSpec().getMaxUnavailable();
            assertThat(max).as(what + " maxUnavailable").isNotNull();
            assertThat(max.getIntVal() != null ? max.getIntVal() > 0 : !max.getStrVal().equals("0%")).as(what + " allows evictions").isTrue();
            covered.add(selected.get(0).name());
        }
        assertThat(covered).as(where(m, "workloads with a PodDisruptionBudget"))
                .containsAll(m.servers().stream().map(Workload::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyReferencedConfigMapAndSecretExists(Manifests m) {
        Set<String> external = EXTERNAL_SECRETS.getOrDefault(m.overlay, Set.of());
        for (Workload w : m.workloads()) {
            for (Container c : w.allContainers()) {
                String what = where(m, w.name() + " container " + c.getName());
                for (EnvFromSource from : Objects.requireNonNullElse(c.getEnvFrom(), List.<EnvFromSource>of())) {
                    if (from.getConfigMapRef() != null) {
                        assertThat(m.find(ConfigMap.class, from.getConfigMapRef().getName())).as(what + " envFrom ConfigMap").isPresent();
                    }
                    boolean optional = from.getSecretRef() != null && Boolean.TRUE.equals(from.getSecretRef().getOptional());
                    if (from.getSecretRef() != null && !optional && !external.contains(from.getSecretRef().getName())) {
                        assertThat(m.find(Secret.class, from.getSecretRef().getName())).as(what + " envFrom Secret").isPresent();
                    }
                }
                for (EnvVar e : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of())) {
                    if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                        var ref = e.getValueFrom().getSecretKeyRef();
                        if (external.contains(ref.getName())) {
                            assertThat(m.find(Secret.class, ref.getName())).as(what + " " + ref.getName()
                                    + " is created by hand in this overlay, not rendered").isEmpty();
                        } else {
                            Secret s = m.find(Secret.class, ref.getName()).orElse(null);
                            assertThat(s).as(what + " " + e.getName() + " Secret " + ref.getName()).isNotNull();
                            assertThat(s.getData()).as(what + " Secret " + ref.getName() + " key").containsKey(ref.getKey());
                        }
                    }
                    if (e.getValueFrom() != null && e.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = e.getValueFrom().getConfigMapKeyRef();
                        assertThat(m.find(ConfigMap.class, ref.getName()).map(cm -> cm.getData().containsKey(ref.getKey())))
                                .as(what + " " + e.getName() + " ConfigMap key").contains(true);
                    }
                }
            }
        }
        assertThat(m.environment(m.container("article-service")).get("CROSSCHECK_MONGODB_CONNECTION_STRING") != null
                || external.contains("crosscheck-mongodb")).as(where(m, "article-service has a MongoDB")).isTrue();
    }

    // --- configuration keys ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyConfigurationVariableIsAKeyOfTheService(Manifests m) {
        for (String service : Repo.SERVICES) {
            Container c = m.container(service);
            Set<String> known = new TreeSet<>();
            Repo.properties(service).keySet().forEach(k -> known.add(Repo.envName(k)));
            ALLOWED_QUARKUS_KEYS.keySet().forEach(k -> known.add(Repo.envName(k)));
            List<String> names = new ArrayList<>(m.environment(c).keySet());
            Objects.requireNonNullElse(c.getEnv(), List.<EnvVar>of()).forEach(e -> names.add(e.getName()));
            List<String> unknown = names.stream().filter(n -> !JVM_ENV.contains(n) && !known.contains(n)).distinct().toList();
            assertThat(unknown).as(where(m, service + ": variables that are no key of " + service
                    + "/src/main/resources/application.properties nor in ManifestTest.ALLOWED_QUARKUS_KEYS")).isEmpty();
        }
    }

    @Test
    void allowListedKeysAreRealQuarkusKeys() {
        assertThat(QuarkusConfigModel.keys()).as("Quarkus config models on the test class path").hasSizeGreaterThan(100);
        for (String key : ALLOWED_QUARKUS_KEYS.keySet()) {
            assertThat(QuarkusConfigModel.documents(key)).as(key + " is documented by Quarkus " + System.getProperty("quarkus.platform.version", ""))
                    .isTrue();
        }
        assertThat(QuarkusConfigModel.documents("quarkus.grpc.clients.extraction.no-such-thing")).isFalse();
        // The gateway's client keys the manifests override, also checked against Quarkus itself.
        for (String key : List.of("quarkus.grpc.clients.extraction.load-balancing-policy", "quarkus.grpc.clients.articles.host",
                "quarkus.grpc.clients.extraction.port")) {
            assertThat(QuarkusConfigModel.documents(key)).as(key).isTrue();
        }
    }

    // --- MongoDB replica set ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theMongoReplicaSetIsConsistent(Manifests m) {
        var statefulSet = m.find(StatefulSet.class, "mongo");
        if (statefulSet.isEmpty()) {
            assertThat(EXTERNAL_SECRETS.getOrDefault(m.overlay, Set.of())).as(where(m, "no in-cluster MongoDB: an external one"))
                    .contains("crosscheck-mongodb");
            return;
        }
        StatefulSet sts = statefulSet.get();
        int members = sts.getSpec().getReplicas();
        Service headless = m.get(Service.class, sts.getSpec().getServiceName());
        assertThat(headless.getSpec().getClusterIP()).as(where(m, "StatefulSet serviceName is headless")).isEqualTo("None");
        assertThat(headless.getSpec().getPublishNotReadyAddresses()).as(where(m, "members resolve each other before ready")).isTrue();
        assertThat(sts.getSpec().getVolumeClaimTemplates()).as(where(m, "volumeClaimTemplates")).isNotEmpty();
        Container mongod = sts.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(mongod.getVolumeMounts()).as(where(m, "mongod data on the claim"))
                .anyMatch(v -> v.getMountPath().equals("/data/db")
                        && v.getName().equals(sts.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName()));
        String replSet = mongod.getArgs().stream().filter(a -> a.startsWith("--replSet=")).map(a -> a.substring(10)).findFirst()
                .orElseThrow(() -> new AssertionError(where(m, "mongod has no --replSet=")));

        String uri = m.env("article-service", "CROSSCHECK_MONGODB_CONNECTION_STRING");
        List<String> hosts = List.of(uri.replaceFirst("^mongodb://", "").replaceFirst("/.*$", "").split(","));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            expected.add(sts.getMetadata().getName() + "-" + i + "." + headless.getMetadata().getName() + ":27017");
        }
        assertThat(hosts).as(where(m, "connection string seeds = the StatefulSet's members")).containsExactlyElementsOf(expected);
        assertThat(uri).as(where(m, "connection string replica set")).contains("replicaSet=" + replSet);

        Job init = m.get(Job.class, "mongo-rs-init");
        Map<String, String> initEnv = new HashMap<>();
        init.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().forEach(e -> initEnv.put(e.getName(), e.getValue()));
        assertThat(initEnv).as(where(m, "init Job")).containsEntry("MONGO_REPLICAS", String.valueOf(members))
                .containsEntry("MONGO_REPLICA_SET", replSet).containsEntry("MONGO_SERVICE", headless.getMetadata().getName());

        NetworkPolicy np = m.get(NetworkPolicy.class, "mongo");
        assertThat(selects(np.getSpec().getPodSelector().getMatchLabels(), sts.getSpec().getTemplate().getMetadata().getLabels()))
                .as(where(m, "NetworkPolicy applies to the mongo pods")).isTrue();
        List<String> admitted = np.getSpec().getIngress().stream().flatMap(r -> r.getFrom().stream())
                .flatMap(f -> f.getPodSelector().getMatchExpressions().stream()).flatMap(e -> e.getValues().stream()).toList();
        for (Workload client : List.of(workload(m, "Deployment/article-service"), workload(m, "Job/mongo-rs-init"),
                workload(m, "StatefulSet/mongo"))) {
            assertThat(admitted).as(where(m, "NetworkPolicy admits " + client.name()))
                    .contains(client.podLabels().get("app.kubernetes.io/name"));
        }
    }

    /**
     * The backends take traffic from the gateway only: for each backend Deployment, the NetworkPolicies that select
     * its pods restrict ingress, and every peer they admit is the gateway's pods, on the backend's own ports.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheGatewayReachesTheBackends(Manifests m) {
        Map<String, String> gateway = workload(m, "Deployment/query-gateway").podLabels();
        for (String backend : List.of("Deployment/article-service", "Deployment/extraction-service")) {
            Workload w = workload(m, backend);
            List<NetworkPolicy> policies = m.all(NetworkPolicy.class).stream()
                    .filter(np -> selects(np.getSpec().getPodSelector().getMatchLabels(), w.podLabels())).toList();
            assertThat(policies).as(where(m, "NetworkPolicy selecting " + backend)).isNotEmpty();
            Set<Integer> ports = new java.util.HashSet<>();
            w.template().getSpec().getContainers().forEach(c -> c.getPorts().forEach(p -> ports.add(p.getContainerPort())));
            for (NetworkPolicy np : policies) {
                assertThat(np.getSpec().getPolicyTypes()).as(where(m, np.getMetadata().getName() + " policy types")).contains("Ingress");
                assertThat(np.getSpec().getIngress()).as(where(m, np.getMetadata().getName() + " ingress rules")).isNotEmpty();
                np.getSpec().getIngress().forEach(rule -> {
                    assertThat(rule.getFrom()).as(where(m, np.getMetadata().getName() + " peers")).isNotEmpty()
                            .allSatisfy(peer -> {
                                assertThat(peer.getIpBlock()).isNull();
                                assertThat(peer.getNamespaceSelector()).isNull();
                                assertThat(selects(peer.getPodSelector().getMatchLabels(), gateway))
                                        .as(where(m, np.getMetadata().getName() + " admits only the gateway")).isTrue();
                            });
                    assertThat(rule.getPorts()).as(where(m, np.getMetadata().getName() + " ports")).isNotEmpty()
                            .allSatisfy(p -> assertThat(ports).contains(p.getPort().getIntVal()));
                });
            }
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------

    static Workload workload(Manifests m, String name) {
        return m.workloads().stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(where(m, "no workload " + name)));
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    static ContainerPort containerPort(Container c, IntOrString port) {
        if (c.getPorts() == null) {
            return null;
        }
        return c.getPorts().stream().filter(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName())
                : port.getIntVal().equals(p.getContainerPort())).findFirst().orElse(null);
    }

    static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
