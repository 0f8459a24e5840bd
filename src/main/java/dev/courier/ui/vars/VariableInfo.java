package dev.courier.ui.vars;

import dev.courier.core.vars.Lookup;
import dev.courier.core.vars.VariableReference;
import dev.courier.core.vars.VariableResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the {@code {{variables}}} of a text mean, in words for a tooltip or a hover: each name with its value
 * (masked when secret) and where the value comes from, or that it is unresolved. Pure logic.
 */
public final class VariableInfo {

    /** What a secret value shows as. */
    public static final String MASK = "••••••••";
    /** Values longer than this are cut in a tooltip. */
    static final int MAX_SHOWN = 120;

    /** One referenced name and what it resolves to here (empty: unresolved). */
    public record Entry(String name, Optional<Lookup> lookup) {

        public boolean resolved() {
            return lookup.isPresent();
        }

        /** {@code name = value (source)}, the value masked when secret; {@code name — unresolved}. */
        public String line() {
            return lookup.map(l -> name + " = " + shownValue(l) + " (" + l.source() + ")")
                    .orElse(name + " — unresolved");
        }
    }

    private VariableInfo() {
    }

    /** The names {@code text} refers to, each once, in order of first appearance, with what they mean. */
    public static List<Entry> of(String text, VariableResolver resolver) {
        if (text == null || !text.contains("{{")) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (VariableReference reference : VariableReference.findIn(text)) {
            names.add(reference.name());
        }
        List<Entry> entries = new ArrayList<>(names.size());
        for (String name : names) {
            entries.add(new Entry(name, resolver.lookup(name)));
        }
        return entries;
    }

    /** Whether any of {@code entries} is unresolved. */
    public static boolean anyUnresolved(List<Entry> entries) {
        return entries.stream().anyMatch(e -> !e.resolved());
    }

    /** One line per entry. */
    public static String describe(List<Entry> entries) {
        return String.join("\n", entries.stream().map(Entry::line).toList());
    }

    /** The value as an editor shows it: masked when secret, on one line, cut when long. */
    public static String shownValue(Lookup lookup) {
        if (lookup.secret()) {
            return MASK;
        }
        String value = lookup.value().replace("\r", "").replace('\n', ' ');
        return value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "…" : value;
    }
}
