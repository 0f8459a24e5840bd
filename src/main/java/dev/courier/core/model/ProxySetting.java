package dev.courier.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Which proxy a request goes through. The application has one preference ({@link #NONE}, {@link #SYSTEM} or a
 * {@link Manual} proxy); a request may override it or keep {@link #APP_DEFAULT}.
 */
public sealed interface ProxySetting {

    /** Use the application's preference (requests only). */
    ProxySetting APP_DEFAULT = new UseAppDefault();
    /** Connect directly. */
    ProxySetting NONE = new NoProxy();
    /** Use {@code http_proxy}, {@code https_proxy} and {@code no_proxy} (or their upper-case forms). */
    ProxySetting SYSTEM = new SystemProxy();

    /** See {@link #APP_DEFAULT}. */
    record UseAppDefault() implements ProxySetting {
    }

    /** See {@link #NONE}. */
    record NoProxy() implements ProxySetting {
    }

    /** See {@link #SYSTEM}. */
    record SystemProxy() implements ProxySetting {
    }

    /**
     * An HTTP proxy given by hand.
     *
     * @param host     the proxy's host name or address
     * @param port     the proxy's port
     * @param username for Basic proxy authentication; empty for none
     * @param password for Basic proxy authentication
     * @param bypass   hosts reached directly: {@code example.com} (and its subdomains), {@code *.example.com},
     *                 {@code .example.com}, an address, a CIDR block such as {@code 10.0.0.0/8}, or {@code *}
     */
    record Manual(String host, int port, String username, String password, List<String> bypass)
            implements ProxySetting {

        public Manual {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
            bypass = List.copyOf(bypass);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("proxy port out of range (1-65535): " + port);
            }
        }

        public static Manual of(String host, int port) {
            return new Manual(host, port, "", "", List.of());
        }

        public boolean hasCredentials() {
            return !username.isEmpty();
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "Manual[" + host + ":" + port + (hasCredentials() ? ", user " + username + ", password ***" : "")
                    + ", bypass " + bypass + "]";
        }
    }
}
