package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * C# with {@code System.Net.Http.HttpClient}: a classic {@code class Program} with a synchronous Main, so that it
 * compiles as it stands with any C# compiler (Mono's mcs included). Text goes as UTF-8 bytes with the Content-Type
 * exactly as composed (StringContent would append a charset); content headers go on the content.
 */
public final class CSharpHttpClientSnippet implements SnippetGenerator {

    private static final Set<String> CONTENT_HEADERS = Set.of("content-type", "content-length", "content-encoding",
            "content-language", "content-location", "content-md5", "content-range", "content-disposition", "expires",
            "last-modified", "allow");
    private static final String IN = "            ";

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder code = new StringBuilder();
        code.append(IN).append("var request = new HttpRequestMessage(new HttpMethod(").append(quote(r.method()))
                .append("), ").append(expression(r.url())).append(");\n");
        for (SnippetHeader h : r.headers()) {
            if (!isContentHeader(h)) {
                code.append(IN).append("request.Headers.TryAddWithoutValidation(").append(quote(h.name()))
                        .append(", ").append(expression(h.value())).append(");\n");
            }
        }
        r.basicAuth().ifPresent(b -> code.append(IN).append("var credentials = ")
                .append(expression(SnippetValue.of(b.username() + ":").plusValue(b.password()))).append(";\n")
                .append(IN).append("request.Headers.Authorization = new AuthenticationHeaderValue(\"Basic\",\n")
                .append(IN).append("    Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));\n"));
        Body body = r.body();
        boolean hasContentHeaders = r.headers().stream().anyMatch(CSharpHttpClientSnippet::isContentHeader);
        String content = content(body);
        if (content == null && hasContentHeaders) {
            content = "new ByteArrayContent(new byte[0])";
        }
        if (content != null) {
            if (body instanceof Body.Multipart multipart) {
                code.append(IN).append("var form = new MultipartFormDataContent();\n");
                for (int i = 0; i < multipart.parts().size(); i++) {
                    code.append(multipartPart(multipart.parts().get(i), i + 1));
                }
            }
            code.append(IN).append("request.Content = ").append(content).append(";\n");
            for (SnippetHeader h : r.headers()) {
                if (isContentHeader(h)) {
                    if (body instanceof Body.Form && h.hasName("Content-Type")) {
                        code.append(IN).append("request.Content.Headers.Remove(\"Content-Type\");\n");
                    }
                    code.append(IN).append("request.Content.Headers.TryAddWithoutValidation(").append(quote(h.name()))
                            .append(", ").append(expression(h.value())).append(");\n");
                }
            }
        }
        boolean keyValuePairs = body instanceof Body.Form form && useFormContent(form.fields());
        StringBuilder out = new StringBuilder("using System;\n")
                .append(keyValuePairs ? "using System.Collections.Generic;\n" : "");
        if (body instanceof Body.Binary || body instanceof Body.Multipart) {
            out.append("using System.IO;\n");
        }
        out.append("using System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Text;\n\n")
                .append("class Program\n{\n    static void Main()\n    {\n")
                .append("        using (var client = new HttpClient())\n        {\n")
                .append(code)
                .append(IN).append("var response = client.SendAsync(request).Result;\n")
                .append(IN).append("Console.WriteLine((int) response.StatusCode + \" \" + response.ReasonPhrase);\n")
                .append(IN).append("Console.WriteLine(response.Content.ReadAsStringAsync().Result);\n")
                .append("        }\n    }\n}\n");
        return out.toString();
    }

    private static String content(Body body) {
        if (body instanceof Body.Text text) {
            return "new ByteArrayContent(Encoding.UTF8.GetBytes(" + quote(text.content()) + "))";
        }
        if (body instanceof Body.Form form) {
            if (!useFormContent(form.fields())) {
                return "new ByteArrayContent(Encoding.ASCII.GetBytes(" + quote(FormEncoding.encoded(form.fields()))
                        + "))";
            }
            StringBuilder out = new StringBuilder("new FormUrlEncodedContent(new[]\n" + IN + "{\n");
            for (Field f : form.fields()) {
                out.append(IN).append("    new KeyValuePair<string, string>(").append(quote(f.name())).append(", ")
                        .append(quote(f.value())).append("),\n");
            }
            return out.append(IN).append("})").toString();
        }
        if (body instanceof Body.Binary binary) {
            return "new StreamContent(File.OpenRead(" + quote(binary.file().toString()) + "))";
        }
        if (body instanceof Body.Multipart) {
            return "form";
        }
        return null;
    }

    /** FormUrlEncodedContent follows RFC 3986 ('*' and '~' differ from Courier's encoding). */
    private static boolean useFormContent(List<Field> fields) {
        return FormEncoding.rfc3986EncoderAgrees(fields);
    }

    private static String multipartPart(Part part, int number) {
        StringBuilder out = new StringBuilder();
        if (part instanceof Part.FilePart file) {
            String variable = "file" + number;
            out.append(IN).append("var ").append(variable).append(" = new ByteArrayContent(File.ReadAllBytes(")
                    .append(quote(file.file().toString())).append("));\n")
                    .append(IN).append(variable).append(".Headers.ContentType = MediaTypeHeaderValue.Parse(")
                    .append(quote(BodyEncoder.partContentType(file))).append(");\n")
                    .append(IN).append("form.Add(").append(variable).append(", ").append(quote(part.name()))
                    .append(", ").append(quote(file.effectiveFilename())).append(");\n");
            return out.toString();
        }
        Part.TextPart text = (Part.TextPart) part;
        String value = "new ByteArrayContent(Encoding.UTF8.GetBytes(" + quote(text.value()) + "))";
        if (text.contentType().isBlank()) {
            return out.append(IN).append("form.Add(").append(value).append(", ").append(quote(part.name()))
                    .append(");\n").toString();
        }
        return out.append(IN).append("{\n").append(IN).append("    var field = ").append(value).append(";\n")
                .append(IN).append("    field.Headers.ContentType = MediaTypeHeaderValue.Parse(")
                .append(quote(text.contentType())).append(");\n")
                .append(IN).append("    form.Add(field, ").append(quote(part.name())).append(");\n")
                .append(IN).append("}\n").toString();
    }

    private static boolean isContentHeader(SnippetHeader h) {
        return CONTENT_HEADERS.contains(h.name().toLowerCase(Locale.ROOT));
    }

    static String quote(String text) {
        return CStyleStringLiteral.quote(CStyleStringLiteral.Dialect.CSHARP, text);
    }

    static String expression(SnippetValue value) {
        return value.expression(CSharpHttpClientSnippet::quote,
                s -> "Environment.GetEnvironmentVariable(\"" + s.environmentVariable() + "\")", " + ");
    }
}
