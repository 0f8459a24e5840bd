package dev.courier.codegen;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The requests every snippet target is proven with: one per feature a snippet must get right. */
final class SnippetCases {

    /** A named request, built for a server's base URL (e.g. {@code http://127.0.0.1:4711}). */
    record Case(String name, Function<String, RequestSpec> spec) {
        RequestSpec at(String baseUrl) {
            return spec.apply(baseUrl);
        }

        /** Whether the request sends files (browser snippets pick those from the page). */
        boolean readsFiles() {
            Body body = at("http://127.0.0.1").body();
            return body instanceof Body.Binary
                    || body instanceof Body.Multipart m && m.parts().stream().anyMatch(p -> p instanceof Part.FilePart);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String JSON_WITH_SPECIALS = """
            {
              "name": "Zoë \\"Z\\" O'Brien",
              "shell": "$HOME `whoami` $(id) %PATH% ^& | < > !x",
              "path": "C:\\\\temp\\\\new",
              "emoji": "😀 ünïcödé ✓",
              "escaped": "line1\\nline2\\ttab",
              "literal": "{{notAVariable}}"
            }""";

    static final String TEXT = "Hello, 'world' \"quoted\"\n\ttabbed line\n$HOME and `cmd` and %TEMP% and ^caret "
            + "& amp | pipe < > !bang \\ back\n";

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <note lang="fr">
              <body>Ça &amp; là — "quoted" 'single'</body>
            </note>
            """;

    private final Path notes;
    private final Path photo;

    /** Cases that send these files (which need not exist to generate snippets). */
    SnippetCases(Path notes, Path photo) {
        this.notes = notes;
        this.photo = photo;
    }

    /** Cases whose files are written into {@code dir}, for running the snippets. */
    static SnippetCases writingFilesTo(Path dir) {
        try {
            Files.createDirectories(dir);
            Path notes = Files.writeString(dir.resolve("notes.txt"), "Notes: ünïcode, \"quotes\" and $dollars\n",
                    StandardCharsets.UTF_8);
            byte[] bytes = new byte[256];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            return new SnippetCases(notes, Files.write(dir.resolve("photo.bin"), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Case> all() {
        return List.of(
                new Case("get-encoded-query", u -> spec("GET", u + "/search?q=a%20b&tag=x&tag=y&e=%C3%A9",
                        Body.NONE, Header.of("Accept", "application/json"))),
                new Case("custom-method", u -> spec("PURGE", u + "/cache/item-1", Body.NONE,
                        Header.of("X-Reason", "stale"))),
                new Case("repeated-headers", u -> spec("GET", u + "/headers", Body.NONE,
                        Header.of("X-Tag", "one"), Header.of("X-Tag", "two"), new Header("X-Off", "never", false),
                        Header.of("Accept", "text/plain"))),
                new Case("json-specials", u -> spec("POST", u + "/json", new Body.Text(JSON_WITH_SPECIALS,
                        Body.TextType.JSON), Header.of("Content-Type", "application/json"))),
                new Case("text-body", u -> spec("PUT", u + "/notes", new Body.Text(TEXT, Body.TextType.TEXT),
                        Header.of("Content-Type", "text/plain; charset=utf-8"))),
                new Case("xml-body", u -> spec("POST", u + "/xml", new Body.Text(XML, Body.TextType.XML),
                        Header.of("Content-Type", "application/xml"))),
                new Case("form", u -> spec("POST", u + "/form", new Body.Form(List.of(Field.of("name", "Zoë Smith"),
                        Field.of("q", "a&b=c+d/é \"x\""), new Field("skipped", "x", false), Field.of("empty", ""))),
                        Header.of("Content-Type", "application/x-www-form-urlencoded"))),
                new Case("form-star-tilde", u -> spec("POST", u + "/form", new Body.Form(List.of(
                        Field.of("b", "x*y~z"), Field.of("a", "1"), Field.of("a", "2"))),
                        Header.of("Content-Type", "application/x-www-form-urlencoded"))),
                new Case("multipart", u -> spec("POST", u + "/upload", new Body.Multipart(List.of(
                        Part.TextPart.of("title", "Ünïcode \"quoted\" value"),
                        new Part.TextPart("off", "never", "", false),
                        Part.FilePart.of("notes", notes),
                        Part.FilePart.of("photo", photo))),
                        Header.of("Content-Type", "multipart/form-data"))),
                new Case("binary-body", u -> spec("POST", u + "/binary", new Body.Binary(photo, ""),
                        Header.of("Content-Type", "application/octet-stream"))),
                new Case("bearer", u -> spec("GET", u + "/me", Body.NONE).withAuth(new Auth.Bearer("s3cr3t.t0ken-42"))),
                new Case("basic", u -> spec("GET", u + "/basic", Body.NONE)
                        .withAuth(new Auth.Basic("alice", "p@ss w0rd:$`\"'!%"))),
                new Case("api-key-header", u -> spec("GET", u + "/data", Body.NONE)
                        .withAuth(new Auth.ApiKey("X-Api-Key", "key-123", Auth.ApiKey.Location.HEADER))),
                new Case("api-key-query", u -> spec("GET", u + "/data?page=2", Body.NONE)
                        .withAuth(new Auth.ApiKey("api_key", "k 1/2+3", Auth.ApiKey.Location.QUERY))),
                new Case("quoted-header", u -> spec("GET", u + "/quote", Body.NONE,
                        Header.of("X-Quote", "say \"hi\" it's $HOME `id` \\ back; a=b @c %d"))),
                new Case("empty-post", u -> spec("POST", u + "/empty", Body.NONE)),
                new Case("head", u -> spec("HEAD", u + "/resource", Body.NONE)),
                new Case("delete-with-body", u -> spec("DELETE", u + "/items/7",
                        new Body.Text("{\"reason\":\"duplicate\"}", Body.TextType.JSON),
                        Header.of("Content-Type", "application/json"))),
                new Case("patch", u -> spec("PATCH", u + "/items/7",
                        new Body.Text("{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Ø\"}", Body.TextType.JSON),
                        Header.of("Content-Type", "application/json-patch+json"))),
                new Case("variable-literal", u -> spec("POST", u + "/vars",
                        new Body.Text("{\"user\":\"{{userId}}\",\"note\":\"{{ spaced }}\"}", Body.TextType.JSON),
                        Header.of("Content-Type", "application/json"), Header.of("X-Env", "{{env}}"))));
    }

    private static RequestSpec spec(String method, String url, Body body, Header... headers) {
        return RequestSpec.of(method, url, List.of(headers), body);
    }
}
