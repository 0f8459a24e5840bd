package dev.courier.core.http;

/** A request that got no HTTP response, with a cause a person can read. */
public final class TransportFailure extends Exception {

    /** What went wrong, broadly. */
    public enum Kind {
        INVALID_URL, INVALID_REQUEST, CONNECTION_REFUSED, UNKNOWN_HOST, CONNECT_TIMEOUT, TIMEOUT, TLS,
        CONNECTION_CLOSED, TOO_MANY_REDIRECTS, CANCELLED, IO
    }

    private final Kind kind;

    public TransportFailure(Kind kind, String message) {
        this(kind, message, null);
    }

    public TransportFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
