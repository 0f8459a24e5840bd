package dev.courier.io.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * POSIX here-documents ({@code <<EOF}, {@code <<'EOF'}, {@code <<-EOF}): the operator leaves a placeholder token;
 * the body starts on the next line and ends at a line holding only the delimiter. With an unquoted delimiter the
 * shell would expand the body; only its escapes can be applied here.
 */
final class HereDocuments {

    private record Pending(int tokenIndex, String delimiter, boolean stripTabs, boolean literal) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final List<String> warnings;

    HereDocuments(List<String> warnings) {
        this.warnings = warnings;
    }

    /** Reads the delimiter that starts at {@code pos} (just after {@code <<}); returns where reading stopped. */
    int open(String text, int pos, List<ShellToken> tokens) {
        boolean stripTabs = pos < text.length() && text.charAt(pos) == '-';
        if (stripTabs) {
            pos++;
        }
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        StringBuilder delimiter = new StringBuilder();
        boolean quoted = false;
        while (pos < text.length() && " \t\n;&|<>()".indexOf(text.charAt(pos)) < 0) {
            char c = text.charAt(pos++);
            if (c == '\'' || c == '"' || c == '\\') {
                quoted = true; // any quoting in the delimiter makes the body literal
            } else {
                delimiter.append(c);
            }
        }
        pending.add(new Pending(tokens.size(), delimiter.toString(), stripTabs, quoted));
        tokens.add(new ShellToken(ShellToken.Kind.STDIN_TEXT, ""));
        return pos;
    }

    /** Reads the bodies waiting for the line that starts at {@code pos}; returns where the next line starts. */
    int readBodies(String text, int pos, List<ShellToken> tokens) {
        for (Pending doc : pending) {
            StringBuilder body = new StringBuilder();
            boolean closed = false;
            while (pos < text.length()) {
                int end = text.indexOf('\n', pos);
                String line = text.substring(pos, end < 0 ? text.length() : end);
                pos = end < 0 ? text.length() : end + 1;
                if (doc.stripTabs()) {
                    line = line.replaceFirst("^\t+", "");
                }
                if (line.equals(doc.delimiter())) {
                    closed = true;
                    break;
                }
                body.append(line).append('\n');
            }
            if (!closed) {
                warnings.add("The here-document is never closed by a line \"" + doc.delimiter()
                        + "\"; it was read to the end");
            }
            String content = doc.literal() ? body.toString() : unescape(body.toString());
            tokens.set(doc.tokenIndex(), new ShellToken(ShellToken.Kind.STDIN_TEXT, content));
        }
        pending.clear();
        return pos;
    }

    private String unescape(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && "$`\\\n".indexOf(body.charAt(i + 1)) >= 0) {
                if (body.charAt(i + 1) != '\n') {
                    out.append(body.charAt(i + 1));
                }
                i++;
            } else {
                boolean expansion = c == '$' && i + 1 < body.length()
                        && PosixLexer.isExpansionStart(body.charAt(i + 1));
                if (expansion || c == '`') {
                    warnings.add("The shell would expand $ and ` in the here-document; they were kept as typed");
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
