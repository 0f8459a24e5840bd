package dev.courier.core.body;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** Decides what a body is from its Content-Type and first bytes: images by magic bytes, text by its first mark. */
public final class BodySniffer {

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int SNIFF_BYTES = 8192;

    private BodySniffer() {
    }

    /**
     * Sniffs a body.
     *
     * @param contentType the response's Content-Type header, if any
     * @param prefix      the first bytes of the body (up to {@link #SNIFF_BYTES} are used)
     * @param size        the body's full size
     */
    public static BodyType sniff(Optional<String> contentType, byte[] prefix, long size) {
        String type = contentType.orElse("").toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        String media = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        Charset charset = BodyCharsets.of(contentType, prefix);
        int bom = BodyCharsets.byteOrderMarkLength(prefix, charset);
        if (size == 0) {
            return new BodyType(BodyKind.EMPTY, media, Optional.empty(), charset, 0);
        }
        Optional<ImageFormat> image = image(prefix);
        if (image.isPresent()) {
            return new BodyType(BodyKind.IMAGE, media, image, charset, 0);
        }
        String start = firstText(prefix, bom, charset);
        if (media.contains("svg") || start.startsWith("<svg") || start.startsWith("<?xml") && start.contains("<svg")) {
            return new BodyType(BodyKind.XML, media, Optional.of(ImageFormat.SVG), charset, bom);
        }
        if (isBinaryType(media) || hasNulByte(prefix, charset)) {
            return new BodyType(BodyKind.BINARY, media, Optional.empty(), charset, 0);
        }
        return new BodyType(textKind(media, start), media, Optional.empty(), charset, bom);
    }

    private static BodyKind textKind(String media, String start) {
        if (media.contains("json") && !media.contains("ndjson") && !media.contains("json-seq")) {
            return BodyKind.JSON;
        }
        if (media.equals("text/html") || media.equals("application/xhtml+xml")) {
            return BodyKind.HTML;
        }
        if (media.endsWith("/xml") || media.endsWith("+xml")) {
            return BodyKind.XML;
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return BodyKind.JSON;
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return BodyKind.HTML;
        }
        return start.startsWith("<") ? BodyKind.XML : BodyKind.TEXT;
    }

    private static Optional<ImageFormat> image(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(ImageFormat.PNG);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(ImageFormat.JPEG);
        }
        if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(ImageFormat.GIF);
        }
        return Optional.empty();
    }

    private static boolean isBinaryType(String media) {
        return media.startsWith("image/") || media.startsWith("audio/") || media.startsWith("video/")
                || media.startsWith("font/") || media.equals("application/octet-stream")
                || media.equals("application/pdf") || media.equals("application/zip")
                || media.equals("application/gzip") || media.contains("protobuf");
    }

    /** A NUL byte marks binary data, except in UTF-16/32 text where it is half of many characters. */
    private static boolean hasNulByte(byte[] prefix, Charset charset) {
        if (charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
                || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-32")) {
            return false;
        }
        for (int i = 0; i < Math.min(prefix.length, SNIFF_BYTES); i++) {
            if (prefix[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The first 256 characters after leading whitespace. */
    private static String firstText(byte[] prefix, int bom, Charset charset) {
        int length = Math.min(prefix.length, SNIFF_BYTES) - bom;
        String text = length <= 0 ? "" : BodyCharsets.decode(prefix, bom, length, charset);
        return text.stripLeading().substring(0, Math.min(256, text.stripLeading().length()));
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
