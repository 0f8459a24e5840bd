package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.List;
import java.util.TreeSet;

/**
 * Go with net/http (standard library only, runs with {@code go run main.go}). Multipart goes through
 * mime/multipart with each part's headers written out, so that names, filenames and types are Courier's.
 */
public final class GoSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        TreeSet<String> imports = new TreeSet<>(List.of("fmt", "io", "net/http"));
        StringBuilder code = new StringBuilder();
        String reader = "nil";
        Body body = r.body();
        if (body instanceof Body.Text text) {
            imports.add("strings");
            code.append("\tbody := strings.NewReader(").append(quote(text.content())).append(")\n");
            reader = "body";
        } else if (body instanceof Body.Form form) {
            imports.add("strings");
            code.append(form(form.fields(), imports));
            reader = "strings.NewReader(form.Encode())";
            if (!useValues(form.fields())) {
                reader = "body";
            }
        } else if (body instanceof Body.Binary binary) {
            imports.add("os");
            code.append("\tbody, err := os.Open(").append(quote(binary.file().toString())).append(")\n")
                    .append(check("\t")).append("\tdefer body.Close()\n");
            reader = "body";
        } else if (body instanceof Body.Multipart multipart) {
            imports.addAll(List.of("bytes", "mime/multipart", "net/textproto"));
            code.append("\tbody := &bytes.Buffer{}\n\twriter := multipart.NewWriter(body)\n");
            for (Part part : multipart.parts()) {
                code.append(part(part, imports));
            }
            code.append("\tif err := writer.Close(); err != nil {\n\t\tpanic(err)\n\t}\n");
            reader = "body";
        }
        code.append("\treq, err := http.NewRequest(").append(quote(r.method())).append(", ")
                .append(expression(r.url())).append(", ").append(reader).append(")\n").append(check("\t"));
        for (SnippetHeader h : r.headers()) {
            code.append("\treq.Header.Add(").append(quote(h.name())).append(", ").append(expression(h.value()))
                    .append(")\n");
        }
        if (body instanceof Body.Multipart) {
            code.append("\treq.Header.Set(\"Content-Type\", writer.FormDataContentType())\n");
        }
        r.basicAuth().ifPresent(b -> code.append("\treq.SetBasicAuth(").append(quote(b.username())).append(", ")
                .append(expression(b.password())).append(")\n"));
        code.append("\tres, err := http.DefaultClient.Do(req)\n").append(check("\t"))
                .append("\tdefer res.Body.Close()\n")
                .append("\tdata, err := io.ReadAll(res.Body)\n").append(check("\t"))
                .append("\tfmt.Println(res.Status)\n")
                .append("\tfmt.Println(string(data))\n");
        if (r.hidesSecrets()) {
            imports.add("os");
        }
        StringBuilder out = new StringBuilder("package main\n\nimport (\n");
        imports.forEach(i -> out.append("\t\"").append(i).append("\"\n"));
        return out.append(")\n\nfunc main() {\n").append(code).append("}\n").toString();
    }

    /** url.Values sorts by name and encodes '*' and '~' differently: used only when that writes Courier's bytes. */
    private static boolean useValues(List<Field> fields) {
        return FormEncoding.sortedByName(fields) && FormEncoding.rfc3986EncoderAgrees(fields);
    }

    private static String form(List<Field> fields, TreeSet<String> imports) {
        if (!useValues(fields)) {
            return "\tbody := strings.NewReader(" + quote(FormEncoding.encoded(fields)) + ")\n";
        }
        imports.add("net/url");
        StringBuilder out = new StringBuilder("\tform := url.Values{}\n");
        for (Field f : fields) {
            out.append("\tform.Add(").append(quote(f.name())).append(", ").append(quote(f.value())).append(")\n");
        }
        return out.toString();
    }

    private static String part(Part part, TreeSet<String> imports) {
        String disposition = "form-data; name=\"" + BodyEncoder.escape(part.name()) + "\"";
        StringBuilder out = new StringBuilder();
        if (part instanceof Part.FilePart file) {
            imports.add("os");
            disposition += "; filename=\"" + BodyEncoder.escape(file.effectiveFilename()) + "\"";
            out.append("\t{\n")
                    .append("\t\tpart, err := writer.CreatePart(textproto.MIMEHeader{\n")
                    .append("\t\t\t\"Content-Disposition\": {").append(quote(disposition)).append("},\n")
                    .append("\t\t\t\"Content-Type\":        {").append(quote(BodyEncoder.partContentType(file)))
                    .append("},\n\t\t})\n").append(check("\t\t"))
                    .append("\t\tfile, err := os.Open(").append(quote(file.file().toString())).append(")\n")
                    .append(check("\t\t"))
                    .append("\t\tdefer file.Close()\n")
                    .append("\t\tif _, err := io.Copy(part, file); err != nil {\n\t\t\tpanic(err)\n\t\t}\n")
                    .append("\t}\n");
            return out.toString();
        }
        Part.TextPart text = (Part.TextPart) part;
        if (text.contentType().isBlank() && part.name().matches("[^\"\\\\\r\n]*")) {
            return "\tif err := writer.WriteField(" + quote(part.name()) + ", " + quote(text.value())
                    + "); err != nil {\n\t\tpanic(err)\n\t}\n";
        }
        out.append("\t{\n\t\tpart, err := writer.CreatePart(textproto.MIMEHeader{\n")
                .append("\t\t\t\"Content-Disposition\": {").append(quote(disposition)).append("},\n");
        if (!text.contentType().isBlank()) {
            out.append("\t\t\t\"Content-Type\":        {").append(quote(text.contentType())).append("},\n");
        }
        return out.append("\t\t})\n").append(check("\t\t"))
                .append("\t\tif _, err := io.WriteString(part, ").append(quote(text.value()))
                .append("); err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t}\n").toString();
    }

    private static String check(String indent) {
        return indent + "if err != nil {\n" + indent + "\tpanic(err)\n" + indent + "}\n";
    }

    private static String quote(String text) {
        return CStyleStringLiteral.quote(CStyleStringLiteral.Dialect.GO, text);
    }

    private static String expression(SnippetValue value) {
        return value.expression(GoSnippet::quote, s -> "os.Getenv(\"" + s.environmentVariable() + "\")", " + ");
    }
}
