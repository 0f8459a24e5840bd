package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Part;

/**
 * Dart with package:http. Bodies are set as bytes ({@code bodyBytes}): setting {@code body} would add a charset
 * to the Content-Type. Headers live in a map, so repeated ones are joined. A multipart request writes its text
 * fields before its files.
 */
public final class DartHttpSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        Body body = r.body();
        boolean multipart = body instanceof Body.Multipart;
        StringBuilder code = new StringBuilder();
        code.append("  final request = http.").append(multipart ? "MultipartRequest(" : "Request(")
                .append(quote(r.method())).append(", Uri.parse(").append(expression(r.url())).append("));\n");
        for (SnippetHeader h : r.combinedHeaders()) {
            code.append("  request.headers[").append(quote(h.name())).append("] = ").append(expression(h.value()))
                    .append(";\n");
        }
        r.basicAuth().ifPresent(b -> code
                .append("  request.headers['Authorization'] = 'Basic ' + base64Encode(utf8.encode(")
                .append(expression(SnippetValue.of(b.username() + ":").plusValue(b.password()))).append("));\n"));
        boolean needsMediaType = false;
        if (body instanceof Body.Text text) {
            code.append("  request.bodyBytes = utf8.encode(").append(quote(text.content())).append(");\n");
        } else if (body instanceof Body.Form form) {
            code.append("  request.bodyBytes = utf8.encode(").append(quote(FormEncoding.encoded(form.fields())))
                    .append(");\n");
        } else if (body instanceof Body.Binary binary) {
            code.append("  request.bodyBytes = await File(").append(quote(binary.file().toString()))
                    .append(").readAsBytes();\n");
        } else if (body instanceof Body.Multipart parts) {
            for (Part part : parts.parts()) {
                if (part instanceof Part.FilePart file) {
                    needsMediaType = true;
                    code.append("  request.files.add(await http.MultipartFile.fromPath(").append(quote(part.name()))
                            .append(", ").append(quote(file.file().toString())).append(",\n")
                            .append("      filename: ").append(quote(file.effectiveFilename()))
                            .append(", contentType: MediaType.parse(")
                            .append(quote(BodyEncoder.partContentType(file))).append(")));\n");
                } else {
                    code.append("  request.fields[").append(quote(part.name())).append("] = ")
                            .append(quote(((Part.TextPart) part).value())).append(";\n");
                }
            }
        }
        StringBuilder out = new StringBuilder("import 'dart:convert';\nimport 'dart:io';\n\n")
                .append("import 'package:http/http.dart' as http;\n");
        if (needsMediaType) {
            out.append("import 'package:http_parser/http_parser.dart';\n");
        }
        return out.append("\nFuture<void> main() async {\n").append(code)
                .append("\n  final response = await http.Response.fromStream(await request.send());\n")
                .append("  print('${response.statusCode} ${response.reasonPhrase}');\n")
                .append("  print(response.body);\n")
                .append("}\n").toString();
    }

    private static String quote(String text) {
        return CStyleStringLiteral.quote(CStyleStringLiteral.Dialect.DART, text);
    }

    private static String expression(SnippetValue value) {
        return value.expression(DartHttpSnippet::quote,
                s -> "Platform.environment['" + s.environmentVariable() + "']!", " + ");
    }
}
