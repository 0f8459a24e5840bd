package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTPie ({@code http}) for a POSIX shell. Bodies go with {@code --raw} (sent as written, never re-serialized),
 * files with {@code name@path;type=...}, a binary body from standard input. Request items treat {@code : ; = @}
 * as separators, so those characters are escaped with a backslash inside names and values.
 */
public final class HttpieSnippet implements SnippetGenerator {

    private static final ShellDialect SHELL = ShellDialect.POSIX;

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder out = new StringBuilder();
        List<String> lines = new ArrayList<>();
        Body body = r.body();
        // Outside a terminal HTTPie would read standard input as the body; only a file body comes from there.
        String first = body instanceof Body.Binary ? "http" : "http --ignore-stdin";
        if (body instanceof Body.Multipart) {
            first += " --multipart";
        } else if (body instanceof Body.Text text) {
            first += " --raw " + SHELL.word(text.content());
        } else if (body instanceof Body.Form form) {
            first += " --raw " + SHELL.word(FormEncoding.encoded(form.fields()));
        }
        first += " " + SHELL.word(r.method()) + " " + SHELL.word(r.url());
        r.basicAuth().ifPresent(b -> lines.add("--auth "
                + SHELL.word(SnippetValue.of(b.username().replace(":", "\\:") + ":")
                .plusValue(b.password()))));
        for (SnippetHeader h : r.headers()) {
            boolean empty = h.value().isLiteral() && h.value().literal().isEmpty();
            lines.add(SHELL.word(empty ? SnippetValue.of(item(h.name()) + ";")
                    : SnippetValue.of(item(h.name()) + ":").plusValue(escapedValue(h.value()))));
        }
        if (body instanceof Body.Multipart multipart) {
            for (Part part : multipart.parts()) {
                if (part instanceof Part.TextPart text) {
                    lines.add(SHELL.word(item(part.name()) + "=" + item(text.value())));
                } else if (part instanceof Part.FilePart file) {
                    if (!file.filename().isEmpty() && !file.filename().equals(file.file().getFileName().toString())) {
                        out.append("# HTTPie sends a file under its own name: ").append(file.file().getFileName())
                                .append(" goes as \"").append(file.filename().replace("\n", " "))
                                .append("\" in Courier.\n");
                    }
                    lines.add(SHELL.word(item(part.name()) + "@" + item(file.file().toString()) + ";type="
                            + BodyEncoder.partContentType(file)));
                }
            }
        }
        String command = SHELL.command(first, lines);
        if (body instanceof Body.Binary binary) {
            command = command.substring(0, command.length() - 1) + " < " + SHELL.word(binary.file().toString()) + "\n";
        }
        return out.append(command).toString();
    }

    private static SnippetValue escapedValue(SnippetValue value) {
        List<SnippetValue.Piece> pieces = value.pieces().stream()
                .map(p -> p instanceof SnippetValue.Literal l ? new SnippetValue.Literal(item(l.text())) : p)
                .toList();
        return new SnippetValue(pieces);
    }

    /** Escapes HTTPie's separator characters in a request item. */
    static String item(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (":;=@".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
