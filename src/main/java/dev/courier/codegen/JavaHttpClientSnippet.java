package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Java 11+ {@code java.net.http.HttpClient}, as one class with a main method (runs with {@code java Main.java}).
 * A form is encoded with {@code URLEncoder} (Courier's own encoding); a multipart body is assembled from byte arrays.
 */
public final class JavaHttpClientSnippet implements SnippetGenerator {

    private static final String INDENT = "        ";

    @Override
    public String generate(SnippetRequest r) {
        TreeSet<String> imports = new TreeSet<>(List.of("java.net.URI", "java.net.http.HttpClient",
                "java.net.http.HttpRequest", "java.net.http.HttpResponse"));
        List<String> statements = new ArrayList<>();
        String publisher = "HttpRequest.BodyPublishers.noBody()";
        List<SnippetHeader> headers = new ArrayList<>(r.headers());
        Body body = r.body();
        if (body instanceof Body.Text text) {
            publisher = "HttpRequest.BodyPublishers.ofString(" + quote(text.content()) + ")";
        } else if (body instanceof Body.Form form) {
            imports.add("java.net.URLEncoder");
            imports.add("java.nio.charset.StandardCharsets");
            List<String> pairs = new ArrayList<>();
            for (Field f : form.fields()) {
                pairs.add(quote(FormEncoding.encoded(List.of(Field.of(f.name(), ""))))
                        + " + URLEncoder.encode(" + quote(f.value()) + ", StandardCharsets.UTF_8)");
            }
            statements.add("String form = " + String.join("\n" + INDENT + "        + \"&\" + ", pairs) + ";");
            publisher = "HttpRequest.BodyPublishers.ofString(form)";
        } else if (body instanceof Body.Binary binary) {
            imports.add("java.nio.file.Path");
            publisher = "HttpRequest.BodyPublishers.ofFile(Path.of(" + quote(binary.file().toString()) + "))";
        } else if (body instanceof Body.Multipart multipart) {
            imports.addAll(List.of("java.nio.charset.StandardCharsets", "java.nio.file.Files", "java.nio.file.Path",
                    "java.util.List"));
            headers.add(new SnippetHeader("Content-Type", SnippetValue.of(MultipartChunks.contentType())));
            List<String> chunks = new ArrayList<>();
            for (MultipartChunks.Chunk chunk : MultipartChunks.of(multipart.parts())) {
                if (chunk instanceof MultipartChunks.Text t) {
                    chunks.add(quote(t.text()) + ".getBytes(StandardCharsets.UTF_8)");
                } else if (chunk instanceof MultipartChunks.FileContents f) {
                    chunks.add("Files.readAllBytes(Path.of(" + quote(f.file().toString()) + "))");
                }
            }
            statements.add("List<byte[]> multipart = List.of(\n" + INDENT + "        "
                    + String.join(",\n" + INDENT + "        ", chunks) + ");");
            publisher = "HttpRequest.BodyPublishers.ofByteArrays(multipart)";
        }
        StringBuilder request = new StringBuilder("HttpRequest request = HttpRequest.newBuilder()\n");
        request.append(INDENT).append("        .uri(URI.create(").append(expression(r.url())).append("))\n")
                .append(INDENT).append("        .method(").append(quote(r.method())).append(", ").append(publisher)
                .append(")\n");
        for (SnippetHeader h : headers) {
            request.append(INDENT).append("        .header(").append(quote(h.name())).append(", ")
                    .append(expression(h.value())).append(")\n");
        }
        if (r.basicAuth().isPresent()) {
            imports.add("java.nio.charset.StandardCharsets");
            imports.add("java.util.Base64");
            SnippetRequest.BasicAuth b = r.basicAuth().get();
            statements.add("String credentials = " + expression(SnippetValue.of(b.username() + ":")
                    .plusValue(b.password())) + ";");
            request.append(INDENT).append("        .header(\"Authorization\", \"Basic \"\n").append(INDENT)
                    .append("                + Base64.getEncoder().encodeToString(credentials.getBytes(")
                    .append("StandardCharsets.UTF_8)))\n");
        }
        request.append(INDENT).append("        .build();");
        statements.add(request.toString());
        StringBuilder out = new StringBuilder();
        imports.forEach(i -> out.append("import ").append(i).append(";\n"));
        out.append("\npublic class Main {\n")
                .append("    public static void main(String[] args) throws Exception {\n")
                .append(INDENT).append("HttpClient client = HttpClient.newHttpClient();\n");
        statements.forEach(s -> out.append(INDENT).append(s).append('\n'));
        out.append(INDENT).append("HttpResponse<String> response = client.send(request, ")
                .append("HttpResponse.BodyHandlers.ofString());\n")
                .append(INDENT).append("System.out.println(response.statusCode());\n")
                .append(INDENT).append("System.out.println(response.body());\n")
                .append("    }\n}\n");
        return out.toString();
    }

    static String quote(String text) {
        return CStyleStringLiteral.quote(CStyleStringLiteral.Dialect.JAVA, text);
    }

    static String expression(SnippetValue value) {
        return value.expression(JavaHttpClientSnippet::quote, s -> "System.getenv(\"" + s.environmentVariable()
                + "\")", " + ");
    }
}
