package dev.courier.codegen;

import java.util.List;
import java.util.Optional;

/** Every snippet target, in the order they are shown; ids are stable (CLI, settings and tests use them). */
public final class SnippetTargets {

    private static final List<SnippetTarget> ALL = List.of(
            new SnippetTarget("curl", "cURL — bash", "bash", new CurlSnippet(ShellDialect.POSIX)),
            new SnippetTarget("curl-cmd", "cURL — Windows cmd", "batch", new CurlSnippet(ShellDialect.CMD)),
            new SnippetTarget("wget", "Wget", "bash", new WgetSnippet()),
            new SnippetTarget("httpie", "HTTPie", "bash", new HttpieSnippet()),
            new SnippetTarget("http", "HTTP message", "http", new HttpMessageSnippet()),
            new SnippetTarget("python-requests", "Python — requests", "python", new PythonRequestsSnippet()),
            new SnippetTarget("python-http-client", "Python — http.client", "python", new PythonHttpClientSnippet()),
            new SnippetTarget("js-fetch", "JavaScript — fetch", "javascript", new FetchSnippet(false)),
            new SnippetTarget("js-jquery", "JavaScript — jQuery", "javascript", new JQuerySnippet()),
            new SnippetTarget("js-xhr", "JavaScript — XMLHttpRequest", "javascript", new XhrSnippet()),
            new SnippetTarget("node-fetch", "Node.js — fetch", "javascript", new FetchSnippet(true)),
            new SnippetTarget("node-axios", "Node.js — axios", "javascript", new NodeAxiosSnippet()),
            new SnippetTarget("node-http", "Node.js — http", "javascript", new NodeHttpSnippet()),
            new SnippetTarget("php-curl", "PHP — cURL", "php", new PhpCurlSnippet()),
            new SnippetTarget("php-guzzle", "PHP — Guzzle", "php", new PhpGuzzleSnippet()),
            new SnippetTarget("java-httpclient", "Java — HttpClient", "java", new JavaHttpClientSnippet()),
            new SnippetTarget("java-okhttp", "Java — OkHttp", "java", new OkHttpSnippet(false)),
            new SnippetTarget("kotlin-okhttp", "Kotlin — OkHttp", "kotlin", new OkHttpSnippet(true)),
            new SnippetTarget("csharp-httpclient", "C# — HttpClient", "csharp", new CSharpHttpClientSnippet()),
            new SnippetTarget("csharp-restsharp", "C# — RestSharp", "csharp", new CSharpRestSharpSnippet()),
            new SnippetTarget("go", "Go — net/http", "go", new GoSnippet()),
            new SnippetTarget("ruby", "Ruby — Net::HTTP", "ruby", new RubySnippet()),
            new SnippetTarget("powershell", "PowerShell — Invoke-WebRequest", "powershell", new PowerShellSnippet()),
            new SnippetTarget("swift", "Swift — URLSession", "swift", new SwiftSnippet()),
            new SnippetTarget("rust-reqwest", "Rust — reqwest", "rust", new RustReqwestSnippet()),
            new SnippetTarget("dart-http", "Dart — http", "dart", new DartHttpSnippet()),
            new SnippetTarget("c-libcurl", "C — libcurl", "c", new CLibcurlSnippet()));

    private SnippetTargets() {
    }

    /** All targets in display order. */
    public static List<SnippetTarget> all() {
        return ALL;
    }

    /** The target with this id, if there is one. */
    public static Optional<SnippetTarget> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
