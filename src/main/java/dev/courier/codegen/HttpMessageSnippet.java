package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.model.Body;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The raw HTTP/1.1 message: request line, Host, headers, a blank line and the body. Files are shown as
 * {@code < /path} lines (as HTTP client files write them), since their bytes are not part of the request text.
 */
public final class HttpMessageSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        String url = r.url().text(Secret::placeholder);
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        String target = url.substring(end);
        if (!target.startsWith("/")) {
            target = "/" + target;
        }
        StringBuilder out = new StringBuilder();
        out.append(r.method()).append(' ').append(target).append(" HTTP/1.1\n");
        if (r.headers().stream().noneMatch(h -> h.hasName("Host"))) {
            out.append("Host: ").append(authority).append('\n');
        }
        for (SnippetHeader h : r.headers()) {
            out.append(h.name()).append(": ").append(h.value().text(Secret::placeholder)).append('\n');
        }
        r.basicAuth().ifPresent(b -> out.append("Authorization: Basic ").append(b.password().isLiteral()
                ? Base64.getEncoder().encodeToString((b.username() + ":" + b.password().literal())
                        .getBytes(StandardCharsets.UTF_8))
                : "{base64 of " + b.username() + ":" + b.password().text(Secret::placeholder) + "}").append('\n'));
        Body body = r.body();
        String content = null;
        if (body instanceof Body.Text text) {
            content = text.content();
        } else if (body instanceof Body.Form form) {
            content = FormEncoding.encoded(form.fields());
        }
        if (content != null) {
            out.append("Content-Length: ").append(content.getBytes(StandardCharsets.UTF_8).length).append("\n\n")
                    .append(content).append('\n');
        } else if (body instanceof Body.Binary binary) {
            out.append("\n< ").append(binary.file()).append('\n');
        } else if (body instanceof Body.Multipart multipart) {
            out.append("Content-Type: ").append(MultipartChunks.contentType()).append("\n\n");
            for (MultipartChunks.Chunk chunk : MultipartChunks.of(multipart.parts())) {
                if (chunk instanceof MultipartChunks.Text text) {
                    out.append(text.text().replace("\r\n", "\n"));
                } else if (chunk instanceof MultipartChunks.FileContents file) {
                    out.append("< ").append(file.file());
                }
            }
        }
        return out.toString();
    }
}
