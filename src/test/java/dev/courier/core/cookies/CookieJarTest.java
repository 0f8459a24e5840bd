package dev.courier.core.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cases of RFC 6265 sections 5.1 to 5.4. */
class CookieJarTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private final MutableClock clock = new MutableClock();
    private final CookieJar jar = new CookieJar(clock);

    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private void set(String url, String... headers) {
        jar.store(URI.create(url), List.of(headers));
    }

    private String header(String url) {
        return jar.cookieHeader(URI.create(url), Set.of()).orElse("");
    }

    @Test
    void hostOnlyCookiesGoToTheirHostOnlyAndDomainCookiesToSubdomainsToo() {
        set("http://www.example.com/", "host=1", "dom=2; Domain=.Example.COM");
        assertThat(header("http://www.example.com/")).isEqualTo("host=1; dom=2");
        assertThat(header("http://api.www.example.com/")).isEqualTo("dom=2");
        assertThat(header("http://example.com/")).isEqualTo("dom=2");
        assertThat(header("http://api.example.com/")).isEqualTo("dom=2");
        assertThat(header("http://notexample.com/")).isEmpty();
        assertThat(jar.all()).filteredOn(c -> c.name().equals("host")).singleElement()
                .satisfies(c -> assertThat(c.hostOnly()).isTrue());
    }

    @Test
    void aDomainTheHostIsNotInOrAPublicSuffixIsRefused() {
        set("http://www.example.com/", "a=1; Domain=other.com", "b=2; Domain=com", "c=3; Domain=co.uk",
                "d=4; Domain=ple.com", "e=5; Domain=api.www.example.com");
        assertThat(jar.all()).isEmpty();
        set("http://localhost/", "f=6; Domain=localhost");
        assertThat(jar.all()).singleElement().satisfies(c -> assertThat(c.hostOnly()).isTrue());
        set("http://127.0.0.1/", "g=7");
        assertThat(header("http://127.0.0.1/")).isEqualTo("g=7");
    }

    @Test
    void pathDefaultsToTheRequestsDirectoryAndMatchesOnSegmentBoundaries() {
        set("http://h/docs/guide/page.html", "dflt=1", "root=2; Path=/", "docs=3; Path=/docs", "bad=4; Path=rel");
        assertThat(jar.all()).extracting(Cookie::path).containsExactly("/docs/guide", "/", "/docs", "/docs/guide");
        assertThat(header("http://h/docs/guide/x")).isEqualTo("dflt=1; bad=4; docs=3; root=2");
        assertThat(header("http://h/docs")).isEqualTo("docs=3; root=2");
        assertThat(header("http://h/docsearch")).isEqualTo("root=2");
        assertThat(header("http://h/docs/guidex")).isEqualTo("docs=3; root=2");
        set("http://h/one", "top=5");
        assertThat(jar.all()).filteredOn(c -> c.name().equals("top")).extracting(Cookie::path).containsExactly("/");
    }

    @Test
    void longerPathsComeFirstThenOlderCookies() {
        set("http://h/", "b=1; Path=/");
        clock.now = NOW.plusSeconds(1);
        set("http://h/", "a=2; Path=/", "long=3; Path=/a/b");
        clock.now = NOW.plusSeconds(2);
        set("http://h/", "b=updated; Path=/");
        assertThat(header("http://h/a/b/c")).isEqualTo("long=3; b=updated; a=2");
    }

    @Test
    void secureCookiesGoOverHttpsOnly() {
        set("https://h/", "s=1; Secure; HttpOnly; SameSite=Strict", "p=2");
        assertThat(header("http://h/")).isEqualTo("p=2");
        assertThat(header("https://h/")).isEqualTo("s=1; p=2");
        Cookie s = jar.all().get(0);
        assertThat(s.secure()).isTrue();
        assertThat(s.httpOnly()).isTrue();
        assertThat(s.sameSite()).isEqualTo("Strict");
    }

    @Test
    void maxAgeWinsOverExpiresAndExpiredCookiesAreEvicted() {
        set("http://h/", "m=1; Expires=Sat, 01 Mar 2025 12:00:10 GMT; Max-Age=3600",
                "e=2; expires=Saturday, 01-Mar-25 12:00:10 GMT", "s=3", "bad=4; Max-Age=soon; Expires=nonsense");
        assertThat(jar.all()).extracting(c -> c.expires().orElse(null)).containsExactly(
                NOW.plusSeconds(3600), NOW.plusSeconds(10), null, null);
        clock.now = NOW.plusSeconds(11);
        assertThat(header("http://h/")).isEqualTo("m=1; s=3; bad=4");
        set("http://h/", "m=gone; Max-Age=0", "s=gone; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        assertThat(header("http://h/")).isEqualTo("bad=4");
    }

    @Test
    void malformedHeadersStoreNothingAndAttributesAreCaseInsensitive() {
        set("http://h/", "novalue", "=nameless", "", "  spaced =  v ; PATH=/; DOMAIN=H");
        assertThat(jar.all()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("spaced");
            assertThat(c.value()).isEqualTo("v");
            assertThat(c.hostOnly()).as("a single-label Domain equal to the host makes a host-only cookie").isTrue();
        });
        assertThat(CookieDates.parse("Wed, 09 Jun 2021 10:18:14 GMT")).contains(Instant.parse("2021-06-09T10:18:14Z"));
        assertThat(CookieDates.parse("Thu Jan  1 00:00:00 1970")).contains(Instant.EPOCH);
        assertThat(CookieDates.parse("31 Feb 2025 00:00:00")).isEmpty();
    }

    @Test
    void typedNamesAreLeftOutOfTheHeaderAndListenersHearChanges() {
        int[] changes = {0};
        jar.addListener(() -> changes[0]++);
        set("http://h/", "a=1", "b=2");
        assertThat(jar.cookieHeader(URI.create("http://h/"), Set.of("a"))).contains("b=2");
        assertThat(jar.cookieHeader(URI.create("http://h/"), Set.of("a", "b"))).isEqualTo(Optional.empty());
        jar.remove(jar.all().get(0));
        assertThat(changes[0]).isEqualTo(2);
        assertThat(jar.all().get(0).toString()).doesNotContain("2").contains("b");
        assertThat(Duration.between(NOW, jar.all().get(0).lastAccess())).isZero();
    }
}
