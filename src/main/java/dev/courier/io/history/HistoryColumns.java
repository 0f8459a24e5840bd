package dev.courier.io.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.io.json.PrettyJson;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Converts what a history row holds: header lists as compact JSON, and the searchable text of bodies. */
final class HistoryColumns {

    /** Body text beyond this many characters is not searched (keeps the index proportionate). */
    static final int SEARCHED_BODY_CHARS = 64 * 1024;

    private HistoryColumns() {
    }

    static String headers(List<Header> headers) {
        ArrayNode array = PrettyJson.MAPPER.createArrayNode();
        for (Header h : headers) {
            array.addArray().add(h.name()).add(h.value()).add(h.enabled());
        }
        return array.toString();
    }

    static List<Header> headers(String json) {
        try {
            List<Header> headers = new ArrayList<>();
            for (JsonNode h : PrettyJson.MAPPER.readTree(json)) {
                headers.add(new Header(h.get(0).asText(), h.get(1).asText(), h.get(2).asBoolean()));
            }
            return headers;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text to search for a request and its response body: the request's text or form, the response as UTF-8. */
    static String searchableText(RequestSpec request, byte[] responseBody) {
        StringBuilder text = new StringBuilder();
        Body body = request.body();
        if (body instanceof Body.Text t) {
            text.append(cut(t.content()));
        } else if (body instanceof Body.Form form) {
            form.fields().forEach(f -> text.append(f.name()).append('=').append(f.value()).append('\n'));
        }
        text.append('\n').append(utf8Text(responseBody));
        return text.toString();
    }

    /** The body as text when it is UTF-8 (binary bodies are not searched), cut to the searched length. */
    static String utf8Text(byte[] bytes) {
        int length = Math.min(bytes.length, SEARCHED_BODY_CHARS * 2);
        while (length < bytes.length && length > 0 && (bytes[length] & 0xC0) == 0x80) {
            length--; // do not cut a multi-byte character in two
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
            return text.indexOf('\0') >= 0 ? "" : cut(text);
        } catch (CharacterCodingException binary) {
            return "";
        }
    }

    private static String cut(String text) {
        return text.length() <= SEARCHED_BODY_CHARS ? text : text.substring(0, SEARCHED_BODY_CHARS);
    }
}
