package dev.courier.core.json;

import java.nio.ByteBuffer;

/**
 * The bytes of a UTF-8 document seen as characters one to one (ISO-8859-1), so that a file of any size can be
 * lexed from a memory-mapped buffer without decoding it into the heap. JSON's syntax is ASCII and multi-byte UTF-8
 * sequences can only appear inside strings, which the formatter copies verbatim; so formatting the byte view and
 * writing it back as ISO-8859-1 reproduces the original bytes exactly.
 */
public final class ByteChars implements CharSequence {

    private final ByteBuffer bytes;

    public ByteChars(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    @Override
    public int length() {
        return bytes.limit();
    }

    @Override
    public char charAt(int index) {
        return (char) (bytes.get(index) & 0xFF);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        char[] chars = new char[end - start];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = charAt(start + i);
        }
        return new String(chars);
    }

    /** Copies bytes [start, end) into {@code target} at {@code offset}, without building strings. */
    public void copyTo(int start, int end, byte[] target, int offset) {
        bytes.get(start, target, offset, end - start);
    }

    @Override
    public String toString() {
        return subSequence(0, length()).toString();
    }

    /**
     * The problem re-located for a person: columns count characters, not bytes (UTF-8 continuation bytes are
     * skipped).
     */
    public JsonProblem locate(JsonProblem problem) {
        int lineStart = problem.offset() - (problem.column() - 1);
        int column = 1;
        for (int i = lineStart; i < problem.offset(); i++) {
            if ((bytes.get(i) & 0xC0) != 0x80) {
                column++;
            }
        }
        return new JsonProblem(problem.severity(), problem.offset(), problem.length(), problem.line(), column,
                problem.message());
    }
}
