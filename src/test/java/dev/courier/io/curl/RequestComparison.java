package dev.courier.io.curl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.LoopbackServer;
import dev.courier.testing.MultipartParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares the request curl sent with the one Courier sent, as a server saw them: method, raw path and query,
 * headers (names ignoring case, every value in order) and body bytes. Left out unless the command sets them: the
 * transport headers each client manages itself, and the User-Agent. A multipart body is compared part by part
 * (name, filename, Content-Type, bytes), since each client picks its own boundary.
 */
final class RequestComparison {

    private static final Set<String> TRANSPORT = Set.of("host", "connection", "content-length", "expect",
            "accept-encoding", "upgrade", "http2-settings");

    private RequestComparison() {
    }

    static void assertSame(LoopbackServer.Received curl, LoopbackServer.Received courier, String command) {
        assertThat(courier.method()).as("method").isEqualTo(curl.method());
        assertThat(courier.pathAndQuery()).as("path and query").isEqualTo(curl.pathAndQuery());
        boolean agentSet = curl.header("User-Agent").filter(ua -> !ua.startsWith("curl/")).isPresent();
        assertThat(headers(courier, command, agentSet)).as("headers").isEqualTo(headers(curl, command, agentSet));
        String type = curl.header("Content-Type").orElse("");
        if (type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            assertThat(MultipartParts.parse(courier.body(), MultipartParts.boundary(courier.header("Content-Type")
                    .orElseThrow()))).as("multipart parts")
                    .isEqualTo(MultipartParts.parse(curl.body(), MultipartParts.boundary(type)));
        } else {
            assertThat(courier.body()).as("body bytes: expected \"%s\", got \"%s\"", curl.bodyText(),
                    courier.bodyText()).isEqualTo(curl.body());
        }
    }

    private static Map<String, List<String>> headers(LoopbackServer.Received request, String command,
                                                     boolean agentSet) {
        String text = command.toLowerCase(Locale.ROOT);
        Map<String, List<String>> headers = new TreeMap<>();
        for (Map.Entry<String, String> h : request.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            boolean mentioned = text.contains(name + ":") || text.contains(name + ";")
                    || (name.equals("accept-encoding") && text.contains("--compressed"));
            if ((TRANSPORT.contains(name) && !mentioned) || (name.equals("user-agent") && !agentSet)) {
                continue;
            }
            String value = h.getValue().strip();
            if (name.equals("content-type") && value.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                value = value.replaceAll("(?i);\\s*boundary=[^;]*", "");
            }
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return headers;
    }
}
