package dev.courier.core.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.TempFiles;
import dev.courier.core.json.JsonFormatter;
import dev.courier.core.model.FileBody;
import dev.courier.core.model.InMemoryBody;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FormattedDocumentTest {

    /** Daemon threads shared by the document tests, as the app's background executor would be. */
    static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, task -> {
        Thread t = new Thread(task, "document-test");
        t.setDaemon(true);
        return t;
    });

    static FormattedDocument done(ResponseBody body, String contentType) throws Exception {
        FormattedDocument document = FormattedDocument.open(body, Optional.ofNullable(contentType), EXECUTOR);
        document.completion().get(60, TimeUnit.SECONDS);
        return document;
    }

    static FormattedDocument done(String body, String contentType) throws Exception {
        return done(InMemoryBody.copyOf(body.getBytes(StandardCharsets.UTF_8)), contentType);
    }

    static List<String> texts(FormattedDocument document) throws IOException {
        return document.lines(0, Integer.MAX_VALUE).stream().map(DocumentLine::text).toList();
    }

    /** A JSON array of {@code count} records, minified, in a temporary file. */
    static FileBody jsonRecords(int count) throws IOException {
        Path file = TempFiles.create("courier-test-", ".json");
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
            out.write('[');
            for (int i = 0; i < count; i++) {
                out.write((i == 0 ? "" : ",") + "{\"id\":" + i + ",\"name\":\"Employee " + i + "\",\"city\":\"Zoë\","
                        + "\"tags\":[\"a\",\"b\"],\"salary\":" + (40000 + i * 7.25) + ",\"manager\":null}");
            }
            out.write(']');
        }
        return FileBody.temporary(file, Files.size(file));
    }

    private static Set<Path> documentTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("courier-document-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void prettyPrintsSmallJsonInMemory() throws Exception {
        FormattedDocument document = done("{\"a\":[1,2],\"b\":{\"c\":\"é\"}}", "application/json");
        assertThat(document.layout()).isEqualTo(DocumentLayout.PRETTY_JSON);
        assertThat(texts(document)).containsExactly("{", "  \"a\": [", "    1,", "    2", "  ],", "  \"b\": {",
                "    \"c\": \"é\"", "  }", "}");
        assertThat(document.lineCount()).isEqualTo(9);
        assertThat(document.firstScreen().join()).isEqualTo(9);
        assertThat(document.progress()).isEqualTo(new DocumentProgress(1.0, 9, true));
        assertThat(document.lines(7, 5)).containsExactly(new DocumentLine(7, "  }", false),
                new DocumentLine(8, "}", false));
        assertThat(document.lines(9, 5)).isEmpty();
    }

    @Test
    void openAsReceivedKeepsJsonAndMarkupExactlyAsTheyCame() throws Exception {
        String json = "{\"a\":[1,2],\n\"b\":true}";
        FormattedDocument raw = FormattedDocument.openAsReceived(
                InMemoryBody.copyOf(json.getBytes(StandardCharsets.UTF_8)), Optional.of("application/json"), EXECUTOR,
                DocumentListener.NONE);
        raw.completion().get(10, TimeUnit.SECONDS);
        assertThat(raw.type().kind()).isEqualTo(BodyKind.JSON);
        assertThat(raw.layout()).isEqualTo(DocumentLayout.AS_RECEIVED);
        assertThat(raw.notice()).isEmpty();
        assertThat(texts(raw)).containsExactly("{\"a\":[1,2],", "\"b\":true}");

        FormattedDocument markup = FormattedDocument.openAsReceived(
                InMemoryBody.copyOf("<a><b>x</b></a>".getBytes(StandardCharsets.UTF_8)), Optional.of("text/xml"),
                EXECUTOR, DocumentListener.NONE);
        markup.completion().get(10, TimeUnit.SECONDS);
        assertThat(texts(markup)).containsExactly("<a><b>x</b></a>");
    }

    @Test
    void prettyPrintsALargeJsonFileAndReadsAnyRangeOfLines() throws Exception {
        FileBody body = jsonRecords(120_000); // ~14 MB: spills to a temporary file
        String pretty = JsonFormatter.pretty(Files.readString(body.path()));
        String[] expected = pretty.split("\n");
        FormattedDocument document = done(body, "application/json; charset=utf-8");

        assertThat(document.lineCount()).isEqualTo(expected.length);
        for (long from : new long[] {0, 63, 64, 65, 777_777, expected.length - 3}) {
            List<DocumentLine> lines = document.lines(from, 5);
            for (DocumentLine line : lines) {
                assertThat(line.text()).as("line %d", line.number()).isEqualTo(expected[(int) line.number()]);
            }
            assertThat(lines).hasSize((int) Math.min(5, expected.length - from));
        }
        assertThat(documentTempFiles()).isNotEmpty();
        document.close();
        body.close();
    }

    @Test
    void theFirstScreenIsReadableLongBeforeTheWholeDocument() throws Exception {
        FileBody body = jsonRecords(300_000);
        FormattedDocument document = FormattedDocument.open(body, Optional.of("application/json"), EXECUTOR);
        long linesAtFirstScreen = document.firstScreen().get(30, TimeUnit.SECONDS);
        assertThat(linesAtFirstScreen).isGreaterThanOrEqualTo(FormattedDocument.FIRST_SCREEN_LINES)
                .isLessThan(100_000);
        assertThat(document.lines(0, 3)).extracting(DocumentLine::text).containsExactly("[", "  {", "    \"id\": 0,");
        document.completion().get(60, TimeUnit.SECONDS);
        assertThat(document.lineCount()).isEqualTo(300_000L * 11 + 2);
        document.close();
        body.close();
    }

    @Test
    void cancellingStopsProcessingAndClosingDeletesTheLaidOutText() throws Exception {
        Set<Path> before = documentTempFiles();
        FileBody body = jsonRecords(400_000);
        FormattedDocument document = FormattedDocument.open(body, Optional.of("application/json"), EXECUTOR);
        document.firstScreen().get(30, TimeUnit.SECONDS);
        document.cancel();
        assertThatThrownBy(() -> document.completion().join()).isInstanceOf(CancellationException.class);
        long lines = document.lineCount();
        assertThat(lines).isLessThan(400_000L * 12);
        assertThat(document.lines(0, 1)).extracting(DocumentLine::text).containsExactly("[");
        document.close();
        Set<Path> after = documentTempFiles();
        after.removeAll(before);
        assertThat(after).isEmpty();
        body.close();
    }

    @Test
    void jsonThatIsNotValidIsShownAsReceivedWithANote() throws Exception {
        FormattedDocument document = done("{\"a\":1,\n \"é\":2,}", "application/json");
        assertThat(document.layout()).isEqualTo(DocumentLayout.AS_RECEIVED);
        assertThat(document.notice()).contains("Not valid JSON (line 2, column 7: trailing comma before '}'); "
                + "shown as received");
        assertThat(texts(document)).containsExactly("{\"a\":1,", " \"é\":2,}");
        assertThat(done("<html>error</html>", "application/json").notice().orElseThrow())
                .startsWith("Not valid JSON (line 1, column 1: ");
    }

    @Test
    void largeJsonThatBreaksOffIsFormattedUpToTheBreakAndShownAsReceivedAfterIt() throws Exception {
        FileBody whole = jsonRecords(100_000); // ~11 MB: formatted in one streaming pass
        Path cutFile = TempFiles.create("courier-test-", ".json");
        byte[] bytes = Files.readAllBytes(whole.path());
        Files.write(cutFile, java.util.Arrays.copyOf(bytes, bytes.length - 30));
        FileBody cut = FileBody.temporary(cutFile, bytes.length - 30);
        FormattedDocument document = done(cut, "application/json");
        assertThat(document.layout()).isEqualTo(DocumentLayout.PRETTY_JSON);
        assertThat(document.notice().orElseThrow()).startsWith("Not valid JSON (line 1, column ")
                .endsWith(": unterminated string); formatted up to there, the rest shown as received");
        assertThat(document.lines(0, 2)).extracting(DocumentLine::text).containsExactly("[", "  {");
        List<DocumentLine> tail = document.lines(document.lineCount() - 2, 2);
        assertThat(tail.get(1).text()).isEqualTo(new String(bytes, bytes.length - 30 - tail.get(1).text().length(),
                tail.get(1).text().length(), StandardCharsets.UTF_8));

        Path htmlFile = TempFiles.create("courier-test-", ".html");
        Files.writeString(htmlFile, "<html>" + "x".repeat(9 << 20) + "</html>\n");
        FileBody html = FileBody.temporary(htmlFile, Files.size(htmlFile));
        FormattedDocument notJson = done(html, "application/json");
        assertThat(notJson.layout()).isEqualTo(DocumentLayout.AS_RECEIVED);
        assertThat(notJson.notice()).contains("Not valid JSON (line 1, column 1: unexpected character '<'); "
                + "shown as received");
        assertThat(notJson.lineCount()).isEqualTo(1);
        for (FileBody body : List.of(whole, cut, html)) {
            body.close();
        }
    }

    @Test
    void invalidBytesBecomeReplacementCharactersAndCharsetsAreHonoured() throws Exception {
        byte[] invalidUtf8 = {'o', 'k', ' ', (byte) 0xC3, '(', '\n', (byte) 0xFF, 'x'};
        assertThat(texts(done(InMemoryBody.copyOf(invalidUtf8), "text/plain"))).containsExactly("ok \uFFFD(", "\uFFFDx");
        byte[] jsonWithInvalidUtf8 = {'[', '"', (byte) 0xFE, '"', ']'};
        assertThat(texts(done(InMemoryBody.copyOf(jsonWithInvalidUtf8), "application/json")))
                .containsExactly("[", "  \"\uFFFD\"", "]");
        byte[] latin1 = "{\"city\":\"Zürich\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(texts(done(InMemoryBody.copyOf(latin1), "application/json; charset=ISO-8859-1")))
                .containsExactly("{", "  \"city\": \"Zürich\"", "}");
        byte[] utf16 = "\uFEFF{\"city\":\"Zürich\"}".getBytes(StandardCharsets.UTF_16BE);
        FormattedDocument transcoded = done(InMemoryBody.copyOf(utf16), "application/json");
        assertThat(texts(transcoded)).containsExactly("{", "  \"city\": \"Zürich\"", "}");
        assertThat(transcoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        byte[] shiftJis = "{\"名前\":\"表示\"}".getBytes("Shift_JIS");
        assertThat(texts(done(InMemoryBody.copyOf(shiftJis), "application/json; charset=Shift_JIS")))
                .containsExactly("{", "  \"名前\": \"表示\"", "}");
    }

    @Test
    void textIsShownAsReceivedLineByLine() throws Exception {
        FormattedDocument text = done("one\r\ntwo\n\nfour", "text/plain");
        assertThat(text.layout()).isEqualTo(DocumentLayout.AS_RECEIVED);
        assertThat(texts(text)).containsExactly("one", "two", "", "four");
        assertThat(texts(done("ends with a break\n", "text/plain"))).containsExactly("ends with a break");
        String longLine = "x".repeat(50_000);
        DocumentLine cut = done(longLine + "\nshort", "text/plain").lines(0, 1).get(0);
        assertThat(cut.cut()).isTrue();
        assertThat(cut.text()).hasSize(FormattedDocument.MAX_LINE_CHARS);
    }

    @Test
    void emptyAndBinaryBodiesHaveNoLines() throws Exception {
        FormattedDocument empty = done(ResponseBody.EMPTY, "application/json");
        assertThat(empty.layout()).isEqualTo(DocumentLayout.NONE);
        assertThat(empty.lineCount()).isZero();
        FormattedDocument png = done(InMemoryBody.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}),
                null);
        assertThat(png.type().kind()).isEqualTo(BodyKind.IMAGE);
        assertThat(png.layout()).isEqualTo(DocumentLayout.NONE);
        assertThat(png.firstScreen().join()).isZero();
    }

    @Test
    void xmlAndHtmlAreIndented() throws Exception {
        FormattedDocument xml = done("<?xml version=\"1.0\"?><a x=\"1>2\"><b>text</b><c/><d><!-- note --><e>"
                + "<![CDATA[<raw>]]></e></d></a>", "application/xml");
        assertThat(xml.layout()).isEqualTo(DocumentLayout.INDENTED_MARKUP);
        assertThat(texts(xml)).containsExactly("<?xml version=\"1.0\"?>", "<a x=\"1>2\">", "  <b>text</b>", "  <c/>",
                "  <d>", "    <!-- note -->", "    <e>", "      <![CDATA[<raw>]]>", "    </e>", "  </d>", "</a>");
        FormattedDocument html = done("<!DOCTYPE html><html><head><meta charset=utf-8><script>if (a<b) {x()}"
                + "</script></head><body><p>Hi<br>there</p></body></html>", "text/html");
        assertThat(texts(html)).containsExactly("<!DOCTYPE html>", "<html>", "  <head>", "    <meta charset=utf-8>",
                "    <script>if (a<b) {x()}</script>", "  </head>", "  <body>", "    <p>", "      Hi", "      <br>",
                "      there", "    </p>", "  </body>", "</html>");
        assertThat(texts(done("<a><b>unclosed <c>", "application/xml"))).containsExactly("<a>", "  <b>", "    unclosed",
                "    <c>");
    }

    @Test
    void aBodyThatCannotBeReadEndsInANoticeAndAFailedCompletion() throws Exception {
        FileBody body = jsonRecords(10);
        FormattedDocument document = FormattedDocument.open(body, Optional.empty(), task -> {
            TempFiles.delete(body.path()); // gone behind the body's back before processing starts
            EXECUTOR.execute(task);
        });
        assertThatThrownBy(() -> document.completion().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(document.notice().orElseThrow()).startsWith("Could not read the body: ");
        assertThat(document.lineCount()).isZero();
        body.close();
        assertThatThrownBy(() -> FormattedDocument.open(body, Optional.empty(), EXECUTOR))
                .hasMessageContaining("released");
    }
}
