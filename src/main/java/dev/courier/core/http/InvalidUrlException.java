package dev.courier.core.http;

/** The URL text cannot be sent; the message says why in words a user understands. */
public final class InvalidUrlException extends Exception {

    public InvalidUrlException(String message) {
        super(message);
    }
}
