package dev.courier.io.history;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets before a request is stored in the history: credential headers (Authorization, Proxy-Authorization,
 * Cookie, Set-Cookie, X-Api-Key and any header or query parameter whose name speaks of a token, key, secret,
 * password or session), the auth's token, password or key, and a password in the URL. Bodies are stored as sent.
 */
public final class SecretMasking {

    /** What a masked value becomes. */
    public static final String MASK = "********";

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
        return new RequestSpec(spec.method(), url(spec.url()), headers(spec.headers()), spec.body(),
                auth(spec.auth()), spec.settings());
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
