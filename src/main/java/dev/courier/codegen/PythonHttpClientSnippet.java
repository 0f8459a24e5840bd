package dev.courier.codegen;

import dev.courier.core.model.Body;
import java.util.List;

/**
 * Python's standard library http.client: a connection to the host, the request target as typed, headers in a
 * dict (repeated ones joined), the body as bytes. Multipart bodies are assembled in the snippet.
 */
public final class PythonHttpClientSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder code = new StringBuilder();
        boolean needsOs = r.hidesSecrets();
        code.append("url = urllib.parse.urlsplit(").append(PythonStringLiteral.expression(r.url())).append(")\n")
                .append("connection_class = http.client.HTTPSConnection if url.scheme == \"https\" "
                        + "else http.client.HTTPConnection\n")
                .append("conn = connection_class(url.netloc)\n")
                .append("target = (url.path or \"/\") + (\"?\" + url.query if url.query else \"\")\n");
        List<SnippetRequest.SnippetHeader> headers = r.combinedHeaders();
        code.append("headers = ").append(headers.isEmpty() ? "{}" : PythonRequestsSnippet.dict(headers)).append('\n');
        boolean needsBase64 = r.basicAuth().isPresent();
        r.basicAuth().ifPresent(b -> code.append("credentials = (").append(PythonStringLiteral.quote(b.username()
                + ":"))
                .append(" + ").append(PythonStringLiteral.expression(b.password())).append(").encode(\"utf-8\")\n")
                .append("headers[\"Authorization\"] = \"Basic \" + base64.b64encode(credentials).decode(\"ascii\")\n"));
        Body body = r.body();
        String bodyArg = "";
        if (body instanceof Body.Text text) {
            code.append("payload = ").append(PythonStringLiteral.quote(text.content())).append(".encode(\"utf-8\")\n");
            bodyArg = ", body=payload";
        } else if (body instanceof Body.Form form) {
            code.append("payload = ").append(PythonStringLiteral.quote(FormEncoding.encoded(form.fields())))
                    .append(".encode(\"ascii\")\n");
            bodyArg = ", body=payload";
        } else if (body instanceof Body.Binary binary) {
            code.append("payload = open(").append(PythonStringLiteral.quote(binary.file().toString()))
                    .append(", \"rb\")\n");
            bodyArg = ", body=payload";
        } else if (body instanceof Body.Multipart multipart) {
            code.append("headers[\"Content-Type\"] = ").append(PythonStringLiteral.quote(MultipartChunks.contentType()))
                    .append("\npayload = b\"\"\n");
            for (MultipartChunks.Chunk chunk : MultipartChunks.of(multipart.parts())) {
                if (chunk instanceof MultipartChunks.Text text) {
                    code.append("payload += ").append(PythonStringLiteral.quote(text.text()))
                            .append(".encode(\"utf-8\")\n");
                } else if (chunk instanceof MultipartChunks.FileContents file) {
                    code.append("with open(").append(PythonStringLiteral.quote(file.file().toString()))
                            .append(", \"rb\") as f:\n    payload += f.read()\n");
                }
            }
            bodyArg = ", body=payload";
        }
        StringBuilder out = new StringBuilder();
        if (needsBase64) {
            out.append("import base64\n");
        }
        out.append("import http.client\n");
        if (needsOs) {
            out.append("import os\n");
        }
        out.append("import urllib.parse\n\n").append(code).append('\n')
                .append("conn.request(").append(PythonStringLiteral.quote(r.method())).append(", target")
                .append(bodyArg).append(", headers=headers)\n")
                .append("response = conn.getresponse()\n")
                .append("print(response.status, response.reason)\n")
                .append("print(response.read().decode(\"utf-8\", \"replace\"))\n")
                .append("conn.close()\n");
        return out.toString();
    }
}
