package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the JavaScript snippets share: string literals, header objects and the body as a {@code body} constant.
 * In a browser, secrets appear as placeholders and files come from {@code <input type="file">} elements; in Node.js
 * secrets come from {@code process.env} and files from the disk.
 */
final class JavaScriptCode {

    private final boolean node;

    JavaScriptCode(boolean node) {
        this.node = node;
    }

    static String quote(String text) {
        return CStyleStringLiteral.quote(CStyleStringLiteral.Dialect.JAVASCRIPT, text);
    }

    /** An expression for a value: a literal, or a concatenation with {@code process.env} (Node) or placeholders. */
    String expression(SnippetValue value) {
        if (!node) {
            return quote(value.text(Secret::placeholder));
        }
        return value.expression(JavaScriptCode::quote, s -> "process.env." + s.environmentVariable(), " + ");
    }

    /** The headers (joined per name) plus basic auth's Authorization header, as an object literal. */
    String headerObject(Optional<SnippetRequest.BasicAuth> basic, List<SnippetHeader> headers, String indent) {
        List<String> entries = new ArrayList<>();
        for (SnippetHeader h : headers) {
            entries.add(quote(h.name()) + ": " + expression(h.value()));
        }
        basic.ifPresent(b -> entries.add(quote("Authorization") + ": " + basicHeader(b)));
        if (entries.isEmpty()) {
            return "{}";
        }
        return "{\n" + entries.stream().map(e -> indent + "  " + e + ",\n").reduce("", String::concat) + indent + "}";
    }

    /** {@code "Basic " + base64(user:password)}. */
    String basicHeader(SnippetRequest.BasicAuth b) {
        String pair = expression(SnippetValue.of(b.username() + ":").plusValue(b.password()));
        return node ? "\"Basic \" + Buffer.from(" + pair + ").toString(\"base64\")" : "\"Basic \" + btoa(" + pair + ")";
    }

    /** Whether the body reads files (Node needs {@code fs}). */
    static boolean readsFiles(Body body) {
        return body instanceof Body.Binary
                || body instanceof Body.Multipart m && m.parts().stream().anyMatch(p -> p instanceof Part.FilePart);
    }

    /** The body statements followed by a blank line, or nothing when there is no body. */
    String bodyPrelude(Body body) {
        String statements = bodyStatements(body);
        return statements.isEmpty() ? "" : statements + "\n";
    }

    /**
     * Statements that define {@code const body} for fetch, jQuery and XMLHttpRequest: a string, URLSearchParams
     * (whose encoding is Courier's), FormData, or a file; empty when there is no body.
     */
    String bodyStatements(Body body) {
        if (body instanceof Body.Text text) {
            return "const body = " + quote(text.content()) + ";\n";
        }
        if (body instanceof Body.Form form) {
            StringBuilder out = new StringBuilder("const body = new URLSearchParams([\n");
            for (Field f : form.fields()) {
                out.append("  [").append(quote(f.name())).append(", ").append(quote(f.value())).append("],\n");
            }
            return out.append("]);\n").toString();
        }
        if (body instanceof Body.Multipart multipart) {
            StringBuilder out = new StringBuilder("const body = new FormData();\n");
            for (Part part : multipart.parts()) {
                out.append("body.append(").append(quote(part.name())).append(", ");
                if (part instanceof Part.FilePart file) {
                    out.append("new Blob([").append(fileContents(file.file(), part.name())).append("], { type: ")
                            .append(quote(BodyEncoder.partContentType(file))).append(" }), ")
                            .append(quote(file.effectiveFilename()));
                } else {
                    out.append(quote(((Part.TextPart) part).value()));
                }
                out.append(");\n");
            }
            return out.toString();
        }
        if (body instanceof Body.Binary binary) {
            return "const body = " + fileContents(binary.file(), "file") + ";\n";
        }
        return "";
    }

    /** The contents of a file: read from disk in Node, the file chosen in an input element in a browser. */
    String fileContents(Path file, String inputName) {
        if (node) {
            return "fs.readFileSync(" + quote(file.toString()) + ")";
        }
        return "document.querySelector(" + quote("input[type=file][name=\"" + inputName.replace("\"", "\\\"")
                + "\"]") + ").files[0] /* " + file.getFileName().toString().replace("*/", "* /") + " */";
    }
}
