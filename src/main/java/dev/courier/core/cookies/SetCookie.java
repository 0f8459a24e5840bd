package dev.courier.core.cookies;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed {@code Set-Cookie} header (RFC 6265 section 5.2): the name-value pair and the attributes, before the jar
 * decides whether and how to store it.
 *
 * @param name     the cookie's name (never empty)
 * @param value    its value
 * @param expires  from Max-Age when given (it wins), else from Expires; empty for a session cookie
 * @param domain   the Domain attribute without a leading dot, lower case; empty when absent
 * @param path     the Path attribute; empty when absent or not starting with '/'
 * @param secure   the Secure attribute
 * @param httpOnly the HttpOnly attribute
 * @param sameSite the SameSite attribute as given, or empty
 */
public record SetCookie(String name, String value, Optional<Instant> expires, String domain, String path,
                        boolean secure, boolean httpOnly, String sameSite) {

    /** Parses one header value received at {@code now}; empty when the header holds no cookie. */
    public static Optional<SetCookie> parse(String header, Instant now) {
        String[] pieces = header.split(";", -1);
        int equals = pieces[0].indexOf('=');
        if (equals < 0) {
            return Optional.empty();
        }
        String name = pieces[0].substring(0, equals).strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String value = pieces[0].substring(equals + 1).strip();
        Optional<Instant> expires = Optional.empty();
        Optional<Instant> maxAge = Optional.empty();
        String domain = "";
        String path = "";
        boolean secure = false;
        boolean httpOnly = false;
        String sameSite = "";
        for (int i = 1; i < pieces.length; i++) {
            int eq = pieces[i].indexOf('=');
            String key = (eq < 0 ? pieces[i] : pieces[i].substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            String arg = eq < 0 ? "" : pieces[i].substring(eq + 1).strip();
            switch (key) {
                case "expires" -> {
                    Optional<Instant> date = CookieDates.parse(arg);
                    expires = date.isPresent() ? date : expires; // an unreadable date is ignored
                }
                case "max-age" -> {
                    Optional<Instant> until = maxAge(arg, now);
                    maxAge = until.isPresent() ? until : maxAge;
                }
                case "domain" -> domain = arg.isEmpty() ? domain
                        : (arg.startsWith(".") ? arg.substring(1) : arg).toLowerCase(Locale.ROOT);
                case "path" -> path = arg.startsWith("/") ? arg : "";
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "samesite" -> sameSite = arg;
                default -> {
                    // unknown attributes are ignored (RFC 6265 section 5.2)
                }
            }
        }
        return Optional.of(new SetCookie(name, value, maxAge.isPresent() ? maxAge : expires, domain, path, secure,
                httpOnly, sameSite));
    }

    /** Max-Age in seconds; zero or less means "already expired". Not a number: the attribute is ignored. */
    private static Optional<Instant> maxAge(String arg, Instant now) {
        if (!arg.matches("-?\\d+")) {
            return Optional.empty();
        }
        if (arg.startsWith("-") || arg.matches("0+")) {
            return Optional.of(Instant.EPOCH);
        }
        long seconds = arg.length() > 15 ? Long.MAX_VALUE / 2 : Long.parseLong(arg);
        Duration left = Duration.ofSeconds(Math.min(seconds, Duration.between(now, Instant.MAX).getSeconds()));
        return Optional.of(now.plus(left));
    }
}
