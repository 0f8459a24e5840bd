package dev.courier.ui.response;

import dev.courier.core.cookies.SetCookie;
import dev.courier.core.model.Header;
import dev.courier.core.model.Hop;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One cookie a response set, as the Cookies tab lists it.
 *
 * @param expires "Session", "Expired" or the date in UTC
 * @param flags   "Secure, HttpOnly, SameSite=Lax" (what applies)
 */
public record CookieRow(String name, String value, String domain, String path, String expires, String flags) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The Set-Cookie headers of every hop, in order (a redirect may set cookies too). */
    public static List<CookieRow> of(List<Hop> hops, Instant received) {
        List<CookieRow> rows = new ArrayList<>();
        for (Hop hop : hops) {
            for (Header header : hop.headers()) {
                if (header.hasName("set-cookie")) {
                    SetCookie.parse(header.value(), received).ifPresent(c -> rows.add(row(c, hop, received)));
                }
            }
        }
        return rows;
    }

    private static CookieRow row(SetCookie cookie, Hop hop, Instant received) {
        String expires = cookie.expires().map(at -> at.isAfter(received) ? DATE.format(at) : "Expired")
                .orElse("Session");
        List<String> flags = new ArrayList<>();
        if (cookie.secure()) {
            flags.add("Secure");
        }
        if (cookie.httpOnly()) {
            flags.add("HttpOnly");
        }
        if (!cookie.sameSite().isEmpty()) {
            flags.add("SameSite=" + cookie.sameSite());
        }
        String domain = cookie.domain().isEmpty() ? hop.request().uri().getHost() : cookie.domain();
        return new CookieRow(cookie.name(), cookie.value(), domain, cookie.path().isEmpty() ? "/" : cookie.path(),
                expires, String.join(", ", flags));
    }
}
