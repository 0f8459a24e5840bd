package dev.courier.io.curl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * curl's options, loaded from {@code curl-options.txt}, looked up as curl looks them up: long names ignore case
 * and may be shortened to any unambiguous prefix ({@code --data-b}); {@code --no-} turns a flag off and needs the
 * exact name; short letters are single characters.
 */
final class CurlOptionTable {

    /** What the import does with an option. */
    enum Treatment { REQUEST, IGNORE, WARN }

    /** One curl option. */
    record Option(String name, char letter, boolean takesValue, Treatment treatment) {
        /** How a person would write it: {@code -H/--header}. */
        String display() {
            return letter == 0 ? "--" + name : "-" + letter + "/--" + name;
        }
    }

    /** The result of looking up a long option. */
    record LongMatch(Optional<Option> option, boolean negated, boolean ambiguous) {
    }

    private static final CurlOptionTable INSTANCE = load();

    private final List<Option> options;
    private final Map<String, Option> byName = new HashMap<>();
    private final Map<Character, Option> byLetter = new HashMap<>();

    private CurlOptionTable(List<Option> options) {
        this.options = List.copyOf(options);
        for (Option o : options) {
            byName.put(o.name(), o);
            if (o.letter() != 0) {
                byLetter.put(o.letter(), o);
            }
        }
    }

    static CurlOptionTable get() {
        return INSTANCE;
    }

    /** The option with this exact long name, which must exist (for the parser's own references). */
    Option named(String name) {
        Option o = byName.get(name);
        if (o == null) {
            throw new IllegalArgumentException("no curl option --" + name);
        }
        return o;
    }

    /** Every option, in the table's order. */
    List<Option> all() {
        return options;
    }

    Optional<Option> letter(char c) {
        return Optional.ofNullable(byLetter.get(c));
    }

    /** Looks up the text after {@code --}. */
    LongMatch longOption(String word) {
        String name = word.toLowerCase(Locale.ROOT);
        boolean negated = name.startsWith("no-");
        if (negated) {
            Option exact = byName.get(name.substring(3));
            if (exact != null && !exact.takesValue()) {
                return new LongMatch(Optional.of(exact), true, false);
            }
            // curl then looks the whole word up as a name of its own; no option starts with "no-"
        }
        Option exact = byName.get(name);
        if (exact != null) {
            return new LongMatch(Optional.of(exact), false, false);
        }
        List<Option> hits = options.stream().filter(o -> o.name().startsWith(name)).toList();
        if (hits.size() == 1 && !name.isEmpty()) {
            return new LongMatch(Optional.of(hits.get(0)), false, false);
        }
        return new LongMatch(Optional.empty(), false, hits.size() > 1);
    }

    private static CurlOptionTable load() {
        InputStream in = CurlOptionTable.class.getResourceAsStream("curl-options.txt");
        if (in == null) {
            throw new IllegalStateException("curl-options.txt is missing from the class path");
        }
        List<Option> options = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.trim().split("\\s+");
                char letter = cols[1].equals("-") ? 0 : cols[1].charAt(0);
                options.add(new Option(cols[0], letter, cols[2].equals("arg"),
                        Treatment.valueOf(cols[3].toUpperCase(Locale.ROOT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CurlOptionTable(options);
    }
}
