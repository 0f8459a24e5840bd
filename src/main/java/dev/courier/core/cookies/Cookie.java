package dev.courier.core.cookies;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored cookie (RFC 6265 section 5.3).
 *
 * @param name       the cookie's name
 * @param value      the cookie's value, as the server sent it
 * @param domain     the host (host-only cookie) or the domain it applies to, lower case, without a leading dot
 * @param hostOnly   sent only to exactly {@code domain}, not to its subdomains (no Domain attribute was given)
 * @param path       sent for request paths under this one
 * @param expires    when it expires; empty for a session cookie
 * @param secure     sent over https only
 * @param httpOnly   kept as metadata (Courier has no scripts)
 * @param sameSite   the SameSite attribute as given ({@code Strict}, {@code Lax}, {@code None}) or empty; metadata
 * @param created    when it was first stored (kept when the server replaces it); orders cookies of equal path
 * @param lastAccess when it was last stored or sent
 */
public record Cookie(String name, String value, String domain, boolean hostOnly, String path,
                     Optional<Instant> expires, boolean secure, boolean httpOnly, String sameSite, Instant created,
                     Instant lastAccess) {

    public Cookie {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(sameSite, "sameSite");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastAccess, "lastAccess");
    }

    /** Whether it has expired at {@code now}. */
    public boolean isExpired(Instant now) {
        return expires.isPresent() && !expires.get().isAfter(now);
    }

    /** Whether this cookie and {@code other} are the same slot in the jar (same name, domain and path). */
    public boolean sameIdentity(Cookie other) {
        return name.equals(other.name) && domain.equals(other.domain) && path.equals(other.path);
    }

    public Cookie withValue(String newValue) {
        return new Cookie(name, newValue, domain, hostOnly, path, expires, secure, httpOnly, sameSite, created,
                lastAccess);
    }

    Cookie withCreated(Instant time) {
        return new Cookie(name, value, domain, hostOnly, path, expires, secure, httpOnly, sameSite, time, lastAccess);
    }

    Cookie withLastAccess(Instant time) {
        return new Cookie(name, value, domain, hostOnly, path, expires, secure, httpOnly, sameSite, created, time);
    }

    /** Never shows the value, which is often a session secret. */
    @Override
    public String toString() {
        return "Cookie[" + name + " for " + (hostOnly ? "" : ".") + domain + path + "]";
    }
}
