package dev.courier.core.http;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Translates what the JDK client throws into a {@link TransportFailure} with a readable cause. */
public final class Failures {

    private Failures() {
    }

    /** Classifies a failure of a request to {@code uri}. */
    public static TransportFailure classify(Throwable error, URI uri) {
        Throwable e = unwrap(error);
        if (e instanceof TransportFailure failure) {
            return failure;
        }
        String target = uri.getHost() + ":" + port(uri);
        if (e instanceof CancellationException) {
            return new TransportFailure(TransportFailure.Kind.CANCELLED, "Request cancelled", e);
        }
        if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
            return new TransportFailure(TransportFailure.Kind.UNKNOWN_HOST,
                    "Unknown host \"" + uri.getHost() + "\": the name could not be resolved (check spelling and DNS)", e);
        }
        if (e instanceof HttpConnectTimeoutException) {
            return new TransportFailure(TransportFailure.Kind.CONNECT_TIMEOUT,
                    "Connection timed out: no answer from " + target, e);
        }
        if (e instanceof HttpTimeoutException) {
            return new TransportFailure(TransportFailure.Kind.TIMEOUT,
                    "Timed out waiting for the response from " + target, e);
        }
        if (e instanceof ConnectException) {
            return new TransportFailure(TransportFailure.Kind.CONNECTION_REFUSED,
                    "Connection refused: nothing is listening on " + target, e);
        }
        CertificateProblem problem = find(e, CertificateProblem.class);
        if (problem != null) {
            return new TransportFailure(TransportFailure.Kind.TLS, problem.describe(uri.getHost()), e);
        }
        if (has(e, CertificateException.class)) {
            return new TransportFailure(TransportFailure.Kind.TLS,
                    "TLS failure: the certificate of " + uri.getHost() + " is not trusted ("
                            + rootMessage(e) + ")", e);
        }
        if (e instanceof SSLHandshakeException || has(e, SSLException.class)) {
            return new TransportFailure(TransportFailure.Kind.TLS,
                    "TLS handshake with " + target + " failed: " + rootMessage(e), e);
        }
        if (e instanceof EOFException || messageContains(e, "no bytes") || messageContains(e, "EOF reached")
                || messageContains(e, "Connection reset")) {
            return new TransportFailure(TransportFailure.Kind.CONNECTION_CLOSED,
                    "The server at " + target + " closed the connection without a complete response", e);
        }
        if (e instanceof IllegalArgumentException) {
            return new TransportFailure(TransportFailure.Kind.INVALID_REQUEST,
                    "Invalid request: " + e.getMessage(), e);
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String message = e instanceof IOException ? "Network error talking to " + target + ": " + detail
                : "Request to " + target + " failed: " + detail;
        return new TransportFailure(TransportFailure.Kind.IO, message, e);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean messageContains(Throwable e, String fragment) {
        return e.getMessage() != null && e.getMessage().contains(fragment);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
