package dev.courier.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A string in a snippet that may contain a masked secret: literal text and secrets in order. Unmasked secrets are
 * folded into the literal text, so a value is either one literal or a mix that each language renders as a
 * concatenation (or a shell word) with an environment lookup.
 */
public record SnippetValue(List<Piece> pieces) {

    /** One run of a value. */
    public sealed interface Piece permits Literal, Hidden {
    }

    /** Text written as it is (quoted for the language). */
    public record Literal(String text) implements Piece {
        public Literal {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A secret the snippet reads from the environment or shows as a placeholder. */
    public record Hidden(Secret secret) implements Piece {
        public Hidden {
            Objects.requireNonNull(secret, "secret");
        }
    }

    public SnippetValue {
        pieces = merge(pieces);
    }

    public static SnippetValue of(String text) {
        return new SnippetValue(List.of(new Literal(text)));
    }

    /** {@code prefix} followed by a secret: hidden when masking, else its real value. */
    public static SnippetValue withSecret(String prefix, Secret secret, String value, boolean mask) {
        return new SnippetValue(List.of(new Literal(prefix), mask ? new Hidden(secret) : new Literal(value)));
    }

    /** Whether no secret is hidden in it. */
    public boolean isLiteral() {
        return pieces.stream().allMatch(p -> p instanceof Literal);
    }

    /** The text of a value without hidden secrets. */
    public String literal() {
        if (!isLiteral()) {
            throw new IllegalStateException("value hides a secret");
        }
        return text(Secret::placeholder);
    }

    /** The text with each hidden secret replaced by what {@code hidden} gives for it. */
    public String text(Function<Secret, String> hidden) {
        return pieces.stream()
                .map(p -> p instanceof Hidden h ? hidden.apply(h.secret()) : ((Literal) p).text())
                .collect(Collectors.joining());
    }

    /**
     * Renders the value as an expression: each literal run quoted by {@code literal}, each secret by {@code hidden},
     * joined by {@code operator} (e.g. {@code " + "}).
     */
    public String expression(Function<String, String> literal, Function<Secret, String> hidden, String operator) {
        return pieces.stream()
                .map(p -> p instanceof Hidden h ? hidden.apply(h.secret()) : literal.apply(((Literal) p).text()))
                .collect(Collectors.joining(operator));
    }

    /** Appends text (literal) to this value. */
    public SnippetValue plus(String text) {
        List<Piece> more = new ArrayList<>(pieces);
        more.add(new Literal(text));
        return new SnippetValue(more);
    }

    /** This value followed by another. */
    public SnippetValue plusValue(SnippetValue more) {
        List<Piece> all = new ArrayList<>(pieces);
        all.addAll(more.pieces());
        return new SnippetValue(all);
    }

    /** Adjacent literals joined, empty literals dropped (an empty value stays one empty literal). */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : pieces) {
            Objects.requireNonNull(piece, "piece");
            if (piece instanceof Literal l && l.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (piece instanceof Literal l && last >= 0 && merged.get(last) instanceof Literal before) {
                merged.set(last, new Literal(before.text() + l.text()));
            } else {
                merged.add(piece);
            }
        }
        if (merged.isEmpty()) {
            merged.add(new Literal(""));
        }
        return List.copyOf(merged);
    }
}
