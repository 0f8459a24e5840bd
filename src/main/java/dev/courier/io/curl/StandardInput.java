package dev.courier.io.curl;

/** What a command line feeds to the program's standard input, which curl reads for {@code @-}. */
public sealed interface StandardInput permits StandardInput.Text, StandardInput.File {

    /** Text given in place: a here-document ({@code <<EOF}) or here-string ({@code <<<}). */
    record Text(String text) implements StandardInput {
    }

    /** A file redirected in with {@code < path}, as written (relative paths are relative to the base directory). */
    record File(String path) implements StandardInput {
    }
}
