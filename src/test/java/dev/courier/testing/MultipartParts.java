package dev.courier.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a multipart/form-data body back into its parts, so that bodies with different boundaries can be compared. */
public final class MultipartParts {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    /** One part: its name and filename (null when absent), Content-Type ("" when absent) and content. */
    public record Part(String name, String filename, String contentType, String content) {
    }

    private MultipartParts() {
    }

    /** The boundary parameter of a Content-Type header value. */
    public static String boundary(String contentType) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new AssertionError("no boundary in Content-Type: " + contentType);
        }
        return m.group(1);
    }

    /** The parts of {@code body}; content is kept as ISO-8859-1 text so that every byte compares exactly. */
    public static List<Part> parse(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        if (!text.startsWith(delimiter + "\r\n") || !text.endsWith(delimiter + "--\r\n")) {
            throw new AssertionError("not a multipart body with boundary " + boundary + ": " + text);
        }
        List<Part> parts = new ArrayList<>();
        String inner = text.substring(delimiter.length() + 2, text.length() - delimiter.length() - 6);
        for (String chunk : inner.split(Pattern.quote("\r\n" + delimiter + "\r\n"), -1)) {
            int split = chunk.indexOf("\r\n\r\n");
            List<String> headers = Arrays.asList(chunk.substring(0, split).split("\r\n"));
            String disposition = header(headers, "Content-Disposition");
            Matcher name = NAME.matcher(disposition);
            Matcher filename = FILENAME.matcher(disposition);
            parts.add(new Part(name.find() ? utf8(name.group(1)) : null,
                    filename.find() ? utf8(filename.group(1)) : null, header(headers, "Content-Type"),
                    chunk.substring(split + 4)));
        }
        return parts;
    }

    private static String header(List<String> headers, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse("");
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
