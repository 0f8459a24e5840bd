package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Part;
import java.util.ArrayList;
import java.util.List;

/** PHP's cURL extension: one {@code curl_setopt_array}, multipart through an array with CURLFile values. */
public final class PhpCurlSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        List<String> options = new ArrayList<>();
        options.add("CURLOPT_URL => " + ScriptStringLiteral.PHP.expression(r.url()));
        if (r.method().equals("HEAD")) {
            options.add("CURLOPT_NOBODY => true");
        } else {
            options.add("CURLOPT_CUSTOMREQUEST => " + ScriptStringLiteral.PHP.quote(r.method()));
        }
        if (!r.headers().isEmpty()) {
            StringBuilder headers = new StringBuilder("CURLOPT_HTTPHEADER => [\n");
            for (SnippetHeader h : r.headers()) {
                boolean empty = h.value().isLiteral() && h.value().literal().isEmpty();
                SnippetValue line = empty ? SnippetValue.of(h.name() + ";")
                        : SnippetValue.of(h.name() + ": ").plusValue(h.value());
                headers.append("        ").append(ScriptStringLiteral.PHP.expression(line)).append(",\n");
            }
            options.add(headers.append("    ]").toString());
        }
        r.basicAuth().ifPresent(b -> {
            options.add("CURLOPT_HTTPAUTH => CURLAUTH_BASIC");
            options.add("CURLOPT_USERPWD => " + ScriptStringLiteral.PHP.expression(SnippetValue.of(b.username() + ":")
                    .plusValue(b.password())));
        });
        Body body = r.body();
        if (body instanceof Body.Text text) {
            options.add("CURLOPT_POSTFIELDS => " + ScriptStringLiteral.PHP.quote(text.content()));
        } else if (body instanceof Body.Form form) {
            options.add("CURLOPT_POSTFIELDS => " + PhpGuzzleSnippet.formExpression(form.fields()));
        } else if (body instanceof Body.Multipart multipart) {
            StringBuilder fields = new StringBuilder("CURLOPT_POSTFIELDS => [\n");
            for (Part part : multipart.parts()) {
                fields.append("        ").append(ScriptStringLiteral.PHP.quote(part.name())).append(" => ");
                if (part instanceof Part.FilePart file) {
                    fields.append("new CURLFile(").append(ScriptStringLiteral.PHP.quote(file.file().toString())).append(", ")
                            .append(ScriptStringLiteral.PHP.quote(BodyEncoder.partContentType(file))).append(", ")
                            .append(ScriptStringLiteral.PHP.quote(file.effectiveFilename())).append(')');
                } else {
                    fields.append(ScriptStringLiteral.PHP.quote(((Part.TextPart) part).value()));
                }
                fields.append(",\n");
            }
            options.add(fields.append("    ]").toString());
        } else if (body instanceof Body.Binary binary) {
            options.add("CURLOPT_POSTFIELDS => file_get_contents(" + ScriptStringLiteral.PHP.quote(binary.file().toString())
                    + ")");
        }
        options.add("CURLOPT_RETURNTRANSFER => true");
        StringBuilder out = new StringBuilder("<?php\n\n$curl = curl_init();\ncurl_setopt_array($curl, [\n");
        options.forEach(o -> out.append("    ").append(o).append(",\n"));
        out.append("]);\n\n")
                .append("$response = curl_exec($curl);\n")
                .append("if ($response === false) {\n")
                .append("    fwrite(STDERR, curl_error($curl) . \"\\n\");\n")
                .append("    exit(1);\n")
                .append("}\n")
                .append("echo curl_getinfo($curl, CURLINFO_RESPONSE_CODE), \"\\n\";\n")
                .append("echo $response, \"\\n\";\n")
                .append("curl_close($curl);\n");
        return out.toString();
    }
}
