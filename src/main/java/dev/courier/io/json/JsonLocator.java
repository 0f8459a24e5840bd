package dev.courier.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.courier.io.file.FileProblem;
import java.io.IOException;

/**
 * Finds the line and column of a value named by a path such as {@code items[1].request.headers[0].name}, so that a
 * problem found in the tree is shown where it is in the file. Falls back to the deepest part of the path that
 * exists (a missing key is reported at its object).
 */
public final class JsonLocator {

    private JsonLocator() {
    }

    /** {@code problem} with its line and column filled in, when its path can be found in {@code json}. */
    public static FileProblem locate(String json, FileProblem problem) {
        if (problem.line() > 0 || problem.path().isEmpty()) {
            return problem;
        }
        String target = pointer(problem.path());
        JsonLocation best = null;
        int bestLength = -1;
        try (JsonParser parser = PrettyJson.MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String here = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    here = parser.getParsingContext().getParent() == null ? ""
                            : parser.getParsingContext().getParent().pathAsPointer().toString();
                }
                boolean prefix = target.equals(here) || target.startsWith(here + "/") || here.isEmpty();
                if (prefix && here.length() > bestLength) {
                    best = parser.currentTokenLocation();
                    bestLength = here.length();
                }
            }
        } catch (IOException e) {
            return problem; // the text parsed once already; if it does not now, keep the path alone
        }
        return best == null ? problem
                : new FileProblem(best.getLineNr(), best.getColumnNr(), problem.path(), problem.message());
    }

    /** {@code items[1].request.url} as the JSON pointer {@code /items/1/request/url}. */
    static String pointer(String path) {
        StringBuilder pointer = new StringBuilder();
        for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
