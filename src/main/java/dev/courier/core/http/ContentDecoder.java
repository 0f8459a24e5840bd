package dev.courier.core.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Undoes a response's Content-Encoding so the body can be read. */
public final class ContentDecoder {

    private ContentDecoder() {
    }

    /** Whether {@link #decode} understands this Content-Encoding value. */
    public static boolean supports(String encoding) {
        String e = normalize(encoding);
        return e.isEmpty() || e.equals("identity") || e.equals("gzip") || e.equals("x-gzip") || e.equals("deflate");
    }

    /**
     * Decodes {@code body} encoded with {@code encoding} (gzip, deflate or identity).
     *
     * @throws IOException when the bytes are not valid for the encoding, or the encoding is unknown
     */
    public static byte[] decode(String encoding, byte[] body) throws IOException {
        String e = normalize(encoding);
        if (body.length == 0) {
            return body;
        }
        return switch (e) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> readAll(new GZIPInputStream(new ByteArrayInputStream(body)));
            case "deflate" -> inflate(body);
            default -> throw new IOException("unsupported Content-Encoding \"" + encoding + "\"");
        };
    }

    /** "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: accept both. */
    private static byte[] inflate(byte[] body) throws IOException {
        boolean zlib = body.length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] & 0xFF) << 8 | (body[1] & 0xFF)) % 31 == 0;
        return readAll(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static String normalize(String encoding) {
        return encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
    }
}
