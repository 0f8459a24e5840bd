package dev.courier.core.json;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of validating a JSON text: the first error, if any, and warnings found before it.
 */
public record JsonCheck(Optional<JsonProblem> error, List<JsonProblem> warnings) {

    public JsonCheck {
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return error.isEmpty();
    }
}
