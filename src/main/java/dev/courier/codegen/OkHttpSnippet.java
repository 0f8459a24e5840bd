package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * OkHttp 4, in Java (a class with a main method) or Kotlin (a top-level main). The Content-Type header becomes the
 * body's media type (OkHttp writes the header from it); text goes as bytes, because OkHttp appends
 * {@code charset=utf-8} to the type of a String body.
 */
public final class OkHttpSnippet implements SnippetGenerator {

    /** Methods OkHttp refuses without a body; an empty one is sent, as Courier does. */
    private static final Set<String> BODY_REQUIRED = Set.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT");

    private final boolean kotlin;

    public OkHttpSnippet(boolean kotlin) {
        this.kotlin = kotlin;
    }

    @Override
    public String generate(SnippetRequest r) {
        TreeSet<String> imports = new TreeSet<>(List.of("okhttp3.OkHttpClient", "okhttp3.Request"));
        String mediaType = r.contentType().map(t -> mediaType(t, imports)).orElse(kotlin ? "null" : "null");
        String body = requestBody(r, mediaType, imports);
        String v = kotlin ? "val " : "";
        String end = kotlin ? "" : ";";
        String ind = kotlin ? "    " : "        ";
        StringBuilder code = new StringBuilder();
        code.append(ind).append(kotlin ? "val client = OkHttpClient()" : "OkHttpClient client = new OkHttpClient();")
                .append('\n');
        if (!body.equals("null")) {
            code.append(ind).append(kotlin ? "val body = " : "RequestBody body = ").append(body).append(end)
                    .append('\n');
            if (!kotlin) {
                imports.add("okhttp3.RequestBody");
            }
        }
        code.append(ind).append(kotlin ? "val request = Request.Builder()" : "Request request = new Request.Builder()")
                .append('\n');
        String cont = ind + (kotlin ? "    ." : "        .");
        code.append(cont).append("url(").append(expression(r.url())).append(")\n")
                .append(cont).append("method(").append(quote(r.method())).append(", ")
                .append(body.equals("null") ? "null" : "body").append(")\n");
        List<SnippetHeader> headers = r.body() instanceof Body.None ? r.headers() : r.headersExcept("Content-Type");
        for (SnippetHeader h : headers) {
            code.append(cont).append("addHeader(").append(quote(h.name())).append(", ").append(expression(h.value()))
                    .append(")\n");
        }
        r.basicAuth().ifPresent(b -> {
            imports.add("okhttp3.Credentials");
            imports.add(kotlin ? "java.nio.charset.StandardCharsets" : "java.nio.charset.StandardCharsets");
            code.append(cont).append("addHeader(\"Authorization\", Credentials.basic(").append(quote(b.username()))
                    .append(", ").append(expression(b.password())).append(", StandardCharsets.UTF_8))\n");
        });
        code.append(cont).append("build()").append(end).append('\n');
        StringBuilder out = new StringBuilder();
        imports.forEach(i -> out.append("import ").append(i).append(end).append('\n'));
        if (kotlin) {
            out.append("\nfun main() {\n").append(code)
                    .append("    client.newCall(request).execute().use { response ->\n")
                    .append("        println(response.code)\n")
                    .append("        println(response.body!!.string())\n")
                    .append("    }\n}\n");
        } else {
            out.append("import okhttp3.Response;\n\npublic class Main {\n")
                    .append("    public static void main(String[] args) throws Exception {\n").append(code)
                    .append("        try (Response response = client.newCall(request).execute()) {\n")
                    .append("            System.out.println(response.code());\n")
                    .append("            System.out.println(response.body().string());\n")
                    .append("        }\n    }\n}\n");
        }
        return out.toString();
    }

    private String requestBody(SnippetRequest r, String mediaType, Set<String> imports) {
        Body body = r.body();
        if (body instanceof Body.Text text) {
            imports.add("java.nio.charset.StandardCharsets");
            return bytesBody(imports, quote(text.content()) + (kotlin ? ".toByteArray(StandardCharsets.UTF_8)"
                    : ".getBytes(StandardCharsets.UTF_8)"), mediaType);
        }
        if (body instanceof Body.Form form) {
            imports.add("okhttp3.FormBody");
            StringBuilder out = new StringBuilder(kotlin ? "FormBody.Builder()" : "new FormBody.Builder()");
            // FormBody writes a space as %20 where Courier (and browsers) write '+': then pass the encoded form.
            boolean spaces = form.fields().stream().anyMatch(f -> (f.name() + f.value()).indexOf(' ') >= 0);
            for (Field f : form.fields()) {
                String name = spaces ? FormEncoding.encoded(List.of(Field.of(f.name(), ""))).replaceAll("=$", "")
                        : f.name();
                String value = spaces ? FormEncoding.encoded(List.of(Field.of("", f.value()))).substring(1) : f.value();
                out.append("\n").append(kotlin ? "        ." : "                .")
                        .append(spaces ? "addEncoded(" : "add(")
                        .append(quote(name)).append(", ").append(quote(value)).append(")");
            }
            return out.append("\n").append(kotlin ? "        ." : "                .").append("build()").toString();
        }
        if (body instanceof Body.Binary binary) {
            imports.add("java.io.File");
            if (kotlin) {
                imports.add("okhttp3.RequestBody.Companion.asRequestBody");
                return "File(" + quote(binary.file().toString()) + ").asRequestBody(" + mediaType + ")";
            }
            return "RequestBody.create(new File(" + quote(binary.file().toString()) + "), " + mediaType + ")";
        }
        if (body instanceof Body.Multipart multipart) {
            imports.add("okhttp3.MultipartBody");
            String dot = kotlin ? "\n        ." : "\n                .";
            StringBuilder out = new StringBuilder(kotlin ? "MultipartBody.Builder()" : "new MultipartBody.Builder()")
                    .append(dot).append("setType(MultipartBody.FORM)");
            for (Part part : multipart.parts()) {
                out.append(dot).append(part(part, imports));
            }
            return out.append(dot).append("build()").toString();
        }
        if (BODY_REQUIRED.contains(r.method())) {
            return bytesBody(imports, kotlin ? "ByteArray(0)" : "new byte[0]", mediaType);
        }
        return "null";
    }

    private String part(Part part, Set<String> imports) {
        if (part instanceof Part.FilePart file) {
            imports.add("java.io.File");
            String type = mediaType(BodyEncoder.partContentType(file), imports);
            String fileBody = kotlin ? "File(" + quote(file.file().toString()) + ").asRequestBody(" + type + ")"
                    : "RequestBody.create(new File(" + quote(file.file().toString()) + "), " + type + ")";
            if (kotlin) {
                imports.add("okhttp3.RequestBody.Companion.asRequestBody");
            } else {
                imports.add("okhttp3.RequestBody");
            }
            return "addFormDataPart(" + quote(part.name()) + ", " + quote(file.effectiveFilename()) + ", " + fileBody
                    + ")";
        }
        Part.TextPart text = (Part.TextPart) part;
        if (text.contentType().isBlank()) {
            return "addFormDataPart(" + quote(part.name()) + ", " + quote(text.value()) + ")";
        }
        imports.add("java.nio.charset.StandardCharsets");
        return "addPart(MultipartBody.Part.createFormData(" + quote(part.name()) + ", null, "
                + bytesBody(imports, quote(text.value()) + (kotlin ? ".toByteArray(StandardCharsets.UTF_8)"
                : ".getBytes(StandardCharsets.UTF_8)"), mediaType(text.contentType(), imports)) + "))";
    }

    private String bytesBody(Set<String> imports, String bytes, String mediaType) {
        if (kotlin) {
            imports.add("okhttp3.RequestBody.Companion.toRequestBody");
        }
        return kotlin ? bytes + ".toRequestBody(" + mediaType + ")" : "RequestBody.create(" + bytes + ", " + mediaType
                + ")";
    }

    private String mediaType(String type, Set<String> imports) {
        if (kotlin) {
            imports.add("okhttp3.MediaType.Companion.toMediaType");
            return quote(type) + ".toMediaType()";
        }
        imports.add("okhttp3.MediaType");
        return "MediaType.get(" + quote(type) + ")";
    }

    private String quote(String text) {
        return CStyleStringLiteral.quote(kotlin ? CStyleStringLiteral.Dialect.KOTLIN : CStyleStringLiteral.Dialect.JAVA,
                text);
    }

    private String expression(SnippetValue value) {
        return value.expression(this::quote, s -> "System.getenv(\"" + s.environmentVariable() + "\")", " + ");
    }
}
