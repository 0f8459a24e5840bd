package dev.courier.codegen;

/** Writes the code for one target: a pure function of the resolved request. */
@FunctionalInterface
public interface SnippetGenerator {

    /** The complete, runnable snippet for {@code request}. */
    String generate(SnippetRequest request);
}
