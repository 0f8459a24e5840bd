package dev.courier.core.json;

/** Kinds of token the {@link JsonLexer} reports. */
public enum JsonTokenType {
    BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, COLON, COMMA,
    STRING, NUMBER, TRUE, FALSE, NULL,
    /** A {@code {{name}}} template variable standing where a value (or inside a string) would. */
    VARIABLE,
    /** Text that is not JSON; {@link JsonLexer#error()} says why. */
    ERROR,
    EOF;

    public boolean isValue() {
        return this == STRING || this == NUMBER || this == TRUE || this == FALSE || this == NULL || this == VARIABLE;
    }
}
