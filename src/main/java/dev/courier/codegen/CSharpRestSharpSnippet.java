package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Part;
import java.util.Locale;
import java.util.Map;

/**
 * C# with RestSharp 110+ (top-level statements, .NET 6+). RestSharp's {@code Method} enum has no custom verbs, so an
 * unknown method is written as a comment beside the nearest one it can send.
 */
public final class CSharpRestSharpSnippet implements SnippetGenerator {

    private static final Map<String, String> METHODS = Map.of("GET", "Get", "POST", "Post", "PUT", "Put",
            "DELETE", "Delete", "HEAD", "Head", "OPTIONS", "Options", "PATCH", "Patch", "MERGE", "Merge",
            "COPY", "Copy", "SEARCH", "Search");

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder out = new StringBuilder("using RestSharp;\n");
        if (r.basicAuth().isPresent()) {
            out.append("using RestSharp.Authenticators;\n");
        }
        out.append('\n');
        String method = METHODS.get(r.method().toUpperCase(Locale.ROOT));
        if (method == null) {
            out.append("// RestSharp cannot send the method ").append(r.method().replace("\n", " "))
                    .append("; HttpClient can (see the C# HttpClient snippet).\n");
            method = r.hasBody() ? "Post" : "Get";
        }
        if (r.basicAuth().isPresent()) {
            SnippetRequest.BasicAuth b = r.basicAuth().get();
            out.append("var options = new RestClientOptions\n{\n")
                    .append("    Authenticator = new HttpBasicAuthenticator(").append(quote(b.username())).append(", ")
                    .append(CSharpHttpClientSnippet.expression(b.password())).append("),\n};\n")
                    .append("var client = new RestClient(options);\n");
        } else {
            out.append("var client = new RestClient();\n");
        }
        out.append("var request = new RestRequest(").append(CSharpHttpClientSnippet.expression(r.url()))
                .append(", Method.").append(method).append(");\n");
        Body body = r.body();
        for (SnippetHeader h : r.headers()) {
            if (!(h.hasName("Content-Type") && r.hasBody())) {
                out.append("request.AddHeader(").append(quote(h.name())).append(", ")
                        .append(CSharpHttpClientSnippet.expression(h.value())).append(");\n");
            }
        }
        String type = r.contentType().map(CSharpRestSharpSnippet::quote).orElse("\"text/plain\"");
        if (body instanceof Body.Text text) {
            out.append("request.AddStringBody(").append(quote(text.content())).append(", ").append(type).append(");\n");
        } else if (body instanceof Body.Form form) {
            out.append("request.AddStringBody(").append(quote(FormEncoding.encoded(form.fields()))).append(", ")
                    .append(type).append(");\n");
        } else if (body instanceof Body.Binary binary) {
            out.append("request.AddBody(File.ReadAllBytes(").append(quote(binary.file().toString())).append("), ")
                    .append(type).append(");\n");
        } else if (body instanceof Body.Multipart multipart) {
            out.append("request.AlwaysMultipartFormData = true;\n");
            for (Part part : multipart.parts()) {
                if (part instanceof Part.FilePart file) {
                    out.append("request.AddFile(").append(quote(part.name())).append(", File.ReadAllBytes(")
                            .append(quote(file.file().toString())).append("), ")
                            .append(quote(file.effectiveFilename())).append(", ")
                            .append(quote(BodyEncoder.partContentType(file))).append(");\n");
                } else {
                    out.append("request.AddParameter(").append(quote(part.name())).append(", ")
                            .append(quote(((Part.TextPart) part).value())).append(");\n");
                }
            }
        }
        return out.append("\nvar response = await client.ExecuteAsync(request);\n")
                .append("Console.WriteLine($\"{(int) response.StatusCode} {response.StatusDescription}\");\n")
                .append("Console.WriteLine(response.Content);\n").toString();
    }

    private static String quote(String text) {
        return CSharpHttpClientSnippet.quote(text);
    }
}
