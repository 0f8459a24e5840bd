package dev.courier.ui.response;

/** Text asked for the clipboard is larger than the clipboard should take; the message says what to do instead. */
public final class TooLargeException extends RuntimeException {

    TooLargeException(String message) {
        super(message);
    }
}
