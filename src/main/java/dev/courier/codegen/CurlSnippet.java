package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.ArrayList;
import java.util.List;

/** curl, for a POSIX shell or the Windows command prompt, with long or short options. */
public final class CurlSnippet implements SnippetGenerator {

    private final ShellDialect shell;

    public CurlSnippet(ShellDialect shell) {
        this.shell = shell;
    }

    @Override
    public String generate(SnippetRequest r) {
        boolean lng = r.longOptions();
        List<String> lines = new ArrayList<>();
        String method = r.method();
        Body body = r.body();
        if (method.equals("HEAD")) {
            lines.add(lng ? "--head" : "-I");
        } else {
            boolean impliedPost = method.equals("POST") && r.hasBody();
            if (!impliedPost && !(method.equals("GET") && !r.hasBody())) {
                lines.add(option(lng, "--request", "-X") + " " + shell.word(method));
            }
            lines.add(lng ? "--include" : "-i"); // status line and headers before the body
        }
        String url = r.url().text(s -> "");
        if (url.matches(".*[\\[\\]{}].*")) {
            lines.add(lng ? "--globoff" : "-g"); // brackets and braces are URL text, not curl's globbing
        }
        lines.add((lng ? "--url " : "") + shell.word(r.url()));
        for (SnippetHeader h : r.headers()) {
            SnippetValue line = h.value().isLiteral() && h.value().literal().isEmpty()
                    ? SnippetValue.of(h.name() + ";") // "Name;" sends an empty header, "Name:" would remove it
                    : new SnippetValue(List.of(new SnippetValue.Literal(h.name() + ": "))).plusValue(h.value());
            lines.add(option(lng, "--header", "-H") + " " + shell.word(line));
        }
        r.basicAuth().ifPresent(b -> lines.add(option(lng, "--user", "-u") + " "
                + shell.word(SnippetValue.of(b.username() + ":").plusValue(b.password()))));
        if (body instanceof Body.Text text) {
            boolean shortSafe = !lng && !text.content().startsWith("@");
            lines.add((shortSafe ? "-d " : "--data-raw ") + shell.word(text.content()));
        } else if (body instanceof Body.Form form) {
            for (Field f : form.fields()) { // curl joins repeated --data with '&'
                lines.add(option(lng, "--data", "-d") + " " + shell.word(FormEncoding.encoded(List.of(f))));
            }
        } else if (body instanceof Body.Multipart multipart) {
            multipart.parts().forEach(p -> lines.add(formPart(p, lng)));
        } else if (body instanceof Body.Binary binary) {
            lines.add("--data-binary " + shell.word("@" + binary.file()));
        }
        return shell.command("curl", lines);
    }

    private String formPart(Part part, boolean lng) {
        if (part instanceof Part.FilePart file) {
            String spec = "=@" + formQuoted(file.file().toString()) + ";filename="
                    + formQuoted(file.effectiveFilename()) + ";type=" + BodyEncoder.partContentType(file);
            return option(lng, "--form", "-F") + " " + shell.word(part.name() + spec);
        }
        Part.TextPart text = (Part.TextPart) part;
        if (!text.contentType().isBlank()) {
            return option(lng, "--form", "-F") + " "
                    + shell.word(part.name() + "=" + formQuoted(text.value()) + ";type=" + text.contentType());
        }
        boolean plain = text.value().matches("[^@<;\"\\\\()][^@<;\"\\\\]*") && !hasEdgeWhitespace(text.value());
        // --form-string takes the value literally; -F would read "@file" or "<file", open a nested multipart at
        // "(", split at ';' and trim.
        return (plain ? option(lng, "--form", "-F") : "--form-string") + " "
                + shell.word(part.name() + "=" + text.value());
    }

    /** curl's -F trims spaces and control whitespace around an unquoted value. */
    private static boolean hasEdgeWhitespace(String value) {
        return !value.isEmpty() && (" \t\n\r\u000B\f".indexOf(value.charAt(0)) >= 0
                || " \t\n\r\u000B\f".indexOf(value.charAt(value.length() - 1)) >= 0);
    }

    /** A value inside curl's -F syntax: bare when plain, else in double quotes with backslash escapes. */
    private static String formQuoted(String value) {
        if (value.matches("[^@<;,\"\\\\()][^;,\"\\\\]*") && !hasEdgeWhitespace(value)) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String option(boolean lng, String longName, String shortName) {
        return lng ? longName : shortName;
    }
}
