package dev.courier.codegen;

import dev.courier.core.model.RequestSpec;
import java.util.Objects;

/**
 * One language or tool Courier writes code for.
 *
 * @param id          stable id used by the CLI, settings and tests, e.g. {@code python-requests}
 * @param displayName what people read, e.g. "Python — requests"
 * @param language    the syntax-highlighting tag, e.g. {@code python}
 * @param generator   writes the code
 */
public record SnippetTarget(String id, String displayName, String language, SnippetGenerator generator) {

    public SnippetTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generator, "generator");
    }

    /** The snippet that sends {@code spec}, written with {@code options}. */
    public String generate(RequestSpec spec, SnippetOptions options) {
        return generator.generate(SnippetRequest.of(spec, options));
    }
}
