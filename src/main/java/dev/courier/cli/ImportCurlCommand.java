package dev.courier.cli;

import dev.courier.io.curl.CurlImport;
import dev.courier.io.curl.CurlImportException;
import dev.courier.io.curl.CurlParser;
import dev.courier.io.json.RequestJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code courier import curl 'curl …'}: prints the request as Courier JSON on stdout and each warning as
 * {@code warning: …} on stderr. Exit 0; 2 when the text is not a curl command (one line on stderr).
 */
@Command(name = "curl", mixinStandardHelpOptions = true,
        description = {"Import a curl command as the request curl would send, printed as Courier JSON.",
                "Warnings (what Courier cannot import or sends differently) go to standard error.",
                "Exit code 0 when imported, 2 when the text is not a curl command."})
final class ImportCurlCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Resolve files the command names (@file, -F a=@file, -T file) against DIR "
                    + "(default: the current directory)")
    private Path directory;

    @Parameters(arity = "1..*", paramLabel = "COMMAND",
            description = {"The curl command as one quoted argument, or - to read it from standard input.",
                    "Several arguments are taken as the command's words, already split by your shell",
                    "(the leading curl may be left out after --)."})
    private List<String> command = new ArrayList<>();

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    ImportCurlCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            CurlImport imported = importCurl(command, directory, in, err);
            out.print(RequestJson.write(imported.request()));
            out.flush();
            return Cli.OK;
        } catch (CurlImportException e) {
            err.println("courier: " + e.getMessage());
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("courier: cannot read the command from standard input: " + e.getMessage());
            return Cli.USAGE;
        }
    }

    /**
     * Imports the command given as words on the command line, printing the warnings on {@code err}; shared with
     * {@code send --curl}.
     */
    static CurlImport importCurl(List<String> words, Path directory, InputStream in, PrintStream err)
            throws CurlImportException, IOException {
        String text = words.size() == 1 && words.get(0).equals("-")
                ? new String(in.readAllBytes(), StandardCharsets.UTF_8)
                : words.size() == 1 ? words.get(0) : posixJoin(words);
        Path base = directory != null ? directory : Path.of("").toAbsolutePath();
        CurlImport imported = new CurlParser(base).parse(text);
        imported.warnings().forEach(w -> err.println("warning: " + w));
        return imported;
    }

    /** Words already split by the user's shell, quoted back into one POSIX command line. */
    private static String posixJoin(List<String> words) {
        StringBuilder line = new StringBuilder(words.get(0).startsWith("-") ? "curl" : "");
        for (String word : words) {
            line.append(line.isEmpty() ? "" : " ").append('\'').append(word.replace("'", "'\\''")).append('\'');
        }
        return line.toString();
    }
}
