package dev.courier.io.curl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.courier.core.cookies.CookieJar;
import dev.courier.core.http.HttpEngine;
import dev.courier.core.http.NetworkPreferences;
import dev.courier.testing.LoopbackServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command of the curl corpus, sent twice to the same recording server on 127.0.0.1: once by the real
 * {@code /usr/bin/curl} (through bash, exactly as pasted), once by Courier after importing it. The two requests
 * must be the same (see {@link RequestComparison} for what "the same" leaves out).
 */
class CurlCorpusTest {

    /** Emptied before each case: curl keeps no cookies from one command to the next. */
    private static final CookieJar JAR = new CookieJar();
    private static final HttpEngine ENGINE = new HttpEngine(JAR, NetworkPreferences.DIRECT);
    private static LoopbackServer server;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void start() throws Exception {
        server = new LoopbackServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> courierSendsWhatCurlSends() throws Exception {
        RealCurl.requireCurl();
        String version = RealCurl.version();
        List<CurlCorpus.Case> cases = CurlCorpus.load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        String host = "127.0.0.1:" + server.port();
        return cases.stream().map(c -> c.withHost(host)).map(c -> dynamicTest(c.name() + " (" + version + ")",
                () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(c))));
    }

    private static void check(CurlCorpus.Case c) throws Exception {
        Path directory = CurlCorpus.directory();
        server.drain();
        RealCurl.Run run = RealCurl.run(c.curlText(), directory, scratch);
        LoopbackServer.Received fromCurl;
        try {
            fromCurl = server.take();
        } catch (AssertionError e) {
            throw new AssertionError("curl sent nothing (exit " + run.exitCode() + "): " + run.stderr(), e);
        }
        server.drain(); // a URL pattern makes curl send more requests; the first is the one imported

        CurlImport imported = new CurlParser(directory).parse(c.importText(), c.dialect());
        for (String expected : c.expectedWarnings()) {
            assertThat(imported.warnings()).as("warnings").anySatisfy(w -> assertThat(w).contains(expected));
        }
        JAR.clear();
        ENGINE.send(imported.request()).get(20, TimeUnit.SECONDS);
        LoopbackServer.Received fromCourier = server.take();
        RequestComparison.assertSame(fromCurl, fromCourier, c.importText());
    }
}
