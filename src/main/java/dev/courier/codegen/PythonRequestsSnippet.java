package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Python with requests. Text goes as UTF-8 bytes (a str body would be sent as Latin-1), multipart as a list of
 * {@code files} tuples so that the parts keep their order, repeated headers joined in one value (requests keeps
 * headers in a dict).
 */
public final class PythonRequestsSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        List<String> args = new ArrayList<>(List.of(PythonStringLiteral.quote(r.method()), "url"));
        StringBuilder code = new StringBuilder();
        code.append("url = ").append(PythonStringLiteral.expression(r.url())).append('\n');
        List<SnippetHeader> headers = r.combinedHeaders();
        if (!headers.isEmpty()) {
            code.append("headers = ").append(dict(headers)).append('\n');
            args.add("headers=headers");
        }
        Body body = r.body();
        if (body instanceof Body.Text text) {
            code.append("payload = ").append(PythonStringLiteral.quote(text.content())).append(".encode(\"utf-8\")\n");
            args.add("data=payload");
        } else if (body instanceof Body.Form form) {
            code.append("payload = ").append(form(form.fields())).append('\n');
            args.add("data=payload");
        } else if (body instanceof Body.Multipart multipart) {
            code.append("files = [\n");
            for (Part part : multipart.parts()) {
                code.append("    (").append(PythonStringLiteral.quote(part.name())).append(", ")
                        .append(partTuple(part)).append("),\n");
            }
            code.append("]\n");
            args.add("files=files");
        } else if (body instanceof Body.Binary binary) {
            code.append("payload = open(").append(PythonStringLiteral.quote(binary.file().toString()))
                    .append(", \"rb\")\n");
            args.add("data=payload");
        }
        r.basicAuth().ifPresent(b -> args.add("auth=(" + PythonStringLiteral.quote(b.username()) + ", "
                + PythonStringLiteral.expression(b.password()) + ")"));
        StringBuilder out = new StringBuilder();
        if (r.hidesSecrets()) {
            out.append("import os\n\n");
        }
        out.append("import requests\n\n").append(code).append('\n')
                .append("response = requests.request(").append(String.join(", ", args)).append(")\n\n")
                .append("print(response.status_code, response.reason)\n")
                .append("print(response.text)\n");
        return out.toString();
    }

    static String dict(List<SnippetHeader> headers) {
        StringBuilder out = new StringBuilder("{\n");
        for (SnippetHeader h : headers) {
            out.append("    ").append(PythonStringLiteral.quote(h.name())).append(": ")
                    .append(PythonStringLiteral.expression(h.value())).append(",\n");
        }
        return out.append('}').toString();
    }

    /** A list of pairs when Python's encoder writes Courier's bytes ('~' and '*' differ), else the encoded text. */
    private static String form(List<Field> fields) {
        if (!FormEncoding.rfc3986EncoderAgrees(fields)) {
            return PythonStringLiteral.quote(FormEncoding.encoded(fields));
        }
        StringBuilder out = new StringBuilder("[\n");
        for (Field f : fields) {
            out.append("    (").append(PythonStringLiteral.quote(f.name())).append(", ")
                    .append(PythonStringLiteral.quote(f.value())).append("),\n");
        }
        return out.append(']').toString();
    }

    private static String partTuple(Part part) {
        if (part instanceof Part.FilePart file) {
            return "(" + PythonStringLiteral.quote(file.effectiveFilename()) + ", open("
                    + PythonStringLiteral.quote(file.file().toString()) + ", \"rb\"), "
                    + PythonStringLiteral.quote(BodyEncoder.partContentType(file)) + ")";
        }
        Part.TextPart text = (Part.TextPart) part;
        String type = text.contentType().isBlank() ? "" : ", " + PythonStringLiteral.quote(text.contentType());
        return "(None, " + PythonStringLiteral.quote(text.value()) + type + ")";
    }
}
