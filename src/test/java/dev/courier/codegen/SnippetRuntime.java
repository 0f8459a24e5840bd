package dev.courier.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * How to run one target's snippet on this machine: the file it is saved as, the commands that build and run it
 * (in the snippet's directory), extra environment, the programs it needs and the cases it can run.
 *
 * @param targetId the snippet target
 * @param fileName what the snippet is saved as
 * @param steps    commands run in order; {@code {file}} stands for the snippet's path
 * @param env      environment added to every step
 * @param needs    checks that must pass for the runtime to be usable, each with what is missing when it fails
 * @param supports the cases this runtime can run
 * @param prepare  work done in the snippet's directory before the steps (e.g. a vendor/autoload.php)
 */
record SnippetRuntime(String targetId, String fileName, List<List<String>> steps, Map<String, String> env,
                      List<Need> needs, Predicate<SnippetCases.Case> supports, Preparation prepare) {

    /** A check for a program or library the runtime needs. */
    record Need(String description, List<String> checkCommand) {
        static Need command(String program) {
            return new Need(program + " on the PATH", List.of("sh", "-c", "command -v " + program));
        }
    }

    /** Prepares a snippet's directory; returns the directory to save the snippet in. */
    @FunctionalInterface
    interface Preparation {
        Path prepare(Path runDirectory) throws IOException, InterruptedException;
    }

    private static final Map<List<String>, Boolean> CHECKED = new ConcurrentHashMap<>();

    /** What is missing on this machine, if anything. */
    Optional<String> missing() {
        for (Need need : needs) {
            if (!CHECKED.computeIfAbsent(need.checkCommand(), SnippetRuntime::succeeds)) {
                return Optional.of(need.description());
            }
        }
        return Optional.empty();
    }

    static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes {@code text} into the directory the preparation gives and returns the file. */
    Path save(Path runDirectory, String text) throws IOException, InterruptedException {
        Path dir = prepare.prepare(runDirectory);
        return Files.writeString(dir.resolve(fileName), text);
    }
}
