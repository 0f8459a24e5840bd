package dev.courier.io.curl;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bash's {@code $'…'} strings (ANSI-C quoting), as Chrome's "Copy as cURL (bash)" writes them. {@code \xHH} and
 * octal escapes are bytes, so {@code $'\xc3\xa9'} is "é": the text is assembled as bytes and read as UTF-8.
 */
final class AnsiCQuotes {

    private AnsiCQuotes() {
    }

    /**
     * Decodes the string whose content starts at {@code start} (just after {@code $'}).
     *
     * @param end receives the index just after the closing quote
     */
    static String decode(String text, int start, int[] end, List<String> warnings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = start;
        while (i < text.length() && text.charAt(i) != '\'') {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                i = appendChar(text, i, bytes);
                continue;
            }
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'a' -> bytes.write(7);
                case 'b' -> bytes.write(8);
                case 'e', 'E' -> bytes.write(27);
                case 'f' -> bytes.write(12);
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case 't' -> bytes.write('\t');
                case 'v' -> bytes.write(11);
                case '\\', '\'', '"', '?' -> bytes.write(e);
                case 'x' -> i = number(text, i, 16, 2, bytes, false);
                case 'u' -> i = number(text, i, 16, 4, bytes, true);
                case 'U' -> i = number(text, i, 16, 8, bytes, true);
                case 'c' -> {
                    if (i < text.length()) {
                        bytes.write(text.charAt(i) & 0x1f);
                        i++;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        i = number(text, i - 1, 8, 3, bytes, false);
                    } else {
                        bytes.write('\\');
                        i = appendChar(text, i - 1, bytes);
                    }
                }
            }
        }
        if (i >= text.length()) {
            warnings.add("A $'…' string is never closed; it was read to the end");
        }
        end[0] = Math.min(i + 1, text.length());
        return utf8(bytes.toByteArray(), warnings);
    }

    private static int appendChar(String text, int i, ByteArrayOutputStream bytes) {
        int codePoint = text.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        return i + Character.charCount(codePoint);
    }

    /** Reads up to {@code maxDigits} digits; a code point is written as UTF-8, anything else as one byte. */
    private static int number(String text, int i, int radix, int maxDigits, ByteArrayOutputStream bytes,
                              boolean codePoint) {
        int value = 0;
        int digits = 0;
        while (digits < maxDigits && i < text.length() && Character.digit(text.charAt(i), radix) >= 0) {
            value = value * radix + Character.digit(text.charAt(i), radix);
            i++;
            digits++;
        }
        if (digits == 0) {
            bytes.write('\\'); // bash keeps "\x" with no digits as typed
            bytes.write(text.charAt(i - 1));
        } else if (codePoint && Character.isValidCodePoint(value) && !Character.isSurrogate((char) value)) {
            bytes.writeBytes(new String(Character.toChars(value)).getBytes(StandardCharsets.UTF_8));
        } else {
            bytes.write(value & 0xff);
        }
        return i;
    }

    private static String utf8(byte[] bytes, List<String> warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("A $'…' string holds bytes that are not UTF-8 text; they were replaced with \uFFFD");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
