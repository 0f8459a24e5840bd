package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.model.Body;

/**
 * Swift with Foundation's URLSession and async/await (a {@code main.swift} script; FoundationNetworking on Linux).
 * A multipart body is assembled as Data.
 */
public final class SwiftSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder out = new StringBuilder("import Foundation\n#if canImport(FoundationNetworking)\n")
                .append("import FoundationNetworking\n#endif\n\n");
        out.append("var request = URLRequest(url: URL(string: ").append(expression(r.url())).append(")!)\n")
                .append("request.httpMethod = ").append(quote(r.method())).append('\n');
        for (SnippetHeader h : r.headers()) {
            out.append("request.addValue(").append(expression(h.value())).append(", forHTTPHeaderField: ")
                    .append(quote(h.name())).append(")\n");
        }
        r.basicAuth().ifPresent(b -> out.append("let credentials = Data((")
                .append(expression(SnippetValue.of(b.username() + ":").plusValue(b.password())))
                .append(").utf8).base64EncodedString()\n")
                .append("request.addValue(\"Basic \" + credentials, forHTTPHeaderField: \"Authorization\")\n"));
        Body body = r.body();
        if (body instanceof Body.Text text) {
            out.append("request.httpBody = Data(").append(quote(text.content())).append(".utf8)\n");
        } else if (body instanceof Body.Form form) {
            out.append("request.httpBody = Data(").append(quote(FormEncoding.encoded(form.fields())))
                    .append(".utf8)\n");
        } else if (body instanceof Body.Binary binary) {
            out.append("request.httpBody = try Data(contentsOf: URL(fileURLWithPath: ")
                    .append(quote(binary.file().toString())).append("))\n");
        } else if (body instanceof Body.Multipart multipart) {
            out.append("request.setValue(").append(quote(MultipartChunks.contentType()))
                    .append(", forHTTPHeaderField: \"Content-Type\")\n")
                    .append("var body = Data()\n");
            for (MultipartChunks.Chunk chunk : MultipartChunks.of(multipart.parts())) {
                if (chunk instanceof MultipartChunks.Text t) {
                    out.append("body.append(Data(").append(quote(t.text())).append(".utf8))\n");
                } else if (chunk instanceof MultipartChunks.FileContents f) {
                    out.append("body.append(try Data(contentsOf: URL(fileURLWithPath: ")
                            .append(quote(f.file().toString())).append(")))\n");
                }
            }
            out.append("request.httpBody = body\n");
        }
        return out.append('\n')
                .append("let (data, response) = try await URLSession.shared.data(for: request)\n")
                .append("if let http = response as? HTTPURLResponse {\n")
                .append("    print(http.statusCode)\n")
                .append("}\n")
                .append("print(String(decoding: data, as: UTF8.self))\n").toString();
    }

    private static String quote(String text) {
        return CStyleStringLiteral.quote(CStyleStringLiteral.Dialect.SWIFT, text);
    }

    private static String expression(SnippetValue value) {
        return value.expression(SwiftSnippet::quote,
                s -> "ProcessInfo.processInfo.environment[\"" + s.environmentVariable() + "\"]!", " + ");
    }
}
