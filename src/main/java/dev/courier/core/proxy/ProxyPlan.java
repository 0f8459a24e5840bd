package dev.courier.core.proxy;

import dev.courier.core.model.ProxySetting;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where requests go, resolved from a {@link ProxySetting}: one proxy for http URLs, one for https URLs (either may
 * be absent) and the hosts that bypass them. A value, so equal plans can share one HTTP client.
 *
 * @param http   the proxy for {@code http://} URLs
 * @param https  the proxy for {@code https://} URLs (reached with CONNECT)
 * @param bypass hosts reached directly
 */
public record ProxyPlan(Optional<ProxySetting.Manual> http, Optional<ProxySetting.Manual> https, ProxyBypass bypass) {

    public static final ProxyPlan DIRECT = new ProxyPlan(Optional.empty(), Optional.empty(), ProxyBypass.NONE);

    /**
     * The plan for a request's setting: the request's own choice, else the application's; {@link ProxySetting#SYSTEM}
     * reads {@code environment} ({@code http_proxy}, {@code https_proxy}, {@code no_proxy}; lower case first).
     */
    public static ProxyPlan of(ProxySetting request, ProxySetting application, Map<String, String> environment) {
        ProxySetting chosen = request == ProxySetting.APP_DEFAULT ? application : request;
        if (chosen instanceof ProxySetting.Manual manual) {
            return new ProxyPlan(Optional.of(manual), Optional.of(manual), new ProxyBypass(manual.bypass()));
        }
        if (chosen == ProxySetting.SYSTEM) {
            return new ProxyPlan(fromEnvironment(environment, "http_proxy"),
                    fromEnvironment(environment, "https_proxy"), ProxyBypass.parse(variable(environment, "no_proxy")));
        }
        return DIRECT;
    }

    /** The proxy a request to {@code uri} goes through, if any. */
    public Optional<ProxySetting.Manual> proxyFor(URI uri) {
        if (bypass.matches(uri.getHost())) {
            return Optional.empty();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
    }

    /** The {@code Proxy-Authorization} value for a request to {@code uri}, when its proxy has credentials. */
    public Optional<String> authorizationFor(URI uri) {
        return proxyFor(uri).filter(ProxySetting.Manual::hasCredentials).map(p -> "Basic " + Base64.getEncoder()
                .encodeToString((p.username() + ":" + p.password()).getBytes(StandardCharsets.UTF_8)));
    }

    private static Optional<ProxySetting.Manual> fromEnvironment(Map<String, String> environment, String name) {
        String value = variable(environment, name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProxyUrl.parse(value, List.of()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // as curl: a proxy variable it cannot use is skipped
        }
    }

    private static String variable(Map<String, String> environment, String name) {
        String lower = environment.get(name);
        return lower != null ? lower : environment.get(name.toUpperCase(Locale.ROOT));
    }
}
