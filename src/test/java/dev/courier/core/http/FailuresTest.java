package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final URI API = URI.create("https://api.example.test/v1");

    private static TransportFailure classify(Throwable t) {
        return Failures.classify(new CompletionException(t), API);
    }

    @Test
    void anUnresolvableHostIsNamed() {
        ConnectException wrapped = new ConnectException();
        wrapped.initCause(new UnresolvedAddressException());
        TransportFailure failure = classify(wrapped);
        assertThat(failure.kind()).isEqualTo(TransportFailure.Kind.UNKNOWN_HOST);
        assertThat(failure.getMessage()).startsWith("Unknown host \"api.example.test\"");
    }

    @Test
    void connectTimeoutsAndUntrustedCertificatesAreReadable() {
        assertThat(classify(new HttpConnectTimeoutException("HTTP connect timed out")).getMessage())
                .isEqualTo("Connection timed out: no answer from api.example.test:443");
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
        untrusted.initCause(new CertificateException("unable to find valid certification path"));
        TransportFailure tls = classify(untrusted);
        assertThat(tls.kind()).isEqualTo(TransportFailure.Kind.TLS);
        assertThat(tls.getMessage()).contains("certificate of api.example.test is not trusted");
    }

    @Test
    void aDroppedConnectionAndOtherIoErrorsSayWhoWasInvolved() {
        assertThat(classify(new EOFException("EOF reached while reading")).kind())
                .isEqualTo(TransportFailure.Kind.CONNECTION_CLOSED);
        assertThat(classify(new IOException("HTTP/1.1 header parser received no bytes")).getMessage())
                .isEqualTo("The server at api.example.test:443 closed the connection without a complete response");
        assertThat(classify(new IOException("something odd")).getMessage())
                .isEqualTo("Network error talking to api.example.test:443: something odd");
    }
}
