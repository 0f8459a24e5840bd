package dev.courier.ui.response;

import dev.courier.core.Units;
import dev.courier.core.http.DownloadProgress;
import dev.courier.core.model.EncodedBody;
import dev.courier.core.model.Exchange;
import dev.courier.core.model.Header;
import dev.courier.core.model.SentRequest;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The words the response pane shows for an exchange: status, times, sizes, progress, the request as sent. */
public final class ExchangeText {

    /** Bytes of a request body shown in the Request tab at most. */
    static final int MAX_SHOWN_BODY_BYTES = 64 * 1024;

    private ExchangeText() {
    }

    /** "200 OK". */
    public static String status(Exchange exchange) {
        return exchange.status() + (exchange.reason().isEmpty() ? "" : " " + exchange.reason());
    }

    /** "1.9 KB", or "1.9 KB (412 B on the wire)" when the body came compressed. */
    public static String size(Exchange exchange) {
        String size = Units.bytes(exchange.body().size());
        boolean encoded = exchange.header("Content-Encoding").filter(e -> !e.isBlank()).isPresent();
        return encoded && exchange.wireSize() != exchange.body().size()
                ? size + " (" + Units.bytes(exchange.wireSize()) + " on the wire)" : size;
    }

    /** "first byte 40 ms". */
    public static String firstByte(Exchange exchange) {
        return "first byte " + Units.duration(exchange.timeToFirstByte());
    }

    /** "Receiving 12.3 MB of 100 MB · 45.2 MB/s". */
    public static String download(DownloadProgress progress) {
        String received = Units.bytes(progress.decodedBytes());
        String total = progress.expectedBytes().isPresent()
                ? " of " + Units.bytes(progress.expectedBytes().getAsLong()) : "";
        long perSecond = (long) progress.bytesPerSecond();
        String rate = perSecond > 0 ? " · " + Units.bytes(perSecond) + "/s" : "";
        return "Receiving " + received + total + rate;
    }

    /** The request line, every header sent (those the client added included), a blank line and the body. */
    public static String request(SentRequest request) {
        StringBuilder text = new StringBuilder();
        text.append(request.method()).append(' ').append(target(request.uri())).append(' ')
                .append(request.httpVersion()).append('\n');
        for (Header header : request.headers()) {
            text.append(header.name()).append(": ").append(header.value()).append('\n');
        }
        if (!request.body().isEmpty()) {
            text.append('\n');
            appendBody(text, request.body());
        }
        return text.toString();
    }

    /** "GET http://127.0.0.1/redirect". */
    public static String requestLine(SentRequest request) {
        return request.method() + " " + request.uri();
    }

    private static String target(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static void appendBody(StringBuilder text, EncodedBody body) {
        long shown = 0;
        for (EncodedBody.Segment segment : body.segments()) {
            if (segment instanceof EncodedBody.Segment.FileContents file) {
                text.append("‹contents of ").append(file.file()).append(", ").append(Units.bytes(file.length()))
                        .append("›");
            } else if (segment instanceof EncodedBody.Segment.Bytes bytes) {
                int room = (int) Math.max(0, MAX_SHOWN_BODY_BYTES - shown);
                int length = trimmedToCharacter(bytes.bytes(), Math.min(room, bytes.bytes().length));
                text.append(textOrSummary(bytes.bytes(), length));
                shown += length;
                if (length < bytes.bytes().length) {
                    text.append(String.format(Locale.ROOT, "\n‹%s more not shown›",
                            Units.bytes(bytes.bytes().length - (long) length)));
                }
            }
        }
    }

    /** Text when the bytes are UTF-8 without control bytes a text would not hold; a size otherwise. */
    private static String textOrSummary(byte[] bytes, int length) {
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
            if (decoded.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                return decoded;
            }
        } catch (CharacterCodingException binary) {
            // falls through to the summary
        }
        return "‹" + Units.bytes(bytes.length) + " of binary data›";
    }

    /** A cut must not split a UTF-8 sequence, or the text would look invalid. */
    private static int trimmedToCharacter(byte[] bytes, int length) {
        int end = length;
        if (end < bytes.length) {
            while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
                end--;
            }
        }
        return end;
    }
}
