package dev.courier.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every target's snippet, with the default options (secrets masked, long options), for a set of cases, compared
 * with the reviewed expected text in {@code src/test/resources/snippets/<target>/<case>.txt}. This is the only
 * proof for targets that cannot run here (Swift, Dart, Rust, Kotlin, RestSharp, PowerShell, cmd, the
 * browser snippets, the raw HTTP message) and the proof of masking for all. Run with
 * {@code -Dsnippets.writeGolden=true} to write missing files (then review them).
 */
class SnippetGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/snippets");
    private static final String BASE_URL = "https://api.example.com";
    private static final Set<String> CASES = Set.of("get-encoded-query", "custom-method", "repeated-headers",
            "json-specials", "form", "multipart", "binary-body", "bearer", "basic", "api-key-header", "api-key-query",
            "empty-post", "head", "variable-literal");

    @TestFactory
    Stream<DynamicNode> snippetsMatchTheReviewedOnes() {
        SnippetCases cases = new SnippetCases(Path.of("/data/notes.txt"), Path.of("/data/photo.bin"));
        boolean write = Boolean.getBoolean("snippets.writeGolden");
        List<DynamicNode> containers = new ArrayList<>();
        for (SnippetTarget target : SnippetTargets.all()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (SnippetCases.Case c : cases.all()) {
                if (CASES.contains(c.name())) {
                    tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                        String actual = target.generate(c.at(BASE_URL), SnippetOptions.DEFAULTS);
                        Path file = GOLDEN.resolve(target.id()).resolve(c.name() + ".txt");
                        if (write && !Files.exists(file)) {
                            Files.createDirectories(file.getParent());
                            Files.writeString(file, actual, StandardCharsets.UTF_8);
                        }
                        assertThat(actual).isEqualTo(read(file));
                    }));
                }
            }
            containers.add(DynamicContainer.dynamicContainer(target.id(), tests));
        }
        return containers.stream();
    }

    private static String read(Path file) throws IOException {
        assertThat(file).as("expected snippet (write it with -Dsnippets.writeGolden=true, then review)").exists();
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
