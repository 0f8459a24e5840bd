package dev.courier.core.body;

import dev.courier.core.Units;
import dev.courier.core.json.JsonCheck;
import dev.courier.core.json.JsonFormatter;
import dev.courier.core.json.JsonValidator;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * A response body as one string for a simple text control: decoded with its charset, pretty-printed when it is
 * JSON, refused as text when it is binary, cut at a display limit. Reads no more of the body than the limit needs,
 * so a body in a large file is never loaded whole; {@link FormattedDocument} shows such bodies in full. Runs off
 * the UI thread.
 *
 * @param text   what to show
 * @param kind   what the body turned out to be
 * @param notice a remark for the user (not JSON after all, cut short, binary), if any
 */
public record BodyPreview(String text, Kind kind, Optional<String> notice) {

    /** What a body turned out to be. */
    public enum Kind { EMPTY, JSON, TEXT, BINARY }

    /** Renders {@code body} (already content-decoded) given its Content-Type, showing at most {@code maxChars}. */
    public static BodyPreview of(ResponseBody body, Optional<String> contentType, int maxChars) throws IOException {
        BodyType type = BodySniffer.sniff(contentType, body.prefix(BodySniffer.SNIFF_BYTES), body.size());
        if (type.kind() == BodyKind.EMPTY) {
            return new BodyPreview("", Kind.EMPTY, Optional.empty());
        }
        if (!type.kind().isText()) {
            String what = type.mediaType().isEmpty() ? "binary data" : type.mediaType();
            return new BodyPreview("", Kind.BINARY,
                    Optional.of("Binary body (" + what + ", " + Units.bytes(body.size()) + ") is not shown as text"));
        }
        long readLimit = type.bomLength() + (long) maxChars * (long) Math.ceil(type.charset().newEncoder()
                .maxBytesPerChar()) + 4;
        byte[] bytes = body.prefix((int) Math.min(readLimit, Integer.MAX_VALUE - 8));
        boolean whole = bytes.length == body.size();
        String text = BodyCharsets.decode(bytes, type.bomLength(), bytes.length - type.bomLength(), type.charset());
        if (whole && type.kind() == BodyKind.JSON) {
            JsonCheck check = JsonValidator.check(text, false);
            if (check.isValid()) {
                StringBuilder pretty = new StringBuilder(text.length() + text.length() / 4);
                JsonFormatter.write(text, pretty, true);
                return cut(pretty.toString(), Kind.JSON, body.size(), maxChars, Optional.empty());
            }
            if (type.mediaType().contains("json")) {
                return cut(text, Kind.TEXT, body.size(), maxChars, Optional.of("Not valid JSON ("
                        + check.error().orElseThrow().describe() + "); shown as received"));
            }
        }
        return cut(text, Kind.TEXT, body.size(), maxChars, Optional.empty());
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
}
