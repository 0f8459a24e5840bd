package dev.courier.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * Courier's file layout for JSON documents, the same as {@link RequestJson}'s: two-space indent,
 * {@code "key": value}, one array element per line, {@code []} and {@code {}} when empty, LF line ends and a final
 * newline. Key order is the order the tree was built in.
 */
public final class PrettyJson {

    /** The mapper Courier's file formats share (trees only; no class is bound to JSON by reflection). */
    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter PRETTY = MAPPER.writer(printer());

    private PrettyJson() {
    }

    /** The tree as a document ending with a newline. */
    public static String write(JsonNode tree) {
        try {
            return PRETTY.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings, numbers and booleans always serialises
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
