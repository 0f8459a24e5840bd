package dev.courier.core.body;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset of a response body, and lenient decoding: invalid bytes become U+FFFD, never an exception. */
public final class BodyCharsets {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private BodyCharsets() {
    }

    /**
     * The charset to read a body with: a byte-order mark wins, then the Content-Type's {@code charset} parameter
     * (unknown names are ignored), then UTF-8.
     */
    public static Charset of(Optional<String> contentType, byte[] prefix) {
        Optional<Charset> bom = fromByteOrderMark(prefix);
        if (bom.isPresent()) {
            return bom.get();
        }
        return declared(contentType).orElse(StandardCharsets.UTF_8);
    }

    /** The charset named by the Content-Type, when the JVM knows it. */
    public static Optional<Charset> declared(Optional<String> contentType) {
        Matcher m = CHARSET.matcher(contentType.orElse(""));
        if (m.find()) {
            try {
                return Optional.of(Charset.forName(m.group(1)));
            } catch (IllegalArgumentException unsupported) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** How many leading bytes are a byte-order mark of {@code charset} (skipped when showing text). */
    public static int byteOrderMarkLength(byte[] prefix, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(prefix, UTF8_BOM)) {
            return 3;
        }
        if ((charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16LE)
                || charset.equals(StandardCharsets.UTF_16)) && fromByteOrderMark(prefix).isPresent()) {
            return 2;
        }
        return 0;
    }

    /**
     * Whether every byte below 0x80 in this charset's text is the ASCII character, alone: UTF-8 and single-byte
     * charsets. Such text can be lexed and indexed byte by byte (JSON and XML syntax, line feeds) and copied
     * verbatim; other charsets (UTF-16, Shift_JIS...) are transcoded to UTF-8 first.
     */
    public static boolean isByteTransparent(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
            return true;
        }
        String name = charset.name().toUpperCase(Locale.ROOT);
        return charset.newEncoder().maxBytesPerChar() == 1.0f && !name.startsWith("IBM") && !name.contains("EBCDIC")
                && "\n{}[]<>\"\\:,".equals(new String("\n{}[]<>\"\\:,".getBytes(charset), charset));
    }

    /** Decodes leniently: malformed or unmappable bytes become U+FFFD. */
    public static String decode(byte[] bytes, int offset, int length, Charset charset) {
        try {
            CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(bytes, offset, length));
            return chars.toString();
        } catch (CharacterCodingException impossibleWithReplace) {
            return new String(bytes, offset, length, charset);
        }
    }

    /** A decoder that replaces what it cannot decode. */
    public static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static Optional<Charset> fromByteOrderMark(byte[] prefix) {
        if (startsWith(prefix, UTF8_BOM)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(prefix, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(prefix, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
