package dev.courier.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.Version;
import dev.courier.testing.LoopbackServer.Received;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The comparison the execution test relies on finds every kind of difference, and only those. */
class RequestComparisonTest {

    private static Received received(String method, String path, List<Map.Entry<String, String>> headers,
                                     String body) {
        return new Received(method, path, headers, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static final Received COURIER = received("POST", "/a?q=a%20b", List.of(Map.entry("X-Tag", "one"),
            Map.entry("X-Tag", "two"), Map.entry("User-agent", Version.userAgent()), Map.entry("Content-length", "2")),
            "{}");

    @Test
    void transportAndClientHeadersAreIgnoredAndRepeatedValuesJoined() {
        Received snippet = received("POST", "/a?q=a%20b", List.of(Map.entry("x-tag", "one, two"),
                Map.entry("User-Agent", "curl/8"), Map.entry("Accept", "*/*"), Map.entry("Connection", "close"),
                Map.entry("Transfer-encoding", "chunked")), "{}");
        assertThat(RequestComparison.differences(COURIER, snippet)).isEmpty();
    }

    @Test
    void methodPathHeadersAndBodyDifferencesAreReported() {
        Received snippet = received("PUT", "/a?q=a+b", List.of(Map.entry("X-Tag", "one")), "{ }");
        assertThat(RequestComparison.differences(COURIER, snippet)).hasSize(4);
    }

    @Test
    void anAcceptCourierSentMustBeSentToo() {
        Received courier = received("GET", "/", List.of(Map.entry("Accept", "application/json")), "");
        Received snippet = received("GET", "/", List.of(Map.entry("Accept", "*/*")), "");
        assertThat(RequestComparison.differences(courier, snippet)).singleElement().asString().startsWith("headers");
    }

    @Test
    void multipartComparesPartsNotBoundaries() {
        String courierBody = "--A\r\nContent-Disposition: form-data; name=\"t\"\r\n\r\nv\r\n"
                + "--A\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n\u0000\u00ff\r\n--A--\r\n";
        Received courier = received("POST", "/", List.of(Map.entry("Content-Type", "multipart/form-data; boundary=A")),
                courierBody);
        String same = courierBody.replace("--A", "--Other").replace("name=\"t\"", "name=t");
        Received snippet = received("POST", "/", List.of(Map.entry("Content-Type",
                "multipart/form-data; boundary=\"Other\"")), same);
        assertThat(RequestComparison.differences(courier, snippet)).isEmpty();
        Received changed = received("POST", "/", List.of(Map.entry("Content-Type", "multipart/form-data; boundary=A")),
                courierBody.replace("\u00ff", "\u00fe"));
        assertThat(RequestComparison.differences(courier, changed)).singleElement().asString().startsWith("multipart");
    }
}
