package dev.courier.core.http;

import dev.courier.core.model.ProxySetting;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The application's network preferences, under the per-request settings: the proxy requests use when they keep
 * {@link ProxySetting#APP_DEFAULT}, an extra CA certificate file (PEM) trusted besides the JDK's CAs, and the
 * environment {@link ProxySetting#SYSTEM} reads.
 *
 * @param proxy       {@link ProxySetting#NONE}, {@link ProxySetting#SYSTEM} or a manual proxy
 * @param caFile      a PEM file with one or more CA certificates to trust as well
 * @param environment where {@code http_proxy}, {@code https_proxy} and {@code no_proxy} are looked up
 */
public record NetworkPreferences(ProxySetting proxy, Optional<Path> caFile, Map<String, String> environment) {

    /** Direct connections, the JDK's CAs. */
    public static final NetworkPreferences DIRECT = new NetworkPreferences(ProxySetting.NONE, Optional.empty(),
            Map.of());

    public NetworkPreferences {
        Objects.requireNonNull(proxy, "proxy");
        if (proxy == ProxySetting.APP_DEFAULT) {
            throw new IllegalArgumentException("the application's proxy must be none, system or manual");
        }
        Objects.requireNonNull(caFile, "caFile");
        environment = Map.copyOf(environment);
    }

    /** The system proxy from this process's environment, the JDK's CAs (what the command line uses, as curl). */
    public static NetworkPreferences system() {
        return new NetworkPreferences(ProxySetting.SYSTEM, Optional.empty(), System.getenv());
    }

    public NetworkPreferences withProxy(ProxySetting newProxy) {
        return new NetworkPreferences(newProxy, caFile, environment);
    }

    public NetworkPreferences withCaFile(Optional<Path> file) {
        return new NetworkPreferences(proxy, file, environment);
    }

    public NetworkPreferences withEnvironment(Map<String, String> variables) {
        return new NetworkPreferences(proxy, caFile, variables);
    }
}
