package dev.courier.core.body;

/** What {@link JsonPathFilter} made of an expression: the matching JSON, or why there is none. */
public sealed interface JsonPathResult permits JsonPathResult.Matched, JsonPathResult.Refused {

    /**
     * The selected JSON, pretty-printed.
     *
     * @param json    a single value for a definite path, an array of the matches otherwise
     * @param matches how many values were selected
     */
    record Matched(String json, int matches) implements JsonPathResult {
    }

    /** Why nothing could be selected, in a sentence for the user. */
    record Refused(Reason reason, String message) implements JsonPathResult {
    }

    /** Kinds of refusal, for the UI to style. */
    enum Reason { TOO_LARGE, NOT_JSON, BAD_EXPRESSION, NO_MATCH }
}
