package dev.courier.io.cookies;

/** A cookie file could not be read; the message names the file and, for broken JSON, the line and column. */
public final class CookieFileException extends Exception {

    public CookieFileException(String message) {
        super(message);
    }
}
