package dev.courier.core.vars;

import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Resolves {@code {{name}}} references against ordered scopes, innermost first (request, folders from the innermost
 * out, collection, active environment, global), then the {@link DynamicValues dynamic values}. The first scope with
 * an enabled variable of that name gives the value (a secret whose value is not at hand does not count, so the
 * search goes on outwards). Values may refer to other variables; those are resolved too, up to {@link #MAX_DEPTH}
 * levels, and a reference that leads back to itself is left unresolved. Immutable and thread-safe.
 */
public final class VariableResolver {

    /** How deep values may refer to values. */
    public static final int MAX_DEPTH = 16;

    private final List<VariableScope> scopes;
    private final DynamicValues dynamic;

    /** A resolver over {@code scopes}, innermost first. */
    public VariableResolver(List<VariableScope> scopes, DynamicValues dynamic) {
        this.scopes = List.copyOf(scopes);
        this.dynamic = Objects.requireNonNull(dynamic, "dynamic");
    }

    /** The scopes searched, innermost first. */
    public List<VariableScope> scopes() {
        return scopes;
    }

    /** This resolver with {@code scope} searched before all others (e.g. values given on the command line). */
    public VariableResolver withInnermost(VariableScope scope) {
        List<VariableScope> all = new ArrayList<>();
        all.add(scope);
        all.addAll(scopes);
        return new VariableResolver(all, dynamic);
    }

    /** The request with every reference replaced, the unresolved names and the secret values put in. */
    public Resolution<RequestSpec> resolve(RequestSpec request) {
        Pass pass = new Pass();
        RequestSpec resolved = RequestSubstitution.apply(request, pass::text);
        return pass.result(resolved);
    }

    /** The text with every reference replaced (a header value, a URL...). */
    public Resolution<String> resolveText(String text) {
        Pass pass = new Pass();
        String resolved = pass.text(text);
        return pass.result(resolved);
    }

    /** What {@code name} means here; empty when nothing gives it a value. Dynamic names give a fresh sample. */
    public Optional<Lookup> lookup(String name) {
        Pass pass = new Pass();
        Optional<Found> found = find(name);
        String value = pass.value(name, new ArrayDeque<>());
        if (value == null) {
            return Optional.empty();
        }
        boolean secret = !pass.secrets.isEmpty() || found.map(f -> f.variable().secret()).orElse(false);
        return Optional.of(found.map(f -> new Lookup(name, value, f.scope().label(), f.scope().kind(), secret))
                .orElseGet(() -> new Lookup(name, value, "dynamic", VariableScope.Kind.DYNAMIC, secret)));
    }

    /** Every name visible here, for completion: enabled variables of all scopes and the dynamic names, sorted. */
    public List<String> names() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(String::compareTo));
        for (VariableScope scope : scopes) {
            for (Variable v : scope.variables()) {
                if (v.enabled() && !v.name().isBlank()) {
                    names.add(v.name());
                }
            }
        }
        names.addAll(DynamicValues.NAMES);
        return List.copyOf(names);
    }

    private Optional<Found> find(String name) {
        for (VariableScope scope : scopes) {
            Optional<Variable> variable = scope.find(name);
            if (variable.isPresent()) {
                return Optional.of(new Found(scope, variable.get()));
            }
        }
        return Optional.empty();
    }

    private record Found(VariableScope scope, Variable variable) {
    }

    /** One resolution: collects unresolved names in order and the secret values used. */
    private final class Pass {
        private final Set<String> unresolved = new LinkedHashSet<>();
        private final Set<String> secrets = new LinkedHashSet<>();

        String text(String input) {
            return text(input, new ArrayDeque<>());
        }

        private String text(String input, Deque<String> resolving) {
            if (!input.contains("{{")) {
                return input;
            }
            Matcher m = VariableReference.PATTERN.matcher(input);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = value(m.group(1), resolving);
                if (value == null) {
                    unresolved.add(m.group(1));
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** The value of {@code name}, or null; {@code resolving} holds the names being resolved around it. */
        String value(String name, Deque<String> resolving) {
            if (resolving.contains(name) || resolving.size() >= MAX_DEPTH) {
                return null;
            }
            Optional<Found> found = find(name);
            if (found.isPresent()) {
                resolving.push(name);
                String value = text(found.get().variable().value(), resolving);
                resolving.pop();
                if (found.get().variable().secret()) {
                    secret(value);
                }
                return value;
            }
            Optional<String> generated = dynamic.value(name);
            if (generated.isPresent() && DynamicValues.isEnvironmentReference(name)) {
                secret(generated.get()); // an environment variable is how CI hands over tokens
            }
            return generated.orElse(null);
        }

        private void secret(String value) {
            if (!value.isEmpty()) {
                secrets.add(value);
            }
        }

        <T> Resolution<T> result(T value) {
            return new Resolution<>(value, new ArrayList<>(unresolved), secrets);
        }
    }
}
