package dev.courier.io.curl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.codegen.SnippetOptions;
import dev.courier.codegen.SnippetTarget;
import dev.courier.codegen.SnippetTargets;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.http.PreparedRequest;
import dev.courier.core.http.RequestPreparer;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Copy as curl" and "import curl" are inverses: for random requests, the curl snippet, imported again, sends the
 * same method, URL, headers and body bytes (the headers curl itself adds, Accept and User-Agent, aside).
 */
class CopyAsCurlRoundTripTest {

    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PURGE"};
    private static final String TRICKY = "aZ09 -_.~!$&'()*+,;=:@/?\"\\`{}[]|<>#%^éü日本\t";
    private static final SnippetTarget CURL = SnippetTargets.byId("curl").orElseThrow();

    private final Random random = new Random(4242);
    @TempDir
    Path dir;

    @Test
    void randomRequestsSurviveTheRoundTrip() throws Exception {
        Path file = Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 10, 13, 127});
        for (int i = 0; i < 1500; i++) {
            RequestSpec original = randomRequest(file);
            SnippetOptions options = new SnippetOptions(false, random.nextBoolean());
            String command = CURL.generate(original, options);
            CurlImport imported = new CurlParser(dir).parse(command);
            assertThat(wire(imported.request())).as("case %d:%n%s", i, command).isEqualTo(wire(original));
        }
    }

    /** What goes on the wire, boundary fixed; the Accept and User-Agent headers curl adds of its own left out. */
    private static String wire(RequestSpec spec) throws Exception {
        PreparedRequest prepared = RequestPreparer.prepare(spec);
        List<String> headers = new ArrayList<>();
        for (Header h : prepared.headers()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (name.equals("user-agent") || (name.equals("accept") && h.value().equals("*/*"))
                    || (name.equals("content-type") && h.value().startsWith("multipart/form-data"))) {
                continue;
            }
            headers.add(name + ": " + h.value());
        }
        byte[] body = BodyEncoder.encode(spec.body(), "BOUNDARY").toBytes();
        return prepared.method() + " " + prepared.uri() + "\n" + String.join("\n", headers) + "\n\n"
                + new String(body, StandardCharsets.ISO_8859_1);
    }

    private RequestSpec randomRequest(Path file) {
        String method = METHODS[random.nextInt(METHODS.length)];
        StringBuilder url = new StringBuilder("https://api.example.com/v1/items");
        int params = random.nextInt(3);
        for (int p = 0; p < params; p++) {
            url.append(p == 0 ? '?' : '&').append(RequestPreparer.encodeQueryComponent(word()))
                    .append('=').append(RequestPreparer.encodeQueryComponent(text(8)));
        }
        List<Header> headers = new ArrayList<>();
        for (int h = random.nextInt(3); h > 0; h--) {
            headers.add(Header.of("X-" + (char) ('A' + random.nextInt(5)), text(10).strip()));
        }
        Body body = randomBody(method, file, headers);
        Auth auth = switch (random.nextInt(3)) {
            case 0 -> new Auth.Basic("user" + random.nextInt(9), text(6));
            case 1 -> new Auth.Bearer("tok" + word());
            default -> Auth.NONE;
        };
        return RequestSpec.of(method, url.toString(), headers, body).withAuth(auth);
    }

    private Body randomBody(String method, Path file, List<Header> headers) {
        if (method.equals("GET") || random.nextInt(5) == 0) {
            return Body.NONE;
        }
        switch (random.nextInt(4)) {
            case 0 -> {
                headers.add(Header.of("Content-Type", "application/json"));
                return new Body.Text("{\"note\": \"" + text(20).replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\",\n  \"n\": " + random.nextInt(1000) + "}", Body.TextType.JSON);
            }
            case 1 -> {
                headers.add(Header.of("Content-Type", "application/x-www-form-urlencoded"));
                List<Field> fields = new ArrayList<>();
                for (int f = 1 + random.nextInt(3); f > 0; f--) {
                    fields.add(Field.of(word(), text(6)));
                }
                return new Body.Form(fields);
            }
            case 2 -> {
                List<Part> parts = new ArrayList<>();
                parts.add(Part.TextPart.of(word(), text(12)));
                if (random.nextBoolean()) {
                    parts.add(new Part.FilePart("file", file, "", "", true));
                }
                return new Body.Multipart(parts);
            }
            default -> {
                headers.add(Header.of("Content-Type", "text/plain"));
                return new Body.Text(text(30), Body.TextType.TEXT);
            }
        }
    }

    private String word() {
        return "k" + (char) ('a' + random.nextInt(26)) + random.nextInt(100);
    }

    private String text(int max) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            b.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
        }
        return b.toString();
    }
}
