package dev.courier.core.model;

import java.util.Objects;

/**
 * A {@code {{name}}} variable of a request, folder, collection, environment or the global scope. A secret
 * variable's value is never written to a shared file (it is written empty, with {@code "secret": true}); the value
 * lives in the user's secret store and is filled in when the file is opened.
 *
 * @param enabled a disabled variable is kept but does not count when resolving
 * @param secret  whether the value is a credential: kept out of files, masked in history, logs and the editors
 */
public record Variable(String name, String value, boolean enabled, boolean secret) {

    public Variable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** An enabled, non-secret variable. */
    public static Variable of(String name, String value) {
        return new Variable(name, value, true, false);
    }

    /** An enabled secret variable. */
    public static Variable secret(String name, String value) {
        return new Variable(name, value, true, true);
    }

    public Variable withName(String newName) {
        return new Variable(newName, value, enabled, secret);
    }

    public Variable withValue(String newValue) {
        return new Variable(name, newValue, enabled, secret);
    }

    public Variable withEnabled(boolean on) {
        return new Variable(name, value, on, secret);
    }

    public Variable withSecret(boolean isSecret) {
        return new Variable(name, value, enabled, isSecret);
    }

    /**
     * Whether this variable gives its name a value when resolving: enabled, and for a secret, its value is at hand
     * (a secret read from a shared file is empty until the secret store fills it).
     */
    public boolean counts() {
        return enabled && !(secret && value.isEmpty());
    }
}
