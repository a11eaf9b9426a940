package io.crosscheck.gateway;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for localhost made with the JDK's keytool, and the settings that turn TLS on between the
 * gateway and a backend exactly as README "Security" documents them: the backend serves gRPC and HTTP on one TLS port
 * (the certificate as PKCS#12 through the TLS registry, plain HTTP off), the gateway's client trusts the certificate
 * (PEM).
 */
record TestTls(Path keyStore, Path certificate) {
    static final String PASSWORD = "crosscheck-test";

    static TestTls create(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path keyStore = dir.resolve("backend.p12");
        Path certificate = dir.resolve("backend.crt");
        Files.deleteIfExists(keyStore);
        Files.deleteIfExists(certificate);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(List.of(keytool, "-genkeypair", "-alias", "backend", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        run(List.of(keytool, "-exportcert", "-rfc", "-alias", "backend", "-keystore", keyStore.toString(),
                "-storepass", PASSWORD, "-file", certificate.toString()));
        return new TestTls(keyStore, certificate);
    }

    /** The backend: TLS on its one port, no plain HTTP port at all. */
    List<String> serverArgs(int tlsPort, int unusedPlainPort) {
        return List.of("-Dquarkus.http.ssl-port=" + tlsPort, "-Dquarkus.http.insecure-requests=disabled",
                "-Dquarkus.tls.key-store.p12.path=" + keyStore.toAbsolutePath(),
                "-Dquarkus.tls.key-store.p12.password=" + PASSWORD,
                // quarkus.http.port is set too by the launcher; with insecure requests disabled it opens nothing.
                "-Dquarkus.http.port=" + unusedPlainPort);
    }

    /** The gateway's client of that backend. */
    Map<String, String> clientProperties(String client) {
        String prefix = "quarkus.grpc.clients." + client + ".";
        return Map.of(prefix + "host", "localhost", prefix + "plain-text", "false",
                prefix + "ssl.trust-store", certificate.toAbsolutePath().toString());
    }

    /** Trusts the certificate, for the test's own HTTPS calls (readiness). */
    SSLContext sslContext() {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
