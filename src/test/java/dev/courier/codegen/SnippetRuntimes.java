package dev.courier.codegen;

import dev.courier.codegen.SnippetRuntime.Need;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The interpreters and compilers the execution test runs snippets with, one per runnable target. */
final class SnippetRuntimes {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path RUNTIMES = TARGET.resolve("snippet-runtimes");
    private static final Predicate<SnippetCases.Case> ALL = c -> true;
    private static final SnippetRuntime.Preparation SAME_DIRECTORY = dir -> dir;

    private SnippetRuntimes() {
    }

    static List<SnippetRuntime> all() {
        String python = python();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> goEnv = Map.of("GOCACHE", RUNTIMES.resolve("go-cache").toString(),
                "GOPATH", RUNTIMES.resolve("go-path").toString(), "GOFLAGS", "-mod=mod", "GO111MODULE", "auto");
        Need requests = new Need("a python3 with the requests package (Debian: python3-requests)",
                List.of(python, "-c", "import requests"));
        List<SnippetRuntime> all = new ArrayList<>();
        all.add(simple("curl", "snippet.sh", List.of("bash", "{file}"), Need.command("curl")));
        all.add(simple("wget", "snippet.sh", List.of("bash", "{file}"), Need.command("wget")));
        all.add(simple("httpie", "snippet.sh", List.of("bash", "{file}"), Need.command("http")));
        all.add(simple("python-requests", "snippet.py", List.of(python, "{file}"), requests));
        all.add(simple("python-http-client", "snippet.py", List.of(python, "{file}"), Need.command(python)));
        // The browser snippet reads files from <input type=file> elements; the rest runs in Node as it stands.
        all.add(new SnippetRuntime("js-fetch", "snippet.mjs", List.of(List.of("node", "{file}")), Map.of(),
                List.of(Need.command("node")), c -> !c.readsFiles(), SAME_DIRECTORY));
        all.add(simple("node-fetch", "snippet.mjs", List.of("node", "{file}"), Need.command("node")));
        all.add(simple("node-http", "snippet.mjs", List.of("node", "{file}"), Need.command("node")));
        all.add(new SnippetRuntime("node-axios", "snippet.mjs", List.of(List.of("node", "{file}")), Map.of(),
                List.of(Need.command("node"), Need.command("npm")), ALL, SnippetRuntimes::axiosDirectory));
        Need phpCurl = new Need("php with the curl extension (Debian: php-cli, php-curl)",
                List.of("php", "-r", "exit(function_exists('curl_init') ? 0 : 1);"));
        all.add(simple("php-curl", "snippet.php", List.of("php", "{file}"), phpCurl));
        all.add(new SnippetRuntime("php-guzzle", "snippet.php", List.of(List.of("php", "{file}")), Map.of(),
                List.of(phpCurl, new Need("Guzzle (Debian: php-guzzlehttp-guzzle)",
                        List.of("test", "-f", "/usr/share/php/GuzzleHttp/autoload.php"))),
                ALL, SnippetRuntimes::guzzleVendor));
        all.add(simple("java-httpclient", "Main.java", List.of(java, "{file}"), Need.command(java)));
        all.add(new SnippetRuntime("java-okhttp", "Main.java", List.of(List.of(java, "-cp", okHttpClassPath(),
                "{file}")), Map.of(), List.of(Need.command(java)), ALL, SAME_DIRECTORY));
        all.add(new SnippetRuntime("csharp-httpclient", "Program.cs",
                List.of(List.of("mcs", "-nologo", "-r:System.Net.Http.dll", "-out:Program.exe", "{file}"),
                        List.of("mono", "Program.exe")), Map.of(),
                List.of(Need.command("mcs"), Need.command("mono"), new Need("System.Net.Http for Mono (Debian: "
                        + "libmono-system-net-http4.0-cil)", List.of("sh", "-c",
                        "ls /usr/lib/mono/4.5/System.Net.Http.dll"))), ALL, SAME_DIRECTORY));
        all.add(new SnippetRuntime("go", "main.go", List.of(List.of("go", "run", "{file}")), goEnv,
                List.of(Need.command("go")), ALL, SAME_DIRECTORY));
        all.add(simple("ruby", "snippet.rb", List.of("ruby", "{file}"), Need.command("ruby")));
        all.add(new SnippetRuntime("c-libcurl", "main.c",
                List.of(List.of("gcc", "-Wall", "-o", "main", "{file}", "-lcurl"), List.of("./main")), Map.of(),
                List.of(Need.command("gcc"), new Need("libcurl headers (Debian: libcurl4-openssl-dev)",
                        List.of("test", "-f", "/usr/include/x86_64-linux-gnu/curl/curl.h", "-o", "-f",
                                "/usr/include/curl/curl.h"))), ALL, SAME_DIRECTORY));
        return all;
    }

    private static SnippetRuntime simple(String id, String file, List<String> command, Need need) {
        return new SnippetRuntime(id, file, List.of(command), Map.of(), List.of(need), ALL, SAME_DIRECTORY);
    }

    /** OkHttp and what it needs (Okio, the Kotlin standard library), from this test's own class path. */
    private static String okHttpClassPath() {
        return Stream.of("okhttp3.OkHttpClient", "okio.Buffer", "kotlin.Unit").map(name -> {
            try {
                return Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toString();
            } catch (ReflectiveOperationException | URISyntaxException e) {
                throw new IllegalStateException("cannot locate " + name, e);
            }
        }).collect(Collectors.joining(File.pathSeparator));
    }

    /** A python3 that has requests: Debian's (python3-requests), else whatever python3 is on the PATH. */
    private static String python() {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            if (SnippetRuntime.succeeds(List.of(candidate, "-c", "import requests"))) {
                return candidate;
            }
        }
        return "/usr/bin/python3";
    }

    /** The snippet says {@code require 'vendor/autoload.php'} as Composer users write; this one loads Debian's. */
    private static Path guzzleVendor(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("vendor"));
        Files.writeString(dir.resolve("vendor/autoload.php"),
                "<?php\nrequire '/usr/share/php/GuzzleHttp/autoload.php';\n");
        return dir;
    }

    /**
     * Node resolves {@code import axios} from the module's own directory, so the snippet is saved beside a
     * node_modules with axios, installed once from the npm registry and kept in target/ across runs.
     */
    private static synchronized Path axiosDirectory(Path runDirectory) throws IOException, InterruptedException {
        Path dir = RUNTIMES.resolve("node-axios");
        if (!Files.exists(dir.resolve("node_modules/axios/package.json"))) {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("package.json"), "{\"private\": true}\n");
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--silent", "axios@1")
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("npm-install.log").toFile()).start();
            if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IOException("npm install axios failed: " + Files.readString(dir.resolve("npm-install.log")));
            }
        }
        Path runs = dir.resolve("runs").resolve(runDirectory.getParent().getFileName() + "-"
                + runDirectory.getFileName());
        Files.createDirectories(runs);
        return runs;
    }
}
