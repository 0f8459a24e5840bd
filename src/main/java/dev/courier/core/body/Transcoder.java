package dev.courier.core.body;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Re-encodes text in a charset that is not byte-transparent (UTF-16, Shift_JIS...) as UTF-8, chunk by chunk, so
 * the formatters and the line index can work on its bytes. Invalid input becomes U+FFFD.
 */
final class Transcoder {

    private static final int CHUNK = 1 << 16;

    private Transcoder() {
    }

    /** Transcodes {@code source} from {@code base} on; {@code progress} hears the source bytes read so far. */
    static SpoolBytes toUtf8(DocumentBytes source, long base, Charset charset, LongConsumer progress)
            throws IOException {
        SpoolBytes out = new SpoolBytes();
        CharsetDecoder decoder = BodyCharsets.decoder(charset);
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        ByteBuffer encoded = ByteBuffer.allocate(CHUNK * 3 + 16);
        long position = base;
        boolean end = false;
        while (!end) {
            int n = source.read(position, in.array(), in.position(), in.remaining());
            position += n;
            end = n <= 0;
            in.limit(in.position() + Math.max(0, n)).position(0);
            decoder.decode(in, chars, end);
            if (end) {
                decoder.flush(chars);
            }
            in.compact();
            chars.flip();
            encoder.encode(chars, encoded, end);
            if (end) {
                encoder.flush(encoded);
            }
            chars.compact();
            out.append(encoded.array(), 0, encoded.position());
            encoded.clear();
            progress.accept(position - base);
        }
        return out;
    }
}
