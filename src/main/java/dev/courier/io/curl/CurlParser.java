package dev.courier.io.curl;

import dev.courier.core.model.RequestSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports a pasted curl command as the request curl 7.88 would send: same method, URL, headers (including the
 * {@code Accept: *}{@code /*} curl adds) and body bytes. What Courier cannot express is reported as warnings, never
 * as failures; only text that holds no curl command, or a curl command without a URL, is refused.
 *
 * <p>Files named in the command ({@code -d @body.json}, {@code -F file=@photo.png}, {@code -T}) are resolved
 * against the base directory, standing for the directory the command would have run in.
 */
public final class CurlParser {

    private static final Set<String> PROMPTS = Set.of("$", "%", ">", "#", "PS>");
    private static final Set<String> WRAPPERS = Set.of("sudo", "time", "command", "exec", "nohup", "env", "&");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
    private static final Pattern INVOKE_WEB_REQUEST =
            Pattern.compile("(?i)invoke-webrequest|invoke-restmethod|iwr|irm");
    private static final Pattern POWERSHELL_PARAMETER =
            Pattern.compile("(?i)-(uri|usebasicparsing|method|headers|body|contenttype|websession|infile|outfile)");

    private final Path baseDirectory;

    /** A parser that resolves the command's file names against {@code baseDirectory}. */
    public CurlParser(Path baseDirectory) {
        this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
    }

    /**
     * Imports the first curl command in {@code text}, reading it in the dialect {@link ShellDialect#detect}
     * guesses.
     *
     * @throws CurlImportException when the text holds no curl command, or the command has no URL
     */
    public CurlImport parse(String text) throws CurlImportException {
        return parse(ShellTokenizer.tokenize(text));
    }

    /** Imports the first curl command in {@code text}, read in the given dialect. */
    public CurlImport parse(String text, ShellDialect dialect) throws CurlImportException {
        return parse(ShellTokenizer.tokenize(text, dialect));
    }

    private CurlImport parse(ShellScript script) throws CurlImportException {
        List<ShellCommand> commands = script.commands();
        if (commands.isEmpty()) {
            throw new CurlImportException("There is nothing to import: paste a curl command");
        }
        int index = -1;
        for (int i = 0; i < commands.size() && index < 0; i++) {
            if (isCurl(program(commands.get(i)))) {
                index = i;
            }
        }
        if (index < 0) {
            throw notCurl(program(commands.get(0)));
        }
        final int chosen = index;
        ShellCommand command = commands.get(chosen);
        List<String> words = command.words();
        int programAt = words.indexOf(program(command));
        List<String> args = words.subList(programAt + 1, words.size());
        if (args.stream().anyMatch(a -> POWERSHELL_PARAMETER.matcher(a).matches())) {
            throw powerShell();
        }
        List<String> warnings = new ArrayList<>(script.warnings());
        if (commands.size() > 1) {
            Set<String> joiners = new LinkedHashSet<>();
            commands.stream().limit(commands.size() - 1L).forEach(c -> joiners.add(c.endedBy().equals("\n")
                    ? "line breaks" : "'" + c.endedBy() + "'"));
            warnings.add("The text holds " + commands.size() + " commands (joined by " + String.join(", ", joiners)
                    + "); only the " + (chosen == 0 ? "first, " : "") + "curl command was imported");
        }
        Optional<StandardInput> stdin = command.stdin().or(() -> chosen > 0 ? piped(commands.get(chosen - 1))
                : Optional.empty());
        RequestSpec request = request(args, new CurlFiles(baseDirectory, stdin, warnings), warnings);
        return new CurlImport(request, List.copyOf(new LinkedHashSet<>(warnings)));
    }

    private static RequestSpec request(List<String> args, CurlFiles files, List<String> warnings)
            throws CurlImportException {
        CurlDraft draft = new CurlDraft();
        CurlOptionApplier applier = new CurlOptionApplier(draft, files, warnings);
        for (CurlArguments.Use use : new CurlArguments(warnings).parse(args)) {
            if (!applier.apply(use)) {
                break;
            }
        }
        return new CurlRequestAssembler(draft, files, warnings).assemble();
    }

    /** The program a command runs: its first word after prompts, wrappers ({@code sudo}) and variable settings. */
    private static String program(ShellCommand command) {
        for (String word : command.words()) {
            if (!PROMPTS.contains(word) && !WRAPPERS.contains(word) && !ASSIGNMENT.matcher(word).matches()) {
                return word;
            }
        }
        return command.words().get(command.words().size() - 1);
    }

    private static boolean isCurl(String program) {
        String name = program.replaceAll(".*[/\\\\]", "").toLowerCase(Locale.ROOT);
        return name.equals("curl") || name.equals("curl.exe");
    }

    /** {@code echo text | curl -d @- …} and {@code cat file | curl …}: what the pipe feeds curl. */
    private static Optional<StandardInput> piped(ShellCommand previous) {
        if (!previous.endedBy().equals("|")) {
            return Optional.empty();
        }
        List<String> words = previous.words();
        String program = words.get(0);
        if (program.equals("cat") && words.size() == 2) {
            return Optional.of(new StandardInput.File(words.get(1)));
        }
        if (program.equals("echo")) {
            boolean newline = words.size() < 2 || !words.get(1).equals("-n");
            List<String> text = words.subList(newline ? 1 : 2, words.size());
            return Optional.of(new StandardInput.Text(String.join(" ", text) + (newline ? "\n" : "")));
        }
        return Optional.empty();
    }

    private static CurlImportException notCurl(String program) {
        if (INVOKE_WEB_REQUEST.matcher(program).matches()) {
            return powerShell();
        }
        String shown = program.length() > 40 ? program.substring(0, 40) + "…" : program;
        return new CurlImportException("This is not a curl command: it runs \"" + shown + "\"");
    }

    private static CurlImportException powerShell() {
        return new CurlImportException("This is a PowerShell Invoke-WebRequest command, not curl (in Windows "
                + "PowerShell \"curl\" is another name for it); copy the request as cURL instead");
    }
}
