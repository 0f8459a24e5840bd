package dev.courier.io.curl;

/**
 * The text cannot be imported as a request: it is not a curl command (or is empty), or the curl command has no
 * URL. The message is one sentence meant for the person who pasted it.
 */
public final class CurlImportException extends Exception {

    public CurlImportException(String message) {
        super(message);
    }
}
