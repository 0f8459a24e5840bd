package dev.courier.core.body;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidJsonException;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.courier.core.Units;
import dev.courier.core.json.JsonFormatException;
import dev.courier.core.json.JsonFormatter;
import dev.courier.core.model.ResponseBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * Filters a JSON body with a JSONPath expression ({@code $.items[?(@.price > 10)].name}), using Jayway JsonPath over
 * Jackson trees with exact decimals, so numbers come out as they were sent. The body is parsed whole, so bodies
 * above {@link #MAX_BODY_BYTES} are refused with a readable message.
 */
public final class JsonPathFilter {

    /** The largest body filtered: its tree takes several times its size in memory. */
    public static final long MAX_BODY_BYTES = 32L << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES) // 12.990 stays 12.990
            .build();
    private static final Configuration JACKSON = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider(MAPPER))
            .mappingProvider(new JacksonMappingProvider(MAPPER))
            .build();

    private JsonPathFilter() {
    }

    /** Applies {@code expression} to {@code body}, decoded with {@code charset}. Runs off the UI thread. */
    public static JsonPathResult apply(ResponseBody body, Charset charset, String expression) throws IOException {
        if (body.size() > MAX_BODY_BYTES) {
            return new JsonPathResult.Refused(JsonPathResult.Reason.TOO_LARGE, "JSONPath filters bodies up to "
                    + Units.bytes(MAX_BODY_BYTES) + "; this one is " + Units.bytes(body.size()));
        }
        JsonPath path;
        try {
            path = JsonPath.compile(expression.strip());
        } catch (InvalidPathException | IllegalArgumentException e) {
            return new JsonPathResult.Refused(JsonPathResult.Reason.BAD_EXPRESSION,
                    "Invalid JSONPath expression: " + e.getMessage());
        }
        try (InputStream in = body.openStream()) {
            Object value = JsonPath.using(JACKSON).parse(in, charset.name()).read(path);
            // Functions such as length() answer plain Java values rather than nodes.
            JsonNode selected = value instanceof JsonNode node ? node : MAPPER.valueToTree(value);
            int matches = path.isDefinite() ? 1 : selected.size();
            if (matches == 0) {
                return new JsonPathResult.Refused(JsonPathResult.Reason.NO_MATCH, "No match for " + expression.strip());
            }
            return new JsonPathResult.Matched(JsonFormatter.pretty(MAPPER.writeValueAsString(selected)), matches);
        } catch (PathNotFoundException e) {
            return new JsonPathResult.Refused(JsonPathResult.Reason.NO_MATCH, "No match for " + expression.strip());
        } catch (InvalidJsonException e) {
            String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            return new JsonPathResult.Refused(JsonPathResult.Reason.NOT_JSON, "The body is not valid JSON: "
                    + reason.lines().findFirst().orElse(reason));
        } catch (InvalidPathException e) {
            return new JsonPathResult.Refused(JsonPathResult.Reason.BAD_EXPRESSION,
                    "Invalid JSONPath expression: " + e.getMessage());
        } catch (JsonFormatException e) {
            throw new IllegalStateException("Jackson wrote JSON the formatter refuses", e);
        }
    }
}
