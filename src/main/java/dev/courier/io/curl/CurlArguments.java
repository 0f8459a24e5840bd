package dev.courier.io.curl;

import dev.courier.io.curl.CurlOptionTable.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks curl's arguments as curl does: {@code --long} names (unambiguous prefixes allowed), bundled short flags
 * ({@code -sSL}), values attached to a short option ({@code -XPOST}, {@code -d@file}) or in the next word (even
 * when it starts with a dash), {@code --} ending the options, and every other word a URL. Options curl would
 * reject are skipped with a warning, but still consume their value so that it is not mistaken for a URL.
 */
final class CurlArguments {

    /**
     * One option as given.
     *
     * @param option  the option; {@code --url} for a bare URL
     * @param value   its value, or empty for a flag
     * @param enabled false for {@code --no-…}
     */
    record Use(Option option, String value, boolean enabled) {
        String name() {
            return option.name();
        }
    }

    private final CurlOptionTable table = CurlOptionTable.get();
    private final List<String> warnings;

    CurlArguments(List<String> warnings) {
        this.warnings = warnings;
    }

    /** The options and URLs of {@code args} (the words after the program name), in order. */
    List<Use> parse(List<String> args) {
        List<Use> uses = new ArrayList<>();
        Option url = table.named("url");
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            if (optionsEnded || !word.startsWith("-") || word.equals("-")) {
                uses.add(new Use(url, word, true));
            } else if (word.equals("--")) {
                optionsEnded = true;
            } else if (word.startsWith("--")) {
                i = longOption(args, i, uses);
            } else {
                i = shortOptions(args, i, uses);
            }
        }
        return uses;
    }

    private int longOption(List<String> args, int i, List<Use> uses) {
        String spelled = args.get(i);
        String name = spelled.substring(2);
        CurlOptionTable.LongMatch match = table.longOption(name);
        String inlineValue = null;
        int equals = name.indexOf('=');
        if (match.option().isEmpty() && equals > 0) {
            CurlOptionTable.LongMatch left = table.longOption(name.substring(0, equals));
            if (left.option().filter(Option::takesValue).isPresent()) {
                warnings.add("curl does not accept " + spelled.substring(0, equals + 3) + "…; it was read as "
                        + "--" + left.option().get().name() + " followed by its value");
                match = left;
                inlineValue = name.substring(equals + 1);
            }
        }
        if (match.option().isEmpty()) {
            warnings.add(match.ambiguous()
                    ? "curl cannot tell which option " + spelled + " means (it starts several); it was ignored"
                    : "curl has no option " + spelled + "; it was ignored");
            return i;
        }
        Option option = match.option().get();
        if (!option.takesValue()) {
            uses.add(new Use(option, "", !match.negated()));
            return i;
        }
        if (inlineValue != null) {
            uses.add(new Use(option, inlineValue, true));
            return i;
        }
        return withNextValue(args, i, option, uses);
    }

    private int shortOptions(List<String> args, int i, List<Use> uses) {
        String word = args.get(i);
        for (int j = 1; j < word.length(); j++) {
            char letter = word.charAt(j);
            Optional<Option> found = table.letter(letter);
            if (found.isEmpty()) {
                warnings.add("curl has no option -" + letter + "; it was ignored");
                continue;
            }
            Option option = found.get();
            if (!option.takesValue()) {
                uses.add(new Use(option, "", true));
            } else if (j + 1 < word.length()) {
                uses.add(new Use(option, word.substring(j + 1), true));
                return i;
            } else {
                return withNextValue(args, i, option, uses);
            }
        }
        return i;
    }

    private int withNextValue(List<String> args, int i, Option option, List<Use> uses) {
        if (i + 1 >= args.size()) {
            warnings.add("The option " + option.display() + " at the end of the command has no value; it was ignored");
            return i;
        }
        uses.add(new Use(option, args.get(i + 1), true));
        return i + 1;
    }
}
