package dev.courier.ui.environments;

import dev.courier.core.vars.EnvironmentRef;

/** An entry of the environment selector: an environment, or none ({@code ref} null). */
public record EnvironmentChoice(EnvironmentRef ref, String label) {

    public static final EnvironmentChoice NONE = new EnvironmentChoice(null, "No environment");

    public static EnvironmentChoice of(EnvironmentRef ref) {
        return ref == null ? NONE : new EnvironmentChoice(ref, ref.name());
    }

    public boolean isGlobal() {
        return ref != null && ref.source() == EnvironmentRef.Source.GLOBAL;
    }
}
