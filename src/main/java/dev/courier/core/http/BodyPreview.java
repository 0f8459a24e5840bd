package dev.courier.core.http;

import dev.courier.core.Units;
import dev.courier.core.json.JsonCheck;
import dev.courier.core.json.JsonFormatter;
import dev.courier.core.json.JsonValidator;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response body made readable: decoded with its charset, pretty-printed when it is JSON, refused as text when
 * it is binary, cut at a display limit. Runs off the UI thread; may take a while for large bodies.
 *
 * @param text   what to show
 * @param kind   what the body turned out to be
 * @param notice a remark for the user (not JSON after all, cut short, binary), if any
 */
public record BodyPreview(String text, Kind kind, Optional<String> notice) {

    /** What a body turned out to be. */
    public enum Kind { EMPTY, JSON, TEXT, BINARY }

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final int SNIFF = 8192;

    /** Renders {@code body} (already content-decoded) given its Content-Type, showing at most {@code maxChars}. */
    public static BodyPreview of(byte[] body, Optional<String> contentType, int maxChars) {
        if (body.length == 0) {
            return new BodyPreview("", Kind.EMPTY, Optional.empty());
        }
        String type = contentType.orElse("").toLowerCase(Locale.ROOT);
        if (isBinary(type, body)) {
            String what = type.isEmpty() ? "binary data" : mediaType(type);
            return new BodyPreview("", Kind.BINARY,
                    Optional.of("Binary body (" + what + ", " + Units.bytes(body.length) + ") is not shown as text"));
        }
        String text = decode(body, charset(type));
        if (type.contains("json") || looksLikeJson(text)) {
            JsonCheck check = JsonValidator.check(text, false);
            if (check.isValid()) {
                StringBuilder pretty = new StringBuilder(text.length() + text.length() / 4);
                JsonFormatter.write(text, pretty, true);
                return cut(pretty.toString(), Kind.JSON, body.length, maxChars, Optional.empty());
            }
            if (type.contains("json")) {
                return cut(text, Kind.TEXT, body.length, maxChars, Optional.of("Not valid JSON ("
                        + check.error().orElseThrow().describe() + "); shown as received"));
            }
        }
        return cut(text, Kind.TEXT, body.length, maxChars, Optional.empty());
    }

    private static BodyPreview cut(String text, Kind kind, long bytes, int maxChars, Optional<String> notice) {
        if (text.length() <= maxChars) {
            return new BodyPreview(text, kind, notice);
        }
        int end = maxChars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String cutNotice = String.format(Locale.ROOT, "Showing the first %,d characters of a %s body", end,
                Units.bytes(bytes));
        return new BodyPreview(text.substring(0, end), kind,
                Optional.of(notice.map(n -> n + ". " + cutNotice).orElse(cutNotice)));
    }

    private static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private static boolean isBinary(String type, byte[] body) {
        String media = mediaType(type);
        if (media.startsWith("image/") && !media.contains("svg") || media.startsWith("audio/")
                || media.startsWith("video/") || media.equals("application/octet-stream")
                || media.equals("application/pdf") || media.equals("application/zip")) {
            return true;
        }
        for (int i = 0; i < Math.min(body.length, SNIFF); i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String mediaType(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    }

    private static Charset charset(String type) {
        Matcher m = CHARSET.matcher(type);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException unsupported) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Decodes leniently: invalid bytes become U+FFFD instead of failing. */
    private static String decode(byte[] body, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body));
            return chars.toString();
        } catch (CharacterCodingException impossibleWithReplace) {
            return new String(body, charset);
        }
    }
}
