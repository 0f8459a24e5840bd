package dev.courier.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/** Undoes a response's Content-Encoding while it streams, so the body can be read without holding it whole. */
public final class ContentDecoder {

    private static final int BUFFER = 1 << 16;

    private ContentDecoder() {
    }

    /**
     * Wraps {@code encoded} so that reading it yields the decoded bytes. Codings are undone in the reverse of the
     * order listed ({@code gzip, br} was gzipped first). Reading fails with an IOException when the bytes are not
     * valid for their coding.
     *
     * @throws IOException when a coding is unknown, or the stream does not start as its coding requires
     */
    public static InputStream decoding(String contentEncoding, InputStream encoded) throws IOException {
        List<String> codings = codings(contentEncoding);
        for (String coding : codings) {
            if (!isKnown(coding)) {
                throw new IOException("unsupported Content-Encoding \"" + contentEncoding.strip() + "\"");
            }
        }
        InputStream in = encoded;
        for (int i = codings.size() - 1; i >= 0; i--) {
            in = undo(codings.get(i), in);
        }
        return in;
    }

    private static InputStream undo(String coding, InputStream in) throws IOException {
        return switch (coding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(in, BUFFER);
            case "deflate" -> inflating(in);
            case "br" -> new BrotliInputStream(in, BUFFER);
            default -> in; // identity
        };
    }

    /** "deflate" is meant to be zlib-wrapped, but many servers send raw deflate: the first two bytes tell. */
    private static InputStream inflating(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        byte[] head = peek.readNBytes(2);
        peek.unread(head);
        boolean zlib = head.length == 2 && (head[0] & 0x0F) == 8
                && ((head[0] & 0xFF) << 8 | (head[1] & 0xFF)) % 31 == 0;
        return new InflaterInputStream(peek, new Inflater(!zlib), BUFFER);
    }

    private static boolean isKnown(String coding) {
        return List.of("identity", "gzip", "x-gzip", "deflate", "br").contains(coding);
    }

    /** The codings of a Content-Encoding value, normalized, without empty entries. */
    static List<String> codings(String contentEncoding) {
        List<String> codings = new ArrayList<>();
        if (contentEncoding != null) {
            Arrays.stream(contentEncoding.split(",")).map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .filter(c -> !c.isEmpty()).forEach(codings::add);
        }
        return codings;
    }
}
