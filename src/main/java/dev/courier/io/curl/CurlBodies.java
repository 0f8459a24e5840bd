package dev.courier.io.curl;

import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the Courier body for the bytes curl would send. The body must encode back to exactly those bytes, so:
 * a form only when re-encoding its fields gives the same text; a file reference when the bytes are one file's
 * unchanged contents sent as such ({@code --data-binary @file}); text otherwise.
 */
final class CurlBodies {

    private CurlBodies() {
    }

    /**
     * The body for data options.
     *
     * @param contentType the Content-Type the request will carry, or empty for none
     */
    static Body fromData(byte[] bytes, List<CurlData.Piece> pieces, String contentType, List<String> warnings) {
        Optional<Path> wholeFile = pieces.size() == 1 ? pieces.get(0).wholeFile() : Optional.empty();
        if (wholeFile.isPresent()) {
            return new Body.Binary(wholeFile.get(), contentType);
        }
        String text = text(bytes, "The request body", warnings);
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Optional<List<Field>> fields = formFields(text);
            if (fields.isPresent()) {
                return new Body.Form(fields.get());
            }
        }
        return new Body.Text(text, textType(type));
    }

    /** The fields of an urlencoded body when encoding them again gives exactly {@code text}. */
    static Optional<List<Field>> formFields(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Field> fields = new ArrayList<>();
        for (String pair : text.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return Optional.empty();
            }
            try {
                fields.add(Field.of(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException malformedEscape) {
                return Optional.empty();
            }
        }
        return BodyEncoder.formUrlEncoded(fields).equals(text) ? Optional.of(fields) : Optional.empty();
    }

    static Body.TextType textType(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return Body.TextType.JSON;
        }
        if (type.contains("xml")) {
            return Body.TextType.XML;
        }
        if (type.contains("html")) {
            return Body.TextType.HTML;
        }
        return Body.TextType.TEXT;
    }

    /** The bytes as UTF-8 text; bytes that are not UTF-8 are replaced, with a warning naming {@code what}. */
    static String text(byte[] bytes, String what, List<String> warnings) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            warnings.add(what + " holds bytes that are not UTF-8 text: Courier sends text as UTF-8, so they were "
                    + "replaced with \uFFFD (use --data-binary @file to send a file's bytes unchanged)");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
