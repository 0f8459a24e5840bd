package dev.courier.io.history;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.url.PercentCoding;
import dev.courier.core.vars.SecretValues;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets before a request is stored in the history: credential headers (Authorization, Proxy-Authorization,
 * Cookie, Set-Cookie, X-Api-Key and any header or query parameter whose name speaks of a token, key, secret,
 * password or session), the auth's token, password or key, a password in the URL, and the exact values of secret
 * variables wherever they appear in the URL, headers, auth or body. Response bodies are stored as received.
 */
public final class SecretMasking {

    /** What a masked value becomes. */
    public static final String MASK = SecretValues.MASK;

    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "api-key", "apikey", "x-auth", "x-amz-security-token");
    private static final Pattern SECRET_WORDS =
            Pattern.compile("token|secret|password|passwd|api[-_]?key|session|signature|credential");
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:?#]*):[^/@?#]*@");
    private static final Pattern QUERY_PARAM = Pattern.compile("([?&])([^=&#]+)=([^&#]*)");

    private SecretMasking() {
    }

    /** Whether a header (or query parameter) of this name carries a secret. */
    public static boolean isSecretName(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return CREDENTIAL_HEADERS.contains(lower) || SECRET_WORDS.matcher(lower).find();
    }

    /** The headers with secret values masked; an Authorization header keeps its scheme ({@code Bearer ********}). */
    public static List<Header> headers(List<Header> headers) {
        List<Header> masked = new ArrayList<>(headers.size());
        for (Header h : headers) {
            masked.add(isSecretName(h.name()) ? new Header(h.name(), maskValue(h), h.enabled()) : h);
        }
        return masked;
    }

    /** The request with secret headers, auth secrets and URL secrets masked. */
    public static RequestSpec request(RequestSpec spec) {
        return request(spec, Set.of());
    }

    /** The request with secret headers, auth secrets, URL secrets and the given secret values masked. */
    public static RequestSpec request(RequestSpec spec, Set<String> secretValues) {
        RequestSpec masked = SecretValues.mask(spec, variants(secretValues));
        masked = masked.withUrl(url(masked.url())).withHeaders(headers(masked.headers())).withAuth(auth(masked.auth()));
        // a disabled row is not in the URL, but it is stored: a key typed there is masked too
        return masked.withQueryParams(masked.queryParams().stream()
                .map(p -> p.enabled() || !isSecretName(p.name()) ? p : p.withText(p.name() + "=" + MASK)).toList());
    }

    /** {@code text} (a URL as sent, a header value) with the secret values masked, also where URL-encoded. */
    public static String text(String text, Set<String> secretValues) {
        return SecretValues.mask(text, variants(secretValues));
    }

    /** The headers with secret names and secret values masked. */
    public static List<Header> headers(List<Header> headers, Set<String> secretValues) {
        List<Header> masked = new ArrayList<>(headers.size());
        for (Header h : headers(headers)) {
            masked.add(new Header(text(h.name(), secretValues), text(h.value(), secretValues), h.enabled()));
        }
        return masked;
    }

    /** Each value as typed and as it reads once percent-encoded in a URL (the engine encodes what must be). */
    private static Set<String> variants(Set<String> secretValues) {
        Set<String> all = new HashSet<>(secretValues);
        for (String value : secretValues) {
            all.add(PercentCoding.encodeQueryComponent(value));
            all.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        all.remove("");
        return all;
    }

    /** The URL with a password in it and secret-named query parameter values masked. */
    public static String url(String url) {
        String withoutPassword = USER_INFO.matcher(url).replaceFirst("$1:" + MASK + "@");
        Matcher m = QUERY_PARAM.matcher(withoutPassword);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = isSecretName(m.group(2)) ? m.group(1) + m.group(2) + "=" + MASK : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code secretValues} and the token, password or key of {@code auth}, to mask wherever they were sent. */
    static Set<String> withAuthSecret(Set<String> secretValues, Auth auth) {
        String secret = auth instanceof Auth.Bearer bearer ? bearer.token()
                : auth instanceof Auth.Basic basic ? basic.password()
                : auth instanceof Auth.ApiKey key ? key.value() : "";
        if (secret.strip().length() < 4) {
            return secretValues; // masking every "a" of a one-letter password would garble the entry, not hide it
        }
        Set<String> all = new HashSet<>(secretValues);
        all.add(secret);
        return all;
    }

    private static Auth auth(Auth auth) {
        if (auth instanceof Auth.Bearer) {
            return new Auth.Bearer(MASK);
        }
        if (auth instanceof Auth.Basic basic) {
            return new Auth.Basic(basic.username(), MASK);
        }
        if (auth instanceof Auth.ApiKey key) {
            return new Auth.ApiKey(key.name(), MASK, key.location());
        }
        return auth;
    }

    private static String maskValue(Header header) {
        String value = header.value().strip();
        int space = value.indexOf(' ');
        boolean hasScheme = header.hasName("Authorization") || header.hasName("Proxy-Authorization");
        return hasScheme && space > 0 ? value.substring(0, space) + " " + MASK : MASK;
    }
}
