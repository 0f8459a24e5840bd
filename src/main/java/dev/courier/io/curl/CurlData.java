package dev.courier.io.curl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The data options ({@code -d}, {@code --data-ascii}, {@code --data-binary}, {@code --data-raw},
 * {@code --data-urlencode}, {@code --json}) turned into the bytes curl 7.88 sends, following its quirks: a
 * {@code -d @file} loses every CR and LF (and anything after a NUL or a lone CR on the same line), while
 * {@code --data-binary}, {@code --json} and {@code --data-urlencode} read files unchanged; pieces are joined with
 * {@code &}, except that a {@code --json} piece is appended directly.
 */
final class CurlData {

    /** Which data option gave a piece. */
    enum Kind { DATA, BINARY, RAW, URLENCODE, JSON }

    /**
     * One data option's contribution.
     *
     * @param wholeFile the file whose unchanged contents these bytes are ({@code --data-binary @file}), if any
     */
    record Piece(Kind kind, byte[] bytes, Optional<Path> wholeFile) {
    }

    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private CurlData() {
    }

    /** Reads one option's value; {@code spelled} is how the option was written, for warnings. */
    static Piece read(Kind kind, String value, CurlFiles files, String spelled) {
        if (kind == Kind.URLENCODE) {
            return new Piece(kind, urlEncodeArgument(value, files, spelled), Optional.empty());
        }
        if (kind == Kind.RAW || !value.startsWith("@")) {
            return new Piece(kind, value.getBytes(StandardCharsets.UTF_8), Optional.empty());
        }
        String name = value.substring(1);
        Optional<byte[]> contents = files.read(name, spelled + " " + value);
        if (contents.isEmpty()) {
            return new Piece(kind, new byte[0], Optional.empty());
        }
        if (kind == Kind.DATA) {
            return new Piece(kind, stripLineBreaks(contents.get()), Optional.empty());
        }
        Optional<Path> whole = kind == Kind.BINARY && !name.equals("-") ? files.resolve(name) : Optional.empty();
        return new Piece(kind, contents.get(), whole);
    }

    /** The pieces as curl joins them. */
    static byte[] join(List<Piece> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (i > 0 && piece.kind() != Kind.JSON) {
                out.write('&');
            }
            out.writeBytes(piece.bytes());
        }
        return out.toByteArray();
    }

    /**
     * {@code --data-urlencode} forms: {@code content}, {@code =content}, {@code name=content}, {@code @file},
     * {@code name@file}. The first {@code =} wins; only without one does {@code @} name a file.
     */
    static byte[] urlEncodeArgument(String value, CurlFiles files, String spelled) {
        int equals = value.indexOf('=');
        int at = equals < 0 ? value.indexOf('@') : -1;
        String name;
        byte[] content;
        if (equals >= 0) {
            name = value.substring(0, equals);
            content = value.substring(equals + 1).getBytes(StandardCharsets.UTF_8);
        } else if (at >= 0) {
            name = value.substring(0, at);
            Optional<byte[]> read = files.read(value.substring(at + 1), spelled + " " + value);
            if (read.isEmpty()) {
                return new byte[0]; // curl drops the whole piece, name included
            }
            content = read.get();
        } else {
            name = "";
            content = value.getBytes(StandardCharsets.UTF_8);
        }
        String encoded = urlEncode(content);
        return (name.isEmpty() ? encoded : name + "=" + encoded).getBytes(StandardCharsets.UTF_8);
    }

    /** curl's form encoding: unreserved characters kept, space as {@code +}, every other byte as {@code %XX}. */
    static String urlEncode(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 128 && UNRESERVED.indexOf(c) >= 0) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /**
     * What curl 7.88 makes of a {@code -d @file}: it reads lines with {@code fgets} into a 256-byte buffer and cuts
     * each chunk at its first NUL, CR or LF.
     */
    static byte[] stripLineBreaks(byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length);
        int start = 0;
        while (start < contents.length) {
            int end = start;
            while (end < contents.length && end - start < 255) {
                end++;
                if (contents[end - 1] == '\n') {
                    break;
                }
            }
            int cut = start;
            while (cut < end && contents[cut] != 0 && contents[cut] != '\r' && contents[cut] != '\n') {
                cut++;
            }
            out.write(contents, start, cut - start);
            start = end;
        }
        return out.toByteArray();
    }
}
