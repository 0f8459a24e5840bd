package dev.courier.io.curl;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The curl commands of {@code src/test/resources/curl-corpus} (format in its README.md): {@code *.sh} files are
 * POSIX commands; a {@code *.cmd} (Windows cmd) or {@code *.ps1} (PowerShell) file is imported in its dialect and
 * compared with what curl sends for the {@code .sh} file of the same name.
 */
final class CurlCorpus {

    static final String HOST_PLACEHOLDER = "{{HOST}}";
    private static final String EXPECT_WARNING = "# expect-warning:";

    /**
     * One command of the corpus.
     *
     * @param importText       the text given to the parser
     * @param curlText         the POSIX text bash runs with the real curl
     * @param expectedWarnings texts that must each appear in some warning of the import
     */
    record Case(String name, ShellDialect dialect, String importText, String curlText, List<String> expectedWarnings) {
        Case withHost(String host) {
            return new Case(name, dialect, importText.replace(HOST_PLACEHOLDER, host),
                    curlText.replace(HOST_PLACEHOLDER, host), expectedWarnings);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private CurlCorpus() {
    }

    static Path directory() {
        try {
            return Path.of(CurlCorpus.class.getResource("/curl-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every case, in file name order. */
    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
                ShellDialect dialect = switch (extension) {
                    case "sh" -> ShellDialect.POSIX;
                    case "cmd" -> ShellDialect.CMD;
                    case "ps1" -> ShellDialect.POWERSHELL;
                    default -> null;
                };
                if (dialect == null) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Path posix = file.resolveSibling(name.substring(0, dot) + ".sh");
                String curlText = dialect == ShellDialect.POSIX ? text
                        : Files.readString(posix, StandardCharsets.UTF_8);
                List<String> expected = text.lines().filter(l -> l.startsWith(EXPECT_WARNING))
                        .map(l -> l.substring(EXPECT_WARNING.length()).strip()).toList();
                cases.add(new Case(name, dialect, text, curlText, expected));
            }
        }
        return cases;
    }
}
