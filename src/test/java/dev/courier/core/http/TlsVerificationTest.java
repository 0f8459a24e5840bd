package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.courier.core.model.Body;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.testing.SelfSignedTls;
import dev.courier.testing.TestCertificates;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificate checks against loopback HTTPS servers whose certificates the test makes with keytool. */
class TlsVerificationTest {

    @TempDir
    static Path dir;
    private static TestCertificates certificates;
    private static SSLContext selfSigned;

    private final HttpEngine engine = new HttpEngine();

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.create(dir);
        Path own = Files.createDirectories(dir.resolve("self"));
        selfSigned = SelfSignedTls.serverContext(own);
    }

    private static HttpsServer serve(SSLContext context) throws Exception {
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(context));
        https.createContext("/", exchange -> {
            byte[] body = "secure".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        https.start();
        return https;
    }

    private static RequestSpec get(HttpsServer https, boolean verify) {
        return RequestSpec.of("GET", "https://127.0.0.1:" + https.getAddress().getPort() + "/", List.of(), Body.NONE)
                .withSettings(RequestSettings.DEFAULTS.withVerifyTls(verify));
    }

    private Object send(RequestSpec spec, Optional<Path> caFile) throws Exception {
        try {
            return engine.send(spec, engine.cookieJar(), caFile).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private String failure(RequestSpec spec, Optional<Path> caFile) throws Exception {
        Object outcome = send(spec, caFile);
        assertThat(outcome).isInstanceOf(TransportFailure.class);
        assertThat(((TransportFailure) outcome).kind()).isEqualTo(TransportFailure.Kind.TLS);
        return ((TransportFailure) outcome).getMessage();
    }

    private int status(RequestSpec spec, Optional<Path> caFile) throws Exception {
        Object outcome = send(spec, caFile);
        assertThat(outcome).isInstanceOf(Exchange.class);
        return ((Exchange) outcome).status();
    }

    @Test
    void aSelfSignedCertificateIsRefusedSaysSoAndIsAcceptedWhenVerificationIsOff() throws Exception {
        HttpsServer https = serve(selfSigned);
        try {
            assertThat(failure(get(https, true), Optional.empty())).isEqualTo("TLS failure: the certificate of "
                    + "127.0.0.1 is not trusted: it is self-signed (CN=localhost). Turn off certificate verification "
                    + "for this request, or add the certificate as a custom CA");
            assertThat(status(get(https, false), Optional.empty())).isEqualTo(200);
            assertThat(failure(get(https, true), Optional.empty())).as("verification stays on for other requests")
                    .contains("self-signed");
        } finally {
            https.stop(0);
        }
    }

    @Test
    void anExpiredCertificateIsNamedAsExpired() throws Exception {
        HttpsServer https = serve(certificates.expired.serverContext());
        try {
            assertThat(failure(get(https, true), Optional.empty()))
                    .matches("TLS failure: the certificate of 127\\.0\\.0\\.1 expired on \\d{4}-\\d\\d-\\d\\d "
                            + "\\d\\d:\\d\\d UTC");
            assertThat(status(get(https, false), Optional.empty())).isEqualTo(200);
        } finally {
            https.stop(0);
        }
    }

    @Test
    void aCertificateForAnotherHostIsAHostNameMismatchAndOffSkipsTheHostCheck() throws Exception {
        HttpsServer https = serve(certificates.wrongHost.serverContext());
        try {
            assertThat(failure(get(https, true), Optional.of(certificates.wrongHost.trustPem()))).isEqualTo(
                    "TLS failure: the certificate of 127.0.0.1 does not name 127.0.0.1: it is for elsewhere.test");
            assertThat(status(get(https, false), Optional.empty())).isEqualTo(200);
        } finally {
            https.stop(0);
        }
    }

    @Test
    void anUnknownIssuerIsNamedAndACustomCaFileMakesItTrusted() throws Exception {
        HttpsServer https = serve(certificates.issuedByTestCa.serverContext());
        try {
            assertThat(failure(get(https, true), Optional.empty())).isEqualTo("TLS failure: the certificate of "
                    + "127.0.0.1 is not trusted: its issuer (CN=Courier Test CA) is not a known certificate "
                    + "authority. Add the issuer's certificate as a custom CA");
            assertThat(status(get(https, true), Optional.of(certificates.issuedByTestCa.trustPem()))).isEqualTo(200);

            engine.setPreferences(NetworkPreferences.DIRECT.withCaFile(
                    Optional.of(certificates.issuedByTestCa.trustPem())));
            assertThat(status(get(https, true), Optional.empty())).as("the application's CA file").isEqualTo(200);
        } finally {
            https.stop(0);
        }
    }

    @Test
    void anUnreadableCaFileIsReported() throws Exception {
        Path notPem = Files.writeString(dir.resolve("notes.txt"), "not a certificate");
        HttpsServer https = serve(selfSigned);
        try {
            assertThat(failure(get(https, true), Optional.of(notPem))).startsWith("The CA file " + notPem);
        } finally {
            https.stop(0);
        }
    }
}
