package dev.courier.core.vars;

import dev.courier.core.model.RequestSpec;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Hides the exact values of secret variables in text that is shown, logged or stored. */
public final class SecretValues {

    /** What a masked value becomes. */
    public static final String MASK = "********";

    private SecretValues() {
    }

    /** {@code text} with every occurrence of each secret value replaced by {@link #MASK}, longest values first. */
    public static String mask(String text, Set<String> secrets) {
        if (secrets.isEmpty() || text.isEmpty()) {
            return text;
        }
        // Longest first, so a secret that contains another is masked whole.
        List<String> ordered = secrets.stream().filter(s -> !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String masked = text;
        for (String secret : ordered) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** The request with every secret value masked wherever it is sent from (URL, auth, headers, body). */
    public static RequestSpec mask(RequestSpec request, Set<String> secrets) {
        return secrets.isEmpty() ? request : RequestSubstitution.apply(request, text -> mask(text, secrets));
    }

    /** Whether any secret value occurs in the parts of the request that are sent. */
    public static boolean carried(RequestSpec request, Set<String> secrets) {
        return !secrets.isEmpty() && !mask(request, secrets).equals(request);
    }
}
