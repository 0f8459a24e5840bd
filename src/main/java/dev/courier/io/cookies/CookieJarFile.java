package dev.courier.io.cookies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.core.cookies.Cookie;
import dev.courier.io.file.AtomicFiles;
import dev.courier.io.json.PrettyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One cookie jar on disk: {@code {"format": 1, "cookies": [...]}}, pretty-printed, written atomically. A file that
 * cannot be read is reported with its line and column.
 */
final class CookieJarFile {

    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = PrettyJson.MAPPER;

    private CookieJarFile() {
    }

    static List<Cookie> read(Path file) throws IOException, CookieFileException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new CookieFileException(file + ": not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT
                || !root.path("cookies").isArray()) {
            throw new CookieFileException(file + ": not a Courier cookie file (format " + FORMAT + ")");
        }
        List<Cookie> cookies = new ArrayList<>();
        for (JsonNode c : root.get("cookies")) {
            try {
                JsonNode expires = c.path("expires");
                cookies.add(new Cookie(c.get("name").textValue(), c.get("value").textValue(),
                        c.get("domain").textValue(), c.get("hostOnly").booleanValue(), c.get("path").textValue(),
                        expires.isTextual() ? Optional.of(Instant.parse(expires.textValue())) : Optional.empty(),
                        c.get("secure").booleanValue(), c.get("httpOnly").booleanValue(),
                        c.get("sameSite").textValue(), Instant.parse(c.get("created").textValue()),
                        Instant.parse(c.get("lastAccess").textValue())));
            } catch (NullPointerException | DateTimeException e) {
                throw new CookieFileException(file + ": cookie " + cookies.size() + " is incomplete or has a bad "
                        + "date");
            }
        }
        return cookies;
    }

    static void write(Path file, List<Cookie> cookies) throws IOException {
        ObjectNode root = MAPPER.createObjectNode().put("format", FORMAT);
        ArrayNode list = root.putArray("cookies");
        for (Cookie c : cookies) {
            ObjectNode node = list.addObject().put("name", c.name()).put("value", c.value())
                    .put("domain", c.domain()).put("hostOnly", c.hostOnly()).put("path", c.path());
            if (c.expires().isPresent()) {
                node.put("expires", c.expires().get().toString());
            } else {
                node.putNull("expires");
            }
            node.put("secure", c.secure()).put("httpOnly", c.httpOnly()).put("sameSite", c.sameSite())
                    .put("created", c.created().toString()).put("lastAccess", c.lastAccess().toString());
        }
        AtomicFiles.writeString(file, PrettyJson.write(root));
    }
}
