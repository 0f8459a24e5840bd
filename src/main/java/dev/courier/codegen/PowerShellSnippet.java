package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PowerShell 7 with {@code Invoke-WebRequest}. Headers go in a hashtable (repeated ones joined) with
 * {@code -SkipHeaderValidation} so that values are sent as written; a multipart body is assembled with
 * {@code System.Net.Http.MultipartFormDataContent} for part content types and filenames.
 */
public final class PowerShellSnippet implements SnippetGenerator {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "OPTIONS",
            "MERGE", "PATCH");

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder out = new StringBuilder();
        List<String> args = new ArrayList<>();
        args.add("-Uri " + PowerShellQuoting.expression(r.url()));
        args.add((METHODS.contains(r.method()) ? "-Method " : "-CustomMethod ") + PowerShellQuoting.quote(r.method()));
        List<SnippetHeader> headers = r.combinedHeadersExcept("Content-Type");
        if (!headers.isEmpty() || r.basicAuth().isPresent()) {
            out.append("$headers = @{\n");
            for (SnippetHeader h : headers) {
                out.append("    ").append(PowerShellQuoting.quote(h.name())).append(" = ")
                        .append(PowerShellQuoting.expression(h.value())).append('\n');
            }
            r.basicAuth().ifPresent(b -> out.append("    'Authorization' = 'Basic ' + [Convert]::ToBase64String(")
                    .append("[Text.Encoding]::UTF8.GetBytes(")
                    .append(PowerShellQuoting.expression(SnippetValue.of(b.username() + ":").plusValue(b.password())))
                    .append("))\n"));
            out.append("}\n");
            args.add("-Headers $headers");
        }
        r.contentType().filter(t -> r.hasBody()).ifPresent(t -> args.add("-ContentType " + PowerShellQuoting.quote(t)));
        Body body = r.body();
        if (body instanceof Body.Text text) {
            out.append("$body = [Text.Encoding]::UTF8.GetBytes(").append(PowerShellQuoting.quote(text.content()))
                    .append(")\n");
            args.add("-Body $body");
        } else if (body instanceof Body.Form form) {
            out.append("$body = ").append(PowerShellQuoting.quote(FormEncoding.encoded(form.fields()))).append('\n');
            args.add("-Body $body");
        } else if (body instanceof Body.Binary binary) {
            args.add("-InFile " + PowerShellQuoting.quote(binary.file().toString()));
        } else if (body instanceof Body.Multipart multipart) {
            out.append("$body = [System.Net.Http.MultipartFormDataContent]::new()\n");
            for (Part part : multipart.parts()) {
                out.append(multipartPart(part));
            }
            args.add("-Body $body");
        }
        if (!headers.isEmpty()) {
            args.add("-SkipHeaderValidation");
        }
        out.append("$response = Invoke-WebRequest ").append(String.join(" `\n    ", args)).append('\n')
                .append("$response.StatusCode\n")
                .append("$response.Content\n");
        return out.toString();
    }

    private static String multipartPart(Part part) {
        String name = PowerShellQuoting.quote(part.name());
        if (part instanceof Part.FilePart file) {
            return "$file = [System.Net.Http.ByteArrayContent]::new([IO.File]::ReadAllBytes("
                    + PowerShellQuoting.quote(file.file().toString()) + "))\n"
                    + "$file.Headers.ContentType = [System.Net.Http.Headers.MediaTypeHeaderValue]::Parse("
                    + PowerShellQuoting.quote(BodyEncoder.partContentType(file)) + ")\n"
                    + "$body.Add($file, " + name + ", " + PowerShellQuoting.quote(file.effectiveFilename()) + ")\n";
        }
        Part.TextPart text = (Part.TextPart) part;
        return "$body.Add([System.Net.Http.ByteArrayContent]::new([Text.Encoding]::UTF8.GetBytes("
                + PowerShellQuoting.quote(text.value()) + ")), " + name + ")\n";
    }
}
