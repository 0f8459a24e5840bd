package dev.courier.ui.response;

import dev.courier.core.Units;
import dev.courier.core.body.BodyCharsets;
import dev.courier.core.body.BodyType;
import dev.courier.core.body.HexDump;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/** Sentences and text about a body: why it is empty, what binary data it is, the body decoded for the clipboard. */
final class BodyText {

    private BodyText() {
    }

    /** "No body: 204 No Content", "No body: responses to HEAD have none". */
    static String emptyReason(Exchange exchange) {
        if (exchange.request().method().equalsIgnoreCase("HEAD")) {
            return "No body: responses to HEAD have none";
        }
        int status = exchange.status();
        if (status == 204 || status == 304 || status / 100 == 1) {
            return "No body: " + ExchangeText.status(exchange) + " responses have none";
        }
        return "The response has an empty body";
    }

    /** "Binary data (application/octet-stream) · 1.2 MB · the first 16 KB as hex". */
    static String binarySummary(BodyType type, long size) {
        String what = type.image().map(i -> i.name() + " image (too large to preview)")
                .orElse(type.mediaType().isEmpty() ? "Binary data" : "Binary data (" + type.mediaType() + ")");
        String shown = size > HexDump.DEFAULT_BYTES ? " · the first " + Units.bytes(HexDump.DEFAULT_BYTES) + " as hex"
                : " · as hex";
        return what + " · " + Units.bytes(size) + shown;
    }

    /** The body decoded with its charset, byte-order mark skipped; refused beyond {@code maxChars}. Blocking. */
    static String decoded(ResponseBody body, BodyType type, int maxChars) {
        if (body.size() - type.bomLength() > (long) maxChars) {
            throw new TooLargeException(String.format(Locale.ROOT, "Too large for the clipboard (%s): save the "
                    + "body instead", Units.bytes(body.size())));
        }
        try {
            byte[] bytes = body.prefix((int) body.size());
            return BodyCharsets.decode(bytes, type.bomLength(), bytes.length - type.bomLength(), type.charset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence of a failure, unwrapped from the future that carried it. */
    static String cause(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
