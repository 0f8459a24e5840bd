package dev.courier.codegen;

import dev.courier.core.Version;
import dev.courier.testing.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the request a snippet sent with the one Courier's engine sent, as the loopback server received them:
 * method, raw path and query, headers (names ignoring case, repeated values joined by ", " as RFC 9110 allows),
 * and body bytes; a multipart body part by part (name, filename, content type, bytes), the boundary aside.
 */
final class RequestComparison {

    /** Headers about the connection or the framing of the message, never what the user composed; always ignored. */
    static final Map<String, String> TRANSPORT_HEADERS = Map.of(
            "host", "every client derives it from the URL",
            "connection", "keep-alive or close is the client's choice (the JDK client also names its h2c upgrade)",
            "keep-alive", "connection management",
            "content-length", "framing: the body bytes are compared instead",
            "transfer-encoding", "framing: chunked or not, the body bytes are compared instead",
            "expect", "curl, libcurl, PHP cURL and Mono ask for 100-continue before a larger body",
            "upgrade", "the JDK client offers h2c on plain http when the snippet keeps its HTTP/2 default",
            "http2-settings", "goes with that h2c offer");

    /**
     * Headers a client adds by itself when the request has none; ignored unless Courier's request carries them
     * (then the snippet must send the same).
     */
    static final Map<String, String> CLIENT_DEFAULT_HEADERS = Map.of(
            "user-agent", "every client names itself, Courier too",
            "accept", "curl, wget, requests, HTTPie, fetch, axios, Ruby and libcurl add their own default",
            "accept-encoding", "clients announce the compressions they decode",
            "accept-language", "Node's fetch adds 'Accept-Language: *'",
            "sec-fetch-mode", "Node's fetch adds the browser's fetch metadata");

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=\"?([^\";]+)\"?");

    private RequestComparison() {
    }

    /** One part of a multipart body. */
    record FormPart(String name, String filename, String contentType, String bytes) {
    }

    /** The differences between what Courier sent and what the snippet sent; empty when they are the same. */
    static List<String> differences(LoopbackServer.Received courier, LoopbackServer.Received snippet) {
        List<String> problems = new ArrayList<>();
        if (!courier.method().equals(snippet.method())) {
            problems.add("method: Courier " + courier.method() + ", snippet " + snippet.method());
        }
        if (!courier.pathAndQuery().equals(snippet.pathAndQuery())) {
            problems.add("path and query: Courier " + courier.pathAndQuery() + ", snippet " + snippet.pathAndQuery());
        }
        Map<String, String> expected = comparableHeaders(courier, courier);
        Map<String, String> actual = comparableHeaders(snippet, courier);
        if (!expected.equals(actual)) {
            problems.add("headers: Courier " + expected + ", snippet " + actual);
        }
        Optional<String> boundary = boundary(courier);
        if (boundary.isPresent()) {
            List<FormPart> expectedParts = parts(courier.body(), boundary.get());
            List<FormPart> actualParts = boundary(snippet).map(b -> parts(snippet.body(), b)).orElse(List.of());
            if (!expectedParts.equals(actualParts)) {
                problems.add("multipart: Courier " + expectedParts + ", snippet " + actualParts);
            }
        } else if (!Arrays.equals(courier.body(), snippet.body())) {
            problems.add("body: Courier " + show(courier.body()) + ", snippet " + show(snippet.body()));
        }
        return problems;
    }

    private static Map<String, String> comparableHeaders(LoopbackServer.Received received,
                                                        LoopbackServer.Received courier) {
        Map<String, String> headers = new TreeMap<>();
        for (Map.Entry<String, String> h : received.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (TRANSPORT_HEADERS.containsKey(name)
                    || CLIENT_DEFAULT_HEADERS.containsKey(name) && !composed(courier, name)) {
                continue;
            }
            String value = name.equals("content-type") ? BOUNDARY.matcher(h.getValue()).replaceAll("") : h.getValue();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        return headers;
    }

    /** Whether the user composed this header: Courier sent it, and not as its own User-Agent. */
    private static boolean composed(LoopbackServer.Received courier, String name) {
        Optional<String> value = courier.header(name);
        return value.isPresent() && !(name.equals("user-agent") && value.get().equals(Version.userAgent()));
    }

    private static Optional<String> boundary(LoopbackServer.Received received) {
        return received.header("Content-Type")
                .filter(t -> t.toLowerCase(Locale.ROOT).startsWith("multipart/"))
                .map(BOUNDARY::matcher).filter(Matcher::find).map(m -> m.group(1));
    }

    /** The parts of a multipart body; bytes as ISO-8859-1 text so that records compare by content. */
    static List<FormPart> parts(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<FormPart> parts = new ArrayList<>();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (text.startsWith("--", start)) {
                break;
            }
            start = text.indexOf("\r\n", start) + 2;
            int next = text.indexOf("\r\n" + delimiter, start);
            if (next < 0) {
                parts.add(new FormPart("malformed", "", "", text.substring(start)));
                break;
            }
            parts.add(part(text.substring(start, next)));
            at = next + 2;
        }
        return parts;
    }

    private static FormPart part(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String data = split < 0 ? "" : raw.substring(split + 4);
        String name = "";
        String filename = "";
        String type = "";
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = new String(line.substring(colon + 1).strip().getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8);
            if (header.equals("content-disposition")) {
                name = parameter(value, "name");
                filename = parameter(value, "filename");
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        return new FormPart(name, filename, type, data);
    }

    /** A Content-Disposition parameter, quoted or not. */
    private static String parameter(String disposition, String name) {
        Matcher m = Pattern.compile("(?i)(?:^|;)\\s*" + name + "=(\"([^\"]*)\"|[^;]*)").matcher(disposition);
        if (!m.find()) {
            return "";
        }
        return m.group(2) != null ? m.group(2) : m.group(1).strip();
    }

    private static String show(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t')
                ? "\"" + text + "\"" : HexFormat.of().formatHex(body);
    }
}
