package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * C with libcurl ({@code gcc main.c -lcurl}). A value that hides a secret is formatted with snprintf and getenv;
 * multipart uses the curl_mime API; a file body is streamed with CURLOPT_READDATA.
 */
public final class CLibcurlSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder code = new StringBuilder();
        List<String> cleanup = new ArrayList<>();
        code.append("    CURL *curl = curl_easy_init();\n    if (!curl) {\n        return 1;\n    }\n");
        String url = value(r.url(), "url", code); // may declare a buffer first
        code.append("    curl_easy_setopt(curl, CURLOPT_URL, ").append(url).append(");\n");
        if (r.method().equals("HEAD")) {
            code.append("    curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);\n");
        } else {
            code.append("    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, ").append(quote(r.method())).append(");\n");
        }
        if (!r.headers().isEmpty()) {
            code.append("    struct curl_slist *headers = NULL;\n");
            int n = 0;
            for (SnippetHeader h : r.headers()) {
                boolean empty = h.value().isLiteral() && h.value().literal().isEmpty();
                SnippetValue line = empty ? SnippetValue.of(h.name() + ";")
                        : SnippetValue.of(h.name() + ": ").plusValue(h.value());
                String text = value(line, "header" + ++n, code);
                code.append("    headers = curl_slist_append(headers, ").append(text).append(");\n");
            }
            code.append("    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);\n");
            cleanup.add("    curl_slist_free_all(headers);\n");
        }
        r.basicAuth().ifPresent(b -> {
            String password = value(b.password(), "password", code);
            code.append("    curl_easy_setopt(curl, CURLOPT_USERNAME, ").append(quote(b.username())).append(");\n")
                    .append("    curl_easy_setopt(curl, CURLOPT_PASSWORD, ").append(password).append(");\n");
        });
        Body body = r.body();
        if (body instanceof Body.Text text) {
            code.append("    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, ").append(quote(text.content())).append(");\n");
        } else if (body instanceof Body.Form form) {
            code.append("    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, ")
                    .append(quote(FormEncoding.encoded(form.fields())))
                    .append(");\n");
        } else if (body instanceof Body.Binary binary) {
            code.append("    FILE *body = fopen(").append(quote(binary.file().toString())).append(", \"rb\");\n")
                    .append("    if (!body) {\n        perror(\"fopen\");\n        return 1;\n    }\n")
                    .append("    fseek(body, 0, SEEK_END);\n    long size = ftell(body);\n    rewind(body);\n")
                    .append("    curl_easy_setopt(curl, CURLOPT_POST, 1L);\n")
                    .append("    curl_easy_setopt(curl, CURLOPT_READDATA, body);\n")
                    .append("    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) size);\n");
            cleanup.add("    fclose(body);\n");
        } else if (body instanceof Body.Multipart multipart) {
            code.append("    curl_mime *mime = curl_mime_init(curl);\n    curl_mimepart *part;\n");
            for (Part p : multipart.parts()) {
                code.append("    part = curl_mime_addpart(mime);\n")
                        .append("    curl_mime_name(part, ").append(quote(p.name())).append(");\n");
                if (p instanceof Part.FilePart file) {
                    code.append("    curl_mime_filedata(part, ").append(quote(file.file().toString())).append(");\n")
                            .append("    curl_mime_filename(part, ").append(quote(file.effectiveFilename()))
                            .append(");\n")
                            .append("    curl_mime_type(part, ").append(quote(BodyEncoder.partContentType(file)))
                            .append(");\n");
                } else {
                    Part.TextPart text = (Part.TextPart) p;
                    code.append("    curl_mime_data(part, ").append(quote(text.value()))
                            .append(", CURL_ZERO_TERMINATED);\n");
                    if (!text.contentType().isBlank()) {
                        code.append("    curl_mime_type(part, ").append(quote(text.contentType())).append(");\n");
                    }
                }
            }
            code.append("    curl_easy_setopt(curl, CURLOPT_MIMEPOST, mime);\n");
            cleanup.add("    curl_mime_free(mime);\n");
        }
        code.append("\n    CURLcode result = curl_easy_perform(curl); /* the body goes to stdout */\n")
                .append("    if (result != CURLE_OK) {\n")
                .append("        fprintf(stderr, \"curl: %s\\n\", curl_easy_strerror(result));\n")
                .append("    } else {\n")
                .append("        long status = 0;\n")
                .append("        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);\n")
                .append("        printf(\"\\n%ld\\n\", status);\n")
                .append("    }\n\n");
        cleanup.forEach(code::append);
        code.append("    curl_easy_cleanup(curl);\n    return result == CURLE_OK ? 0 : 1;\n");
        StringBuilder out = new StringBuilder("#include <stdio.h>\n");
        if (r.hidesSecrets()) {
            out.append("#include <stdlib.h>\n");
        }
        return out.append("#include <curl/curl.h>\n\nint main(void)\n{\n").append(code).append("}\n").toString();
    }

    /**
     * A C expression for a value: a string literal, or a buffer filled by snprintf from the literal text and
     * getenv for each hidden secret (declared in {@code code}).
     */
    private static String value(SnippetValue value, String name, StringBuilder code) {
        if (value.isLiteral()) {
            return quote(value.literal());
        }
        if (value.pieces().size() == 1) {
            return "getenv(\"" + ((SnippetValue.Hidden) value.pieces().get(0)).secret().environmentVariable() + "\")";
        }
        StringBuilder format = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (SnippetValue.Piece piece : value.pieces()) {
            if (piece instanceof SnippetValue.Hidden hidden) {
                format.append("%s");
                args.add("getenv(\"" + hidden.secret().environmentVariable() + "\")");
            } else {
                format.append(((SnippetValue.Literal) piece).text().replace("%", "%%"));
            }
        }
        code.append("    char ").append(name).append("[4096];\n")
                .append("    snprintf(").append(name).append(", sizeof ").append(name).append(", ")
                .append(quote(format.toString())).append(", ").append(String.join(", ", args)).append(");\n");
        return name;
    }

    private static String quote(String text) {
        return CStyleStringLiteral.quote(CStyleStringLiteral.Dialect.C, text);
    }
}
