package dev.courier.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.HttpVersionChoice;
import dev.courier.core.model.Part;
import dev.courier.core.model.ProxySetting;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.PathVariable;
import dev.courier.core.url.QueryParam;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestJsonTest {

    private static final List<Header> HEADERS = List.of(Header.of("Accept", "*/*"),
            new Header("X-Off", "ünïcode \"quoted\"\n", false));

    static Stream<RequestSpec> everyBodyAndAuth() {
        RequestSpec base = new RequestSpec("POST", "https://example.com/a?b=1", HEADERS, Body.NONE, Auth.NONE,
                new RequestSettings(Duration.ofMillis(2500), Duration.ofSeconds(90), false, HttpVersionChoice.HTTP_2));
        List<Body> bodies = List.of(Body.NONE,
                new Body.Text("{\"a\":[1,2]}", Body.TextType.JSON), new Body.Text("plain\r\nlines", Body.TextType.TEXT),
                new Body.Text("<a/>", Body.TextType.XML), new Body.Text("<p>", Body.TextType.HTML),
                new Body.Form(List.of(Field.of("name", "Zoë"), new Field("off", "x", false))),
                new Body.Form(List.of()),
                new Body.Multipart(List.of(Part.TextPart.of("t", "v"), new Part.TextPart("j", "{}", "application/json",
                        false), Part.FilePart.of("f", Path.of("/tmp/photo.png")),
                        new Part.FilePart("g", Path.of("rel/doc.bin"), "renamed.bin", "application/x-custom", true))),
                new Body.Binary(Path.of("/data/blob.bin"), ""), new Body.Binary(Path.of("x.json"), "application/json"));
        List<Auth> auths = List.of(Auth.NONE, new Auth.Bearer("t0k"), new Auth.Basic("émile", "p:ss"),
                new Auth.ApiKey("X-Key", "k", Auth.ApiKey.Location.HEADER),
                new Auth.ApiKey("key", "k", Auth.ApiKey.Location.QUERY));
        RequestSettings all = new RequestSettings(Duration.ofMillis(1), Duration.ofMillis(2), true,
                HttpVersionChoice.HTTP_1_1, 0, false, false, false, false, new ProxySetting.Manual("proxy.test", 3128,
                "ann", "pw", List.of("*.internal", "10.0.0.0/8")));
        List<RequestSpec> urls = List.of(base.withUrl("http://h/users/:id?a=1&&flag&b=#f")
                        .withPathVariables(List.of(new PathVariable("id", "7 8", "the user"))),
                base.withQueryParams(List.of(QueryParam.typed("q", "x y").withDescription("query"),
                        QueryParam.typed("off", "1").withEnabled(false))),
                base.withSettings(all), base.withSettings(all.withProxy(ProxySetting.NONE)),
                base.withSettings(all.withProxy(ProxySetting.SYSTEM)));
        return Stream.of(bodies.stream().map(base::withBody), auths.stream().map(base::withAuth), urls.stream())
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("everyBodyAndAuth")
    void writeThenReadGivesAnEqualRequest(RequestSpec spec) throws Exception {
        String json = RequestJson.write(spec);
        assertThat(RequestJson.read(json)).isEqualTo(spec);
        assertThat(RequestJson.write(RequestJson.read(json))).isEqualTo(json);
        assertThat(json).doesNotContain("dev.courier", "java.", "@class");
    }

    @Test
    void theDocumentIsIndentedWithTwoSpacesInAStableKeyOrder() {
        RequestSpec spec = new RequestSpec("POST", "https://api.example.com/items?q=a%20b&flag",
                List.of(Header.of("Content-Type", "application/json")),
                new Body.Text("{\"name\":\"Emma\"}", Body.TextType.JSON), new Auth.Bearer("abc123"),
                RequestSettings.DEFAULTS.withFollowRedirects(false));
        assertThat(RequestJson.write(spec)).isEqualTo("""
                {
                  "method": "POST",
                  "url": "https://api.example.com/items?q=a%20b&flag",
                  "headers": [
                    {
                      "name": "Content-Type",
                      "value": "application/json",
                      "enabled": true
                    }
                  ],
                  "body": {
                    "type": "json",
                    "text": "{\\"name\\":\\"Emma\\"}"
                  },
                  "auth": {
                    "type": "bearer",
                    "token": "abc123"
                  },
                  "settings": {
                    "followRedirects": false
                  }
                }
                """);
        assertThat(RequestJson.write(spec.withHeaders(List.of()))).contains("\"headers\": [],");
    }

    @Test
    void theQueryTableKeepsDisabledRowsAndDescriptionsButTheUrlWins() throws Exception {
        RequestSpec spec = RequestJson.read("""
                {"method": "GET", "url": "http://x/?a=2&c=3", "params": [
                  {"text": "a=1", "description": "about a"},
                  {"text": "b=1", "enabled": false, "description": "off"}]}
                """);
        assertThat(spec.queryParams()).containsExactly(QueryParam.parsed("a=2").withDescription("about a"),
                new QueryParam("b=1", false, "off"), QueryParam.parsed("c=3"));
        assertThat(spec.url()).isEqualTo("http://x/?a=2&c=3");
    }

    @Test
    void optionalPartsDefaultSensibly() throws Exception {
        RequestSpec spec = RequestJson.read("""
                {"method": "GET", "url": "http://x/", "headers": [{"name": "A", "value": "1"}]}
                """);
        assertThat(spec).isEqualTo(RequestSpec.of("GET", "http://x/", List.of(Header.of("A", "1")), Body.NONE));
    }

    @Test
    void mistakesAreReportedWithWhereTheyAre() {
        assertThatThrownBy(() -> RequestJson.read("{\"method\": \"GET\",\n \"url\": }"))
                .isInstanceOf(RequestJsonException.class).hasMessageStartingWith("Not valid JSON at line 2, column");
        assertThatThrownBy(() -> RequestJson.read("[]")).hasMessage("request: expected an object");
        assertThatThrownBy(() -> RequestJson.read("{\"url\": \"x\"}")).hasMessage("method: missing");
        assertThatThrownBy(() -> RequestJson.read("{\"method\": \"GET\", \"url\": \"x\", \"colour\": 1}"))
                .hasMessage("colour: unknown key");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x", "headers": [{"name": "A", "value": 1}]}"""))
                .hasMessage("headers[0].value: expected a string");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x", "body": {"type": "multipart", "parts": [{"kind": "video"}]}}"""))
                .hasMessage("body.parts[0].kind: unknown part kind \"video\" (expected text or file)");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x", "body": {"type": "yaml"}}"""))
                .hasMessageStartingWith("body.type: unknown body type \"yaml\"");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x", "settings": {"totalTimeoutMs": -5}}"""))
                .hasMessage("settings.totalTimeoutMs: expected a positive whole number of milliseconds");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x",
                 "auth": {"type": "apikey", "name": "k", "value": "v", "in": "cookie"}}"""))
                .hasMessage("auth.in: expected \"header\" or \"query\", found \"cookie\"");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x", "settings": {"proxy": {"type": "manual", "host": "p", "port": 0}}}"""))
                .hasMessage("settings.proxy.port: expected a port number (1-65535)");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x", "settings": {"proxy": {"type": "socks"}}}"""))
                .hasMessageStartingWith("settings.proxy.type: unknown proxy type \"socks\"");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x", "settings": {"maxRedirects": -1}}"""))
                .hasMessage("settings.maxRedirects: expected a whole number, 0 or more");
        assertThatThrownBy(() -> RequestJson.read("""
                {"method": "GET", "url": "x", "params": [{"text": "a&b"}]}"""))
                .hasMessage("params[0].text: cannot contain '&' or '#'");
    }
}
