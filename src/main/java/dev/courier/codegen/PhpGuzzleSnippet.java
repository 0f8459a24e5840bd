package dev.courier.codegen;

import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** PHP with Guzzle (installed with Composer): one {@code $client->request} with an options array. */
public final class PhpGuzzleSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        List<String> options = new ArrayList<>();
        if (!r.headers().isEmpty()) {
            Map<String, List<SnippetRequest.SnippetHeader>> byName = new LinkedHashMap<>();
            r.headers().forEach(h -> byName.computeIfAbsent(h.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(h));
            StringBuilder headers = new StringBuilder("'headers' => [\n");
            for (List<SnippetRequest.SnippetHeader> same : byName.values()) {
                headers.append("        ").append(ScriptStringLiteral.PHP.quote(same.get(0).name())).append(" => ");
                List<String> values = same.stream().map(h -> ScriptStringLiteral.PHP.expression(h.value())).toList();
                headers.append(values.size() == 1 ? values.get(0) : "[" + String.join(", ", values) + "]")
                        .append(",\n");
            }
            options.add(headers.append("    ]").toString());
        }
        r.basicAuth().ifPresent(b -> options.add("'auth' => [" + ScriptStringLiteral.PHP.quote(b.username()) + ", "
                + ScriptStringLiteral.PHP.expression(b.password()) + "]"));
        Body body = r.body();
        if (body instanceof Body.Text text) {
            options.add("'body' => " + ScriptStringLiteral.PHP.quote(text.content()));
        } else if (body instanceof Body.Form form) {
            options.add("'body' => " + formExpression(form.fields()));
        } else if (body instanceof Body.Multipart multipart) {
            StringBuilder parts = new StringBuilder("'multipart' => [\n");
            for (Part part : multipart.parts()) {
                parts.append("        [\n            'name' => ").append(ScriptStringLiteral.PHP.quote(part.name()))
                        .append(",\n");
                if (part instanceof Part.FilePart file) {
                    parts.append("            'contents' => fopen(").append(ScriptStringLiteral.PHP.quote(file.file()
                                    .toString())).append(", 'r'),\n")
                            .append("            'filename' => ")
                            .append(ScriptStringLiteral.PHP.quote(file.effectiveFilename()))
                            .append(",\n            'headers' => ['Content-Type' => ")
                            .append(ScriptStringLiteral.PHP.quote(BodyEncoder.partContentType(file))).append("],\n");
                } else {
                    Part.TextPart text = (Part.TextPart) part;
                    parts.append("            'contents' => ").append(ScriptStringLiteral.PHP.quote(text.value()))
                            .append(",\n");
                    if (!text.contentType().isBlank()) {
                        parts.append("            'headers' => ['Content-Type' => ")
                                .append(ScriptStringLiteral.PHP.quote(text.contentType())).append("],\n");
                    }
                }
                parts.append("        ],\n");
            }
            options.add(parts.append("    ]").toString());
        } else if (body instanceof Body.Binary binary) {
            options.add("'body' => fopen(" + ScriptStringLiteral.PHP.quote(binary.file().toString()) + ", 'r')");
        }
        StringBuilder out = new StringBuilder("<?php\n\nrequire 'vendor/autoload.php';\n\n")
                .append("$client = new GuzzleHttp\\Client();\n")
                .append("$response = $client->request(").append(ScriptStringLiteral.PHP.quote(r.method())).append(", ")
                .append(ScriptStringLiteral.PHP.expression(r.url()));
        if (options.isEmpty()) {
            out.append(");\n");
        } else {
            out.append(", [\n");
            options.forEach(o -> out.append("    ").append(o).append(",\n"));
            out.append("]);\n");
        }
        return out.append('\n')
                .append("echo $response->getStatusCode(), ' ', $response->getReasonPhrase(), \"\\n\";\n")
                .append("echo $response->getBody(), \"\\n\";\n").toString();
    }

    /**
     * A form body: {@code http_build_query} over the fields when it writes Courier's bytes (names unique, no '*'
     * or '~', which PHP encodes differently), else the encoded text.
     */
    static String formExpression(List<Field> fields) {
        if (!FormEncoding.namesAreUnique(fields) || !FormEncoding.rfc3986EncoderAgrees(fields)) {
            return ScriptStringLiteral.PHP.quote(FormEncoding.encoded(fields));
        }
        StringBuilder out = new StringBuilder("http_build_query([\n");
        for (Field f : fields) {
            out.append("        ").append(ScriptStringLiteral.PHP.quote(f.name())).append(" => ")
                    .append(ScriptStringLiteral.PHP.quote(f.value())).append(",\n");
        }
        return out.append("    ])").toString();
    }
}
