package dev.courier.io.curl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.core.model.HttpVersionChoice;
import dev.courier.core.model.ProxySetting;
import dev.courier.core.model.RequestSettings;
import dev.courier.core.model.RequestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Methods, URLs, headers, auth, settings, warnings and errors; bodies are in {@link CurlParserBodyTest}. */
class CurlParserTest {

    @TempDir
    Path dir;

    private CurlImport parse(String command) throws CurlImportException {
        return new CurlParser(dir).parse(command);
    }

    private RequestSpec request(String command) throws CurlImportException {
        return parse(command).request();
    }

    private List<String> warnings(String command) throws CurlImportException {
        return parse(command).warnings();
    }

    @Test
    void aPlainGetHasCurlsAcceptHeaderAndCurlsDefaults() throws Exception {
        CurlImport imported = parse("curl https://api.example.com/items");
        assertThat(imported.request()).isEqualTo(new RequestSpec("GET", "https://api.example.com/items",
                List.of(Header.of("Accept", "*/*")), dev.courier.core.model.Body.NONE, Auth.NONE,
                RequestSettings.DEFAULTS.withFollowRedirects(false)));
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void theMethodFollowsCurlsRules() throws Exception {
        assertThat(request("curl -d x http://h/").method()).isEqualTo("POST");
        assertThat(request("curl -F a=b http://h/").method()).isEqualTo("POST");
        assertThat(request("curl -I http://h/").method()).isEqualTo("HEAD");
        assertThat(request("curl -G -d x http://h/").method()).isEqualTo("GET");
        assertThat(request("curl -I -G -d x http://h/").method()).isEqualTo("HEAD");
        assertThat(request("curl -X PATCH -d x http://h/").method()).isEqualTo("PATCH");
        assertThat(request("curl --request DELETE http://h/").method()).isEqualTo("DELETE");
        assertThat(request("curl -XPURGE http://h/").method()).isEqualTo("PURGE");
        assertThat(request("curl -sSXPOST http://h/").method()).isEqualTo("POST");
    }

    @Test
    void urlsAreCompletedAndNormalisedAsCurlSendsThem() throws Exception {
        assertThat(request("curl example.com/a?b=1").url()).isEqualTo("http://example.com/a?b=1");
        assertThat(request("curl --proto-default https example.com").url()).isEqualTo("https://example.com");
        assertThat(request("curl 'http://h/a/b/../c/./d#frag'").url()).isEqualTo("http://h/a/c/d");
        assertThat(request("curl --path-as-is 'http://h/a/../b'").url()).isEqualTo("http://h/a/../b");
        assertThat(request("curl 'http://h/café?q=ü'").url()).isEqualTo("http://h/caf%c3%a9?q=ü");
        assertThat(request("curl http://bücher.example/").url()).isEqualTo("http://xn--bcher-kva.example/");
        assertThat(request("curl --url http://h/u -H 'a: b'").url()).isEqualTo("http://h/u");
        assertThat(warnings("curl ftp.example.com/file")).anySatisfy(w -> assertThat(w).contains("ftp://"));
    }

    @Test
    void urlPatternsImportTheFirstUrlUnlessGlobbingIsOff() throws Exception {
        CurlImport globbed = parse("curl 'http://h/page/[01-10]/{json,xml}?x=[a-c]'");
        assertThat(globbed.request().url()).isEqualTo("http://h/page/01/json?x=a");
        assertThat(globbed.warnings()).singleElement().asString().contains("first, http://h/page/01/json?x=a");
        assertThat(request("curl 'http://h/\\{literal\\}' -g").url()).isEqualTo("http://h/%5C%7Bliteral%5C%7D");
        assertThat(request("curl 'http://h/\\[x\\]'").url()).isEqualTo("http://h/%5Bx%5D");
        assertThat(request("curl 'http://[::1]:8080/a'").url()).isEqualTo("http://[::1]:8080/a");
        assertThat(warnings("curl -g 'http://h/{x}'")).anySatisfy(w -> assertThat(w).contains("{ }"));
    }

    @Test
    void urlCharactersJavaCannotSendAreEncodedWithAWarning() throws Exception {
        CurlImport spaces = parse("curl 'http://h/a b?c=d e'");
        assertThat(spaces.request().url()).isEqualTo("http://h/a%20b?c=d%20e");
        assertThat(spaces.warnings()).singleElement().asString().contains("error 3");
        CurlImport odd = parse("curl -g 'http://h/p\"q|%zz'");
        assertThat(odd.request().url()).isEqualTo("http://h/p%22q%7C%25zz");
    }

    @Test
    void severalUrlsImportTheFirstWithAWarning() throws Exception {
        CurlImport imported = parse("curl http://h/one http://h/two");
        assertThat(imported.request().url()).isEqualTo("http://h/one");
        assertThat(imported.warnings()).singleElement().asString().contains("2 URLs");
        assertThat(parse("curl http://h/a --next http://h/b").warnings()).singleElement().asString()
                .contains("--next");
        assertThat(request("curl -H 'X: 1' -- -notanoption").url()).isEqualTo("http://-notanoption");
    }

    @Test
    void headersAreKeptInOrderAndReplaceOrRemoveCurlsOwn() throws Exception {
        assertThat(request("curl -H 'X-T: 1' -H 'X-T: 2' -H 'x-t:3' http://h/").headers()).containsExactly(
                Header.of("Accept", "*/*"), Header.of("X-T", "1"), Header.of("X-T", "2"), Header.of("x-t", "3"));
        assertThat(request("curl -H 'accept: application/json' http://h/").headers())
                .containsExactly(Header.of("accept", "application/json"));
        assertThat(request("curl -H 'Accept:' -H 'X-Gone:' http://h/").headers()).isEmpty();
        assertThat(request("curl -H 'X-Empty;' -H 'Accept;' http://h/").headers())
                .containsExactly(Header.of("X-Empty", ""), Header.of("Accept", ""));
        assertThat(request("curl -HAccept:x http://h/").headers()).containsExactly(Header.of("Accept", "x"));
        assertThat(request("curl -H 'X-Url: http://a.b/c' http://h/").headers()).contains(Header.of("X-Url",
                "http://a.b/c"));
    }

    @Test
    void headerLinesCurlDoesNotSendOrCourierCannotSendAreWarned() throws Exception {
        CurlImport noColon = parse("curl -H 'NoColonHere' http://h/");
        assertThat(noColon.request().headers()).containsExactly(Header.of("Accept", "*/*"));
        assertThat(noColon.warnings()).singleElement().asString().contains("not a header");
        assertThat(parse("curl -H $'X-A: 1\\r\\nX-B: 2' http://h/").request().headers())
                .containsExactly(Header.of("Accept", "*/*"), Header.of("X-A", "1"), Header.of("X-B", "2"));
        assertThat(warnings("curl -H 'X-Name: Zoë' http://h/")).singleElement().asString().contains("non-ASCII");
        assertThat(warnings("curl -H 'Bad Name: x' http://h/")).singleElement().asString()
                .contains("not a valid header name");
        assertThat(warnings("curl -H 'Host:' http://h/")).singleElement().asString().contains("no Host header");
    }

    @Test
    void userAgentRefererCookiesAndRangeBecomeHeadersInCurlsOrder() throws Exception {
        assertThat(request("curl -b 'a=1; b=2' -b c=3 -e 'http://r/;auto' -A 'Agent/1' -r 0-99 http://h/").headers())
                .containsExactly(Header.of("Range", "bytes=0-99"), Header.of("User-Agent", "Agent/1"),
                        Header.of("Accept", "*/*"), Header.of("Referer", "http://r/"),
                        Header.of("Cookie", "a=1; b=2;c=3"));
        assertThat(request("curl -C 100 -r 0-9 http://h/").headers()).contains(Header.of("Range", "bytes=100-"));
        assertThat(request("curl -A one -H 'User-Agent: two' -b x=1 -H 'Cookie: y=2' http://h/").headers())
                .containsExactly(Header.of("Accept", "*/*"), Header.of("User-Agent", "two"),
                        Header.of("Cookie", "y=2"));
        assertThat(warnings("curl -A '' http://h/")).isEmpty();
        assertThat(request("curl -A '' http://h/").settings().sendUserAgent()).isFalse();
        assertThat(request("curl -H 'User-Agent:' http://h/").settings().sendUserAgent()).isFalse();
        assertThat(request("curl -A '' -H 'User-Agent: x' http://h/").settings().sendUserAgent()).isTrue();
        assertThat(request("curl http://h/").settings().sendUserAgent()).isTrue();
    }

    @Test
    void insecureProxyAndRedirectLimitBecomeSettings() throws Exception {
        RequestSettings settings = request("curl -k -x http://proxy.test:3128 -U 'ann:p:w' --noproxy "
                + "'localhost, .internal' --max-redirs 3 -L https://h/").settings();
        assertThat(settings.verifyTls()).isFalse();
        assertThat(settings.maxRedirects()).isEqualTo(3);
        assertThat(settings.proxy()).isEqualTo(new ProxySetting.Manual("proxy.test", 3128, "ann", "p:w",
                List.of("localhost", ".internal")));
        assertThat(request("curl -x proxy.test https://h/").settings().proxy())
                .isEqualTo(ProxySetting.Manual.of("proxy.test", 1080));
        assertThat(request("curl -x '' https://h/").settings().proxy()).isEqualTo(ProxySetting.NONE);
        assertThat(request("curl https://h/").settings()).isEqualTo(RequestSettings.DEFAULTS.withFollowRedirects(false));
        assertThat(warnings("curl -k -x http://u:p@proxy.test:8080 https://h/")).isEmpty();
    }

    @Test
    void aCookieFileIsNotReadButNamed() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("jar.txt"), "Set-Cookie: s=1\n");
        CurlImport imported = parse("curl -b jar.txt http://h/");
        assertThat(imported.request().headers()).containsExactly(Header.of("Accept", "*/*"));
        assertThat(imported.warnings()).singleElement().asString().contains("cookie file");
    }

    @Test
    void compressedAddsCurlsAcceptEncoding() throws Exception {
        CurlImport imported = parse("curl --compressed http://h/");
        assertThat(imported.request().headers()).contains(Header.of("Accept-Encoding", "deflate, gzip, br, zstd"));
        assertThat(imported.warnings()).singleElement().asString().contains("gzip and deflate");
        assertThat(request("curl --compressed --no-compressed http://h/").headers())
                .containsExactly(Header.of("Accept", "*/*"));
    }

    @Test
    void credentialsBecomeAuth() throws Exception {
        assertThat(request("curl -u 'émile:p:ss' http://h/").auth()).isEqualTo(new Auth.Basic("émile", "p:ss"));
        assertThat(request("curl 'http://us%40r:p%3Ass@h/x'").auth()).isEqualTo(new Auth.Basic("us@r", "p:ss"));
        assertThat(request("curl 'http://us%40r:p%3Ass@h/x'").url()).isEqualTo("http://h/x");
        assertThat(request("curl -u a:b 'http://c:d@h/'").auth()).isEqualTo(new Auth.Basic("a", "b"));
        assertThat(request("curl --oauth2-bearer t0k -u a:b http://h/").auth()).isEqualTo(new Auth.Bearer("t0k"));
        assertThat(request("curl -u a:b -H 'Authorization: Custom x' http://h/").auth()).isEqualTo(Auth.NONE);
        assertThat(request("curl -u a:b -H 'Authorization:' http://h/").auth()).isEqualTo(Auth.NONE);
        CurlImport prompt = parse("curl -u alice http://h/");
        assertThat(prompt.request().auth()).isEqualTo(new Auth.Basic("alice", ""));
        assertThat(prompt.warnings()).singleElement().asString().contains("would ask for one");
        CurlImport digest = parse("curl --digest -u a:b http://h/");
        assertThat(digest.request().auth()).isEqualTo(Auth.NONE);
        assertThat(digest.warnings()).singleElement().asString().contains("--digest");
        assertThat(request("curl --ntlm --basic -u a:b http://h/").auth()).isEqualTo(Auth.NONE);
        assertThat(request("curl --ntlm --no-ntlm --basic -u a:b http://h/").auth())
                .isEqualTo(new Auth.Basic("a", "b"));
    }

    @Test
    void settingsFollowCurlsDefaultsAndOptions() throws Exception {
        assertThat(request("curl http://h/").settings().followRedirects()).isFalse();
        RequestSettings settings = request("curl -L -m 2.5 --connect-timeout 0.25 --http2 http://h/").settings();
        assertThat(settings).isEqualTo(new RequestSettings(Duration.ofMillis(250), Duration.ofMillis(2500), true,
                HttpVersionChoice.HTTP_2));
        assertThat(request("curl --http1.1 http://h/").settings().httpVersion()).isEqualTo(HttpVersionChoice.HTTP_1_1);
        CurlImport bad = parse("curl -m soon http://h/");
        assertThat(bad.request().settings().totalTimeout()).isEqualTo(RequestSettings.DEFAULTS.totalTimeout());
        assertThat(bad.warnings()).singleElement().asString().contains("\"soon\"");
        assertThat(warnings("curl --http1.0 http://h/")).singleElement().asString().contains("HTTP/1.1");
        assertThat(warnings("curl --location-trusted http://h/")).singleElement().asString().contains("credentials");
    }

    @Test
    void optionsTheImportCannotHonourAreWarnedAndOptionsWithoutEffectAreNot() throws Exception {
        assertThat(warnings("curl -x socks5://proxy:1080 http://h/")).singleElement().asString()
                .contains("socks5://");
        assertThat(warnings("curl --max-redirs -1 -L http://h/")).singleElement().asString().contains("keeps 10");
        assertThat(warnings("curl --resolve h:80:127.0.0.1 http://h/")).singleElement().asString()
                .contains("--resolve");
        assertThat(warnings("curl -K my.cfg http://h/")).singleElement().asString().contains("my.cfg");
        assertThat(warnings("curl -s -S -v -i -o out.json -w '%{http_code}' --retry 3 -f -# http://h/")).isEmpty();
    }

    @Test
    void badOptionsAreWarnedAndStillConsumeTheirValue() throws Exception {
        CurlImport imported = parse("curl --frobnicate -Z9 --compr --data=x --heade 'X: 1' http://h/ -e");
        assertThat(imported.request().url()).isEqualTo("http://h/");
        assertThat(imported.request().headers()).contains(Header.of("X", "1"));
        assertThat(imported.warnings()).anySatisfy(w -> assertThat(w).contains("no option --frobnicate"))
                .anySatisfy(w -> assertThat(w).contains("no option -9"))
                .anySatisfy(w -> assertThat(w).contains("--compr").contains("several"))
                .anySatisfy(w -> assertThat(w).contains("--data=").contains("followed by its value"))
                .anySatisfy(w -> assertThat(w).contains("-e/--referer at the end"));
        assertThat(request("curl --data=x http://h/").method()).isEqualTo("POST");
    }

    @Test
    void theFirstCurlCommandIsImportedFromSeveral() throws Exception {
        CurlImport imported = parse("export A=1; cd /tmp && curl http://h/x | jq .");
        assertThat(imported.request().url()).isEqualTo("http://h/x");
        assertThat(imported.warnings()).singleElement().asString().contains("4 commands").contains("'&&'");
        assertThat(request("sudo LANG=C /usr/bin/curl http://h/y").url()).isEqualTo("http://h/y");
        assertThat(request("$ curl http://h/z").url()).isEqualTo("http://h/z");
        assertThat(request("curl.exe http://h/w").url()).isEqualTo("http://h/w");
    }

    @Test
    void textThatIsNotACurlCommandIsRefusedWithAReadableMessage() {
        assertThatThrownBy(() -> parse("wget http://h/")).isInstanceOf(CurlImportException.class)
                .hasMessage("This is not a curl command: it runs \"wget\"");
        assertThatThrownBy(() -> parse("  \n# nothing\n"))
                .hasMessage("There is nothing to import: paste a curl command");
        assertThatThrownBy(() -> parse("curl -v -H 'a: b'")).hasMessageContaining("has no URL");
        assertThatThrownBy(() -> parse("Invoke-WebRequest -Uri https://h/ -Method POST"))
                .hasMessageContaining("PowerShell Invoke-WebRequest");
        assertThatThrownBy(() -> parse("curl -Uri https://h/ -UseBasicParsing"))
                .hasMessageContaining("PowerShell Invoke-WebRequest");
    }
}
