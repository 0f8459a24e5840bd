package dev.courier.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Server certificates for TLS tests, made with the JDK's keytool (several at once, since each run starts a JVM):
 * expired, for the wrong host, and one issued by a test CA. Each gives a server {@link SSLContext} and a PEM file
 * of the certificate a client would have to trust.
 */
public final class TestCertificates {

    private static final String PASSWORD = "changeit";
    private static final String KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();

    /** A server identity and the PEM file of the certificate that makes it trusted. */
    public record Identity(SSLContext serverContext, Path trustPem) {
    }

    public final Identity expired;
    public final Identity wrongHost;
    public final Identity issuedByTestCa;

    private final Path dir;

    private TestCertificates(Path dir) throws IOException, InterruptedException, GeneralSecurityException {
        this.dir = dir;
        List<Process> first = List.of(
                keytool("-genkeypair", "-alias", "server", "-keystore", "expired.p12", "-startdate", "-30d",
                        "-validity", "2", "-dname", "CN=expired", "-ext", "san=dns:localhost,ip:127.0.0.1"),
                keytool("-genkeypair", "-alias", "server", "-keystore", "wrong.p12", "-validity", "2",
                        "-dname", "CN=elsewhere.test", "-ext", "san=dns:elsewhere.test"),
                keytool("-genkeypair", "-alias", "ca", "-keystore", "ca.p12", "-validity", "2", "-dname",
                        "CN=Courier Test CA", "-ext", "bc:c"),
                keytool("-genkeypair", "-alias", "server", "-keystore", "leaf.p12", "-validity", "2",
                        "-dname", "CN=localhost"));
        for (Process p : first) {
            finish(p);
        }
        Path request = dir.resolve("leaf.csr");
        finish(keytool("-certreq", "-alias", "server", "-keystore", "leaf.p12", "-file", request.toString()));
        Path issued = dir.resolve("leaf.cer");
        finish(keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", request.toString(),
                "-outfile", issued.toString(), "-rfc", "-validity", "2", "-ext", "san=dns:localhost,ip:127.0.0.1"));
        expired = selfSigned("expired.p12");
        wrongHost = selfSigned("wrong.p12");
        KeyStore ca = load("ca.p12");
        Certificate caCert = ca.getCertificate("ca");
        KeyStore leaf = load("leaf.p12");
        Certificate leafCert;
        try (InputStream in = Files.newInputStream(issued)) {
            leafCert = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        leaf.setKeyEntry("server", (PrivateKey) leaf.getKey("server", PASSWORD.toCharArray()),
                PASSWORD.toCharArray(), new Certificate[] {leafCert, caCert});
        issuedByTestCa = new Identity(serverContext(leaf), pem(caCert, "ca.pem"));
    }

    /** Makes the certificates in {@code dir} (about two seconds). */
    public static TestCertificates create(Path dir) throws IOException, InterruptedException,
            GeneralSecurityException {
        return new TestCertificates(dir);
    }

    /** Writes a certificate as a PEM file. */
    public static Path pem(Certificate certificate, Path file) throws IOException, GeneralSecurityException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded());
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
        return file;
    }

    private Identity selfSigned(String keystore) throws IOException, GeneralSecurityException {
        KeyStore store = load(keystore);
        return new Identity(serverContext(store), pem(store.getCertificate("server"), keystore + ".pem"));
    }

    private Path pem(Certificate certificate, String name) throws IOException, GeneralSecurityException {
        return pem(certificate, dir.resolve(name));
    }

    private KeyStore load(String keystore) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(keystore))), PASSWORD.toCharArray());
        return store;
    }

    private static SSLContext serverContext(KeyStore store) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private Process keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(KEYTOOL, "-J-XX:TieredStopAtLevel=1", args[0]));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1"));
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        for (int i = 1; i < args.length; i++) {
            command.add(args[i].endsWith(".p12") ? dir.resolve(args[i]).toString() : args[i]);
        }
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    }

    private static void finish(Process process) throws IOException, InterruptedException {
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
