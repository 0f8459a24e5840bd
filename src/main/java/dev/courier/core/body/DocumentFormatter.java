package dev.courier.core.body;

import dev.courier.core.json.JsonCheck;
import dev.courier.core.json.JsonFormatter;
import dev.courier.core.json.JsonLexer;
import dev.courier.core.json.JsonProblem;
import dev.courier.core.json.JsonTokenType;
import dev.courier.core.json.JsonValidator;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;

/**
 * Lays out one {@link FormattedDocument}, on its executor: picks the charset path (byte-transparent text is worked
 * on as bytes; other charsets are transcoded to UTF-8 first), then validates and pretty-prints JSON, indents markup,
 * or indexes text as received.
 */
final class DocumentFormatter {

    private static final int CHUNK = 1 << 16;

    private final FormattedDocument document;
    private final BodyType type;
    private DocumentBytes source;

    DocumentFormatter(FormattedDocument document) {
        this.document = document;
        this.type = document.type();
    }

    void run() {
        Throwable failure = null;
        try {
            if (type.kind().isText()) {
                layOut();
            }
        } catch (CancellationException e) {
            failure = e;
        } catch (IOException | RuntimeException e) {
            document.settle(document.layout(), "Could not read the body: " + e.getMessage());
            failure = e;
        } finally {
            if (failure != null && document.lineCount() == 0 && source != null) {
                source.close();
            }
        }
        document.finished(failure);
    }

    private void layOut() throws IOException {
        source = BodyBytes.of(document.body());
        long base = type.bomLength();
        Charset charset = type.charset();
        double share = 0;
        if (!BodyCharsets.isByteTransparent(charset)) {
            long total = Math.max(1, source.size());
            DocumentBytes transcoded = Transcoder.toUtf8(source, base, charset,
                    read -> document.advanced(0.3 * read / total));
            source.close();
            source = transcoded;
            base = 0;
            charset = StandardCharsets.UTF_8;
            share = 0.3;
        }
        long length = source.size() - base;
        if (length > Integer.MAX_VALUE || document.layout() == DocumentLayout.AS_RECEIVED) {
            asReceived(base, charset, share, length > Integer.MAX_VALUE && type.kind() != BodyKind.TEXT
                    ? "Too large to lay out (over 2 GB); shown as received" : null);
        } else if (document.layout() == DocumentLayout.PRETTY_JSON) {
            prettyJson(base, charset, share);
        } else {
            markup(base, charset, share);
        }
    }

    private void prettyJson(long base, Charset charset, double share) throws IOException {
        if (source.size() - base > ResponseBody.MEMORY_LIMIT) {
            streamingJson(base, charset, share);
            return;
        }
        double validation = (1 - share) * 0.3;
        double length = Math.max(1, source.size() - base);
        PagedChars chars = new PagedChars(source, base, read -> document.advanced(share + validation * read / length));
        JsonCheck check = JsonValidator.check(chars, false);
        if (check.error().isPresent() || new JsonLexer(chars).next() == JsonTokenType.EOF) {
            String why = check.error().map(problem -> "Not valid JSON (" + locate(chars, problem, charset)
                    + "); shown as received").orElse(null);
            asReceived(base, charset, share, why);
            return;
        }
        double start = share + validation;
        PagedChars again = new PagedChars(source, base, read -> document.advanced(start + (1 - start) * read / length));
        LineSink sink = showLaidOut(new SpoolBytes(), charset);
        JsonFormatter.write(again, sink, true);
        sink.finish();
        source.close();
    }

    /**
     * Large JSON: formatted in one pass while its grammar is checked, so the first screen comes at once. JSON that
     * breaks off is formatted up to the break and the rest shown as received, with a notice.
     */
    private void streamingJson(long base, Charset charset, double share) throws IOException {
        double length = Math.max(1, source.size() - base);
        PagedChars chars = new PagedChars(source, base, read -> document.advanced(share + (1 - share) * read / length));
        SpoolBytes spool = new SpoolBytes();
        LineSink sink = showLaidOut(spool, charset);
        int rawFrom = StreamingJsonLayout.write(chars, sink);
        if (rawFrom < 0) {
            sink.finish();
            source.close();
            return;
        }
        PagedChars again = new PagedChars(source, base, read -> document.checkCancelled());
        String where = JsonValidator.check(again, false).error().map(p -> locate(again, p, charset))
                .orElse("at byte " + rawFrom);
        sink.flush();
        if (spool.size() == 0) {
            spool.close();
            asReceived(base, charset, share, "Not valid JSON (" + where + "); shown as received");
            return;
        }
        document.settle(DocumentLayout.PRETTY_JSON, "Not valid JSON (" + where + "); formatted up to there, "
                + "the rest shown as received");
        sink.append('\n');
        sink.copy(source, base + rawFrom, source.size());
        sink.finish();
        source.close();
    }

    /** Shows the document as it is laid out into {@code spool}; the returned sink writes its lines. */
    private LineSink showLaidOut(SpoolBytes spool, Charset charset) {
        LineIndex index = new LineIndex(0);
        document.show(new FormattedDocument.View(spool, index, new LineReader(spool, index, charset)));
        return new LineSink(spool, index, FormattedDocument.FIRST_SCREEN_LINES,
                () -> document.advanced(document.progress().fraction()));
    }

    private void markup(long base, Charset charset, double share) throws IOException {
        double length = Math.max(1, source.size() - base);
        PagedChars chars = new PagedChars(source, base, read -> document.advanced(share + (1 - share) * read / length));
        LineSink sink = showLaidOut(new SpoolBytes(), charset);
        MarkupIndenter.indent(chars, sink, type.kind() == BodyKind.HTML);
        sink.finish();
        source.close();
    }

    /** Indexes the text as it is, reading lines straight from the source. */
    private void asReceived(long base, Charset charset, double share, String why) throws IOException {
        document.settle(DocumentLayout.AS_RECEIVED, why);
        LineIndex index = new LineIndex(base);
        document.show(new FormattedDocument.View(source, index, new LineReader(source, index, charset)));
        byte[] chunk = new byte[CHUNK];
        long size = source.size();
        double length = Math.max(1, size - base);
        for (long at = base; at < size; ) {
            int n = source.read(at, chunk, 0, (int) Math.min(CHUNK, size - at));
            if (n <= 0) {
                break;
            }
            index.scan(chunk, 0, n, at);
            at += n;
            index.publish(at, false);
            document.advanced(share + (1 - share) * (at - base) / length);
        }
        index.publish(size, true);
    }

    /** The problem's line and column, columns counted in characters rather than bytes. */
    private static String locate(PagedChars chars, JsonProblem problem, Charset charset) {
        int lineStart = problem.offset() - (problem.column() - 1);
        int column = 1;
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        for (int i = lineStart; i < problem.offset(); i++) {
            if (!utf8 || (chars.charAt(i) & 0xC0) != 0x80) {
                column++;
            }
        }
        return "line " + problem.line() + ", column " + column + ": " + problem.message();
    }
}
