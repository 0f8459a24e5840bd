package dev.courier.io.curl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data, form and upload options, and the body each one imports as. */
class CurlParserBodyTest {

    private static final Header FORM_TYPE = Header.of("Content-Type", "application/x-www-form-urlencoded");

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("lines.txt"), "a=1\r\n&b=2\nc\n");
        Files.write(dir.resolve("nul.bin"), new byte[] {'x', 0, 'y', '\r', '\n', 'z', (byte) 0xff});
        Files.writeString(dir.resolve("body.json"), "{\"a\": 1}\n");
        Files.writeString(dir.resolve("photo.png"), "PNG");
        Files.writeString(dir.resolve("headers.txt"), "X-One: 1\r\n\nAccept:\n");
    }

    private CurlImport parse(String command) throws CurlImportException {
        return new CurlParser(dir).parse(command);
    }

    private Body body(String command) throws CurlImportException {
        return parse(command).request().body();
    }

    @Test
    void dataIsJoinedWithAmpersandsAndSentAsAForm() throws Exception {
        RequestSpec spec = parse("curl -d name=Emma -d 'age=28' http://h/").request();
        assertThat(spec.headers()).containsExactly(Header.of("Accept", "*/*"), FORM_TYPE);
        assertThat(spec.body()).isEqualTo(new Body.Form(List.of(Field.of("name", "Emma"), Field.of("age", "28"))));
        assertThat(body("curl -d 'q=a+b%26c' http://h/"))
                .isEqualTo(new Body.Form(List.of(Field.of("q", "a b&c"))));
    }

    @Test
    void dataThatWouldNotEncodeBackIdenticallyStaysText() throws Exception {
        assertThat(body("curl -d 'a=b c' -d 'x~y=%7e' http://h/"))
                .isEqualTo(new Body.Text("a=b c&x~y=%7e", Body.TextType.TEXT));
        assertThat(body("curl -d '' http://h/")).isEqualTo(new Body.Text("", Body.TextType.TEXT));
        assertThat(body("curl -d '{\"a\":1}' -H 'Content-Type: application/json' http://h/"))
                .isEqualTo(new Body.Text("{\"a\":1}", Body.TextType.JSON));
        assertThat(body("curl -d '<a/>' -H 'content-type: text/xml' http://h/"))
                .isEqualTo(new Body.Text("<a/>", Body.TextType.XML));
    }

    @Test
    void dataFromAFileLosesItsLineBreaksLikeCurlsFgetsLoop() throws Exception {
        assertThat(body("curl -d @lines.txt http://h/"))
                .isEqualTo(new Body.Form(List.of(Field.of("a", "1"), Field.of("b", "2c"))));
        assertThat(body("curl --data-ascii @nul.bin -H 'Content-Type: text/plain' http://h/"))
                .isEqualTo(new Body.Text("xz\uFFFD", Body.TextType.TEXT));
        assertThat(CurlData.stripLineBreaks("ab\rcd\nef".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("abef".getBytes(StandardCharsets.US_ASCII));
        String longLine = "x".repeat(300) + "\r" + "y".repeat(10);
        assertThat(new String(CurlData.stripLineBreaks(longLine.getBytes(StandardCharsets.US_ASCII)),
                StandardCharsets.US_ASCII)).isEqualTo("x".repeat(300)); // the CR is in the second 255-byte chunk
    }

    @Test
    void dataBinaryFromAFileIsSentAsTheFile() throws Exception {
        RequestSpec spec = parse("curl --data-binary @body.json -H 'Content-Type: application/json' http://h/")
                .request();
        assertThat(spec.body()).isEqualTo(new Body.Binary(dir.resolve("body.json"), "application/json"));
        assertThat(body("curl --data-binary @lines.txt -d x=1 http://h/"))
                .isEqualTo(new Body.Text("a=1\r\n&b=2\nc\n&x=1", Body.TextType.TEXT));
        assertThat(body("curl --data-raw @body.json http://h/")).isEqualTo(new Body.Text("@body.json",
                Body.TextType.TEXT));
    }

    @Test
    void aMissingFileSendsNothingForItWithAWarning() throws Exception {
        CurlImport imported = parse("curl -d @missing.txt -d after http://h/");
        assertThat(imported.request().body()).isEqualTo(new Body.Text("&after", Body.TextType.TEXT));
        assertThat(imported.warnings()).singleElement().asString().contains("missing.txt").contains("not found");
        assertThat(parse("curl -d @- http://h/").warnings()).singleElement().asString().contains("standard input");
    }

    @Test
    void bytesThatAreNotUtf8AreWarned() throws Exception {
        CurlImport imported = parse("curl -d $'caf\\xe9' http://h/");
        assertThat(imported.request().body()).isEqualTo(new Body.Text("caf\uFFFD", Body.TextType.TEXT));
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("not UTF-8"));
    }

    @Test
    void dataUrlencodeHasFiveForms() throws Exception {
        Files.writeString(dir.resolve("msg.txt"), "hi there\n");
        assertThat(body("curl --data-urlencode 'a b' --data-urlencode '=c&d' --data-urlencode 'n=ü*~' "
                + "--data-urlencode @msg.txt --data-urlencode 'm@msg.txt' --data-urlencode 'x@y=z' http://h/"))
                .isEqualTo(new Body.Text("a+b&c%26d&n=%C3%BC%2A~&hi+there%0A&m=hi+there%0A&x@y=z",
                        Body.TextType.TEXT));
        assertThat(body("curl --data-urlencode 'k@missing' -d x http://h/"))
                .isEqualTo(new Body.Text("&x", Body.TextType.TEXT));
    }

    @Test
    void getMovesTheDataIntoTheQuery() throws Exception {
        RequestSpec spec = parse("curl -G -d a=1 --data-urlencode 'b=é x' 'http://h/s?z=0#f'").request();
        assertThat(spec.url()).isEqualTo("http://h/s?z=0&a=1&b=%c3%a9+x");
        assertThat(spec.body()).isEqualTo(Body.NONE);
        assertThat(spec.headers()).containsExactly(Header.of("Accept", "*/*"));
        assertThat(parse("curl -G -d a=1 --url-query b=2 http://h/").warnings()).singleElement().asString()
                .contains("--url-query");
        assertThat(parse("curl --url-query 'q=a b' --url-query '+r=%7E' 'http://h/?' ").request().url())
                .isEqualTo("http://h/?q=a+b&r=%7e");
    }

    @Test
    void jsonSetsItsHeadersAndConcatenatesPieces() throws Exception {
        RequestSpec spec = parse("curl --json '{\"a\":' --json '1}' -d x http://h/").request();
        assertThat(spec.headers()).containsExactly(Header.of("Content-Type", "application/json"),
                Header.of("Accept", "application/json"));
        assertThat(spec.body()).isEqualTo(new Body.Text("{\"a\":1}&x", Body.TextType.JSON));
        assertThat(parse("curl --json @body.json -H 'Accept: text/x' http://h/").request().headers())
                .containsExactly(Header.of("Accept", "text/x"), Header.of("Content-Type", "application/json"));
        assertThat(body("curl --json @body.json http://h/")).isEqualTo(new Body.Text("{\"a\": 1}\n",
                Body.TextType.JSON));
    }

    @Test
    void stdinComesFromHereDocumentsRedirectionsAndEchoPipes() throws Exception {
        assertThat(body("curl --data-binary @- http://h/ <<'EOF'\n{\"x\": 1}\nEOF"))
                .isEqualTo(new Body.Text("{\"x\": 1}\n", Body.TextType.TEXT));
        assertThat(body("curl -d @- -H 'Content-Type: text/plain' http://h/ < lines.txt"))
                .isEqualTo(new Body.Text("a=1&b=2c", Body.TextType.TEXT));
        assertThat(body("echo 'a=1' | curl -d @- http://h/")).isEqualTo(new Body.Form(List.of(Field.of("a", "1"))));
        assertThat(body("cat body.json | curl --data-binary @- http://h/"))
                .isEqualTo(new Body.Text("{\"a\": 1}\n", Body.TextType.TEXT));
    }

    @Test
    void formsBecomeMultipartWithCurlsPartTypes() throws Exception {
        Body body = body("curl -F name=Emma -F 'photo=@photo.png' -F 'doc=@body.json;filename=d.json' "
                + "-F 'meta={\"a\":1};type=application/json' -F 'text=<lines.txt' --form-string 'raw=@x;type=y' "
                + "-F 'q=\"a;b\"' -F 'c=@body.json;type=text/plain; charset=utf-8' http://h/");
        assertThat(body).isEqualTo(new Body.Multipart(List.of(
                Part.TextPart.of("name", "Emma"),
                new Part.FilePart("photo", dir.resolve("photo.png"), "", "image/png", true),
                new Part.FilePart("doc", dir.resolve("body.json"), "d.json", "application/octet-stream", true),
                new Part.TextPart("meta", "{\"a\":1}", "application/json", true),
                Part.TextPart.of("text", "a=1\r\n&b=2\nc\n"),
                Part.TextPart.of("raw", "@x;type=y"),
                Part.TextPart.of("q", "a;b"),
                new Part.FilePart("c", dir.resolve("body.json"), "", "text/plain; charset=utf-8", true))));
        assertThat(parse("curl -F a=1 http://h/").request().headers()).containsExactly(Header.of("Accept", "*/*"));
    }

    @Test
    void formProblemsAreWarned() throws Exception {
        assertThat(parse("curl -F novalue http://h/").warnings()).singleElement().asString().contains("no '='");
        assertThat(parse("curl -F 'f=@nope.png' http://h/").warnings()).singleElement().asString()
                .contains("error 26");
        assertThat(parse("curl -F 'f=@photo.png;headers=\"X-A: 1\"' http://h/").warnings()).singleElement()
                .asString().contains("Part headers");
        assertThat(parse("curl -F 'a=x;filename=a.txt' http://h/").warnings()).singleElement().asString()
                .contains("no filename");
        assertThat(parse("curl -F 'a=x;type=bad' http://h/").warnings()).singleElement().asString()
                .contains("major/minor");
        assertThat(parse("curl -F a=1 -d b=2 http://h/").warnings()).singleElement().asString()
                .contains("refuses to combine -F and -d");
    }

    @Test
    void uploadSendsTheFileWithPutAndNamesItInTheUrl() throws Exception {
        RequestSpec spec = parse("curl -T photo.png http://h/up/").request();
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.url()).isEqualTo("http://h/up/photo.png");
        assertThat(spec.body()).isEqualTo(new Body.Binary(dir.resolve("photo.png"), ""));
        assertThat(spec.headers()).containsExactly(Header.of("Accept", "*/*"));
        assertThat(parse("curl -T photo.png http://h").request().url()).isEqualTo("http://h/photo.png");
        assertThat(parse("curl -T photo.png http://h/x?y").request().url()).isEqualTo("http://h/x?y");
        assertThat(parse("curl -T missing.bin http://h/x").warnings()).singleElement().asString().contains("-T");
        assertThat(parse("curl -T - http://h/x").request().body()).isEqualTo(Body.NONE);
    }

    @Test
    void headersCanComeFromAFile() throws Exception {
        assertThat(parse("curl -H @headers.txt http://h/").request().headers())
                .containsExactly(Header.of("X-One", "1"));
    }
}
