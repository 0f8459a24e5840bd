package dev.courier.io.json;

/** Text that is not a Courier request: the message says where and why, e.g. {@code headers[2].name: missing}. */
public final class RequestJsonException extends Exception {

    public RequestJsonException(String message) {
        super(message);
    }
}
