package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.model.Body;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU Wget for a POSIX shell. Wget has no multipart support, so a multipart body is written to a temporary file
 * by the shell (printf and cat) and sent with {@code --body-file}.
 */
public final class WgetSnippet implements SnippetGenerator {

    private static final ShellDialect SHELL = ShellDialect.POSIX;

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder out = new StringBuilder();
        List<String> lines = new ArrayList<>();
        lines.add("--quiet");
        lines.add("--server-response"); // the status line and headers, on stderr
        lines.add("--output-document=-");
        lines.add("--method=" + SHELL.word(r.method()));
        for (SnippetHeader h : r.combinedHeaders()) { // Wget keeps the last of repeated headers
            lines.add("--header=" + SHELL.word(SnippetValue.of(h.name() + ": ").plusValue(h.value())));
        }
        r.basicAuth().ifPresent(b -> {
            lines.add("--auth-no-challenge"); // send the credentials at once, not after a 401
            lines.add("--user=" + SHELL.word(b.username()));
            lines.add("--password=" + SHELL.word(b.password()));
        });
        Body body = r.body();
        if (body instanceof Body.Text text) {
            lines.add("--body-data=" + SHELL.word(text.content()));
        } else if (body instanceof Body.Form form) {
            lines.add("--body-data=" + SHELL.word(FormEncoding.encoded(form.fields())));
        } else if (body instanceof Body.Binary binary) {
            lines.add("--body-file=" + SHELL.word(binary.file().toString()));
        } else if (body instanceof Body.Multipart multipart) {
            out.append("# Wget cannot build multipart/form-data: write the body to a file first.\n")
                    .append("body=$(mktemp)\n{\n");
            for (MultipartChunks.Chunk chunk : MultipartChunks.of(multipart.parts())) {
                if (chunk instanceof MultipartChunks.Text text) {
                    out.append("  printf '%s' ").append(SHELL.word(text.text())).append('\n');
                } else if (chunk instanceof MultipartChunks.FileContents file) {
                    out.append("  cat ").append(SHELL.word(file.file().toString())).append('\n');
                }
            }
            out.append("} > \"$body\"\n");
            lines.add("--header=" + SHELL.word("Content-Type: " + MultipartChunks.contentType()));
            lines.add("--body-file=\"$body\"");
        }
        lines.add(SHELL.word(r.url()));
        out.append(SHELL.command("wget", lines));
        if (body instanceof Body.Multipart) {
            out.append("rm \"$body\"\n");
        }
        return out.toString();
    }
}
