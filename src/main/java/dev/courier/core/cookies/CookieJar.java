package dev.courier.core.cookies;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie jar as RFC 6265 describes a user agent's cookie store: it stores what {@code Set-Cookie} headers say
 * (section 5.3) and gives the cookies a request should carry (section 5.4). Thread-safe. Expired cookies are
 * evicted whenever the jar is used. Listeners hear of every change, e.g. to save the jar.
 */
public final class CookieJar {

    /** Multi-label public suffixes refused as a cookie Domain, besides every single-label one ({@code com}). */
    private static final Set<String> PUBLIC_SUFFIXES = Set.of("co.uk", "org.uk", "ac.uk", "gov.uk", "com.au",
            "net.au", "org.au", "co.jp", "ne.jp", "or.jp", "com.br", "com.cn", "co.nz", "co.in", "co.za", "com.mx",
            "github.io", "gitlab.io", "herokuapp.com", "netlify.app", "vercel.app", "pages.dev", "appspot.com");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Clock clock;
    private final List<Cookie> cookies = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public CookieJar() {
        this(Clock.systemUTC());
    }

    public CookieJar(Clock clock) {
        this.clock = clock;
    }

    /** Stores the cookies of the {@code Set-Cookie} header values received from {@code uri}. */
    public void store(URI uri, Collection<String> setCookieHeaders) {
        boolean changed = false;
        synchronized (this) {
            for (String header : setCookieHeaders) {
                Optional<SetCookie> parsed = SetCookie.parse(header, clock.instant());
                if (parsed.isPresent()) {
                    changed |= store(uri, parsed.get());
                }
            }
        }
        if (changed) {
            listeners.forEach(Runnable::run);
        }
    }

    private boolean store(URI uri, SetCookie set) {
        String host = host(uri);
        if (host.isEmpty()) {
            return false;
        }
        boolean hostOnly = set.domain().isEmpty();
        String domain = hostOnly ? host : set.domain();
        if (!hostOnly && isPublicSuffix(domain)) {
            if (!domain.equals(host)) {
                return false;
            }
            hostOnly = true; // a site may set a cookie for itself even on a public suffix
        }
        if (!hostOnly && !domainMatches(host, domain)) {
            return false;
        }
        Instant now = clock.instant();
        String path = set.path().isEmpty() ? defaultPath(uri) : set.path();
        Cookie cookie = new Cookie(set.name(), set.value(), domain, hostOnly, path, set.expires(), set.secure(),
                set.httpOnly(), set.sameSite(), now, now);
        Optional<Cookie> old = cookies.stream().filter(c -> c.sameIdentity(cookie)).findFirst();
        old.ifPresent(cookies::remove);
        if (cookie.isExpired(now)) {
            return old.isPresent(); // an expired cookie only deletes (how servers log out)
        }
        cookies.add(old.map(o -> cookie.withCreated(o.created())).orElse(cookie));
        return true;
    }

    /**
     * The cookies to send to {@code uri}, in the order of RFC 6265 section 5.4: longer paths first, then the older
     * first. Marks them as used.
     */
    public synchronized List<Cookie> cookiesFor(URI uri) {
        Instant now = clock.instant();
        cookies.removeIf(c -> c.isExpired(now));
        String host = host(uri);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean secure = "https".equalsIgnoreCase(uri.getScheme());
        List<Cookie> matching = cookies.stream()
                .filter(c -> c.hostOnly() ? host.equals(c.domain()) : domainMatches(host, c.domain()))
                .filter(c -> pathMatches(path, c.path()))
                .filter(c -> secure || !c.secure())
                .sorted(Comparator.comparingInt((Cookie c) -> -c.path().length()).thenComparing(Cookie::created))
                .toList();
        for (Cookie c : matching) {
            cookies.set(cookies.indexOf(c), c.withLastAccess(now));
        }
        return matching;
    }

    /**
     * The {@code Cookie} header value for {@code uri} without the cookies named in {@code typedNames} (the request
     * sets those itself), or empty when no cookie is left.
     */
    public Optional<String> cookieHeader(URI uri, Set<String> typedNames) {
        String header = cookiesFor(uri).stream().filter(c -> !typedNames.contains(c.name()))
                .map(c -> c.name() + "=" + c.value()).collect(Collectors.joining("; "));
        return header.isEmpty() ? Optional.empty() : Optional.of(header);
    }

    /** Every cookie that has not expired, in the order stored. */
    public synchronized List<Cookie> all() {
        Instant now = clock.instant();
        cookies.removeIf(c -> c.isExpired(now));
        return List.copyOf(cookies);
    }

    /** Adds a cookie, or replaces the one with the same name, domain and path (for the cookie manager). */
    public void put(Cookie cookie) {
        synchronized (this) {
            cookies.removeIf(c -> c.sameIdentity(cookie));
            cookies.add(cookie);
        }
        listeners.forEach(Runnable::run);
    }

    /** Removes the cookie with this cookie's name, domain and path. */
    public void remove(Cookie cookie) {
        boolean removed;
        synchronized (this) {
            removed = cookies.removeIf(c -> c.sameIdentity(cookie));
        }
        if (removed) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Removes every cookie. */
    public void clear() {
        synchronized (this) {
            cookies.clear();
        }
        listeners.forEach(Runnable::run);
    }

    /** Replaces the contents without telling listeners (loading from disk). */
    public synchronized void load(Collection<Cookie> stored) {
        cookies.clear();
        cookies.addAll(stored);
    }

    /** Runs {@code listener} after each change (on the thread that made it). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** RFC 6265 section 5.1.3: equal, or a subdomain of {@code domain} (never for an IP address). */
    static boolean domainMatches(String host, String domain) {
        return host.equals(domain) || (host.endsWith("." + domain) && !isAddress(host));
    }

    /** RFC 6265 section 5.1.4. */
    static boolean pathMatches(String requestPath, String cookiePath) {
        return requestPath.equals(cookiePath) || (requestPath.startsWith(cookiePath)
                && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/'));
    }

    /** RFC 6265 section 5.1.4: the request path up to, not including, its last '/'; "/" when there is none. */
    static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/")) {
            return "/";
        }
        int last = path.lastIndexOf('/');
        return last == 0 ? "/" : path.substring(0, last);
    }

    private static boolean isPublicSuffix(String domain) {
        return !domain.contains(".") || PUBLIC_SUFFIXES.contains(domain);
    }

    private static boolean isAddress(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }

    private static String host(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
