package dev.courier.core.model;

import java.util.Objects;

/** How a request authenticates; applied when it is sent, producing a header or a query parameter. */
public sealed interface Auth permits Auth.None, Auth.Bearer, Auth.Basic, Auth.ApiKey {

    Auth NONE = new None();

    /** No authentication (beyond whatever headers the user typed). */
    record None() implements Auth {
    }

    /** {@code Authorization: Bearer <token>}. */
    record Bearer(String token) implements Auth {
        public Bearer {
            Objects.requireNonNull(token, "token");
        }
    }

    /** {@code Authorization: Basic base64(username:password)} (RFC 7617, UTF-8). */
    record Basic(String username, String password) implements Auth {
        public Basic {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }
    }

    /** A key sent as a header or as a query parameter. */
    record ApiKey(String name, String value, Location location) implements Auth {
        /** Where an API key goes. */
        public enum Location { HEADER, QUERY }

        public ApiKey {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(location, "location");
        }
    }
}
