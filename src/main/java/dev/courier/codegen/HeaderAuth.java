package dev.courier.codegen;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Reads an Authorization header as the request's auth, for snippets that mask secrets. */
public final class HeaderAuth {

    private HeaderAuth() {
    }

    /**
     * Takes a single {@code Authorization: Bearer|Basic} header as the request's auth, so that the secret in it is
     * masked like any other; the bytes sent stay the same.
     */
    public static RequestSpec lift(RequestSpec spec) {
        List<Header> authorization = spec.headers().stream().filter(h -> h.hasName("Authorization")).toList();
        if (authorization.size() != 1) {
            return spec;
        }
        String value = authorization.get(0).value();
        Auth auth = null;
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            auth = new Auth.Bearer(value.substring(7).strip());
        } else if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                byte[] decoded = Base64.getDecoder().decode(value.substring(6).strip());
                String pair = new String(decoded, StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                auth = colon < 0 ? null : new Auth.Basic(pair.substring(0, colon), pair.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                auth = null;
            }
        }
        if (auth == null) {
            return spec;
        }
        List<Header> others = spec.headers().stream().filter(h -> !h.hasName("Authorization")).toList();
        return spec.withHeaders(others).withAuth(auth);
    }
}
