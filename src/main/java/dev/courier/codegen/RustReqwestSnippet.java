package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.Set;

/**
 * Rust with reqwest's blocking client (Cargo features "blocking" and "multipart"). A form goes through
 * {@code .form()}, whose encoding is Courier's.
 */
public final class RustReqwestSnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder out = new StringBuilder("// Cargo.toml: reqwest = { version = \"0.12\", features = "
                + "[\"blocking\", \"multipart\"] }\n\n");
        out.append("fn main() -> Result<(), Box<dyn std::error::Error>> {\n")
                .append("    let client = reqwest::blocking::Client::new();\n");
        Body body = r.body();
        if (body instanceof Body.Multipart multipart) {
            out.append("    let form = reqwest::blocking::multipart::Form::new()");
            for (Part part : multipart.parts()) {
                out.append("\n        ");
                if (part instanceof Part.FilePart file) {
                    out.append(".part(").append(quote(part.name()))
                            .append(", reqwest::blocking::multipart::Part::file(").append(quote(file.file().toString()))
                            .append(")?\n            .file_name(").append(quote(file.effectiveFilename()))
                            .append(")\n            .mime_str(").append(quote(BodyEncoder.partContentType(file)))
                            .append(")?)");
                } else {
                    Part.TextPart text = (Part.TextPart) part;
                    if (text.contentType().isBlank()) {
                        out.append(".text(").append(quote(part.name())).append(", ").append(quote(text.value()))
                                .append(')');
                    } else {
                        out.append(".part(").append(quote(part.name()))
                                .append(", reqwest::blocking::multipart::Part::text(").append(quote(text.value()))
                                .append(").mime_str(").append(quote(text.contentType())).append(")?)");
                    }
                }
            }
            out.append(";\n");
        }
        out.append("    let response = client\n")
                .append("        .request(").append(method(r.method())).append(", ").append(expression(r.url()))
                .append(")\n");
        for (SnippetHeader h : r.headers()) {
            out.append("        .header(").append(quote(h.name())).append(", ").append(expression(h.value()))
                    .append(")\n");
        }
        r.basicAuth().ifPresent(b -> out.append("        .basic_auth(").append(quote(b.username())).append(", Some(")
                .append(expression(b.password())).append("))\n"));
        if (body instanceof Body.Text text) {
            out.append("        .body(").append(quote(text.content())).append(")\n");
        } else if (body instanceof Body.Form form) {
            out.append("        .form(&[\n");
            for (Field f : form.fields()) {
                out.append("            (").append(quote(f.name())).append(", ").append(quote(f.value()))
                        .append("),\n");
            }
            out.append("        ])\n");
        } else if (body instanceof Body.Binary binary) {
            out.append("        .body(std::fs::File::open(").append(quote(binary.file().toString())).append(")?)\n");
        } else if (body instanceof Body.Multipart) {
            out.append("        .multipart(form)\n");
        }
        return out.append("        .send()?;\n\n")
                .append("    println!(\"{}\", response.status());\n")
                .append("    println!(\"{}\", response.text()?);\n")
                .append("    Ok(())\n}\n").toString();
    }

    private static String method(String method) {
        if (Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "CONNECT", "TRACE").contains(method)) {
            return "reqwest::Method::" + method;
        }
        return "reqwest::Method::from_bytes(b" + quote(method) + ")?";
    }

    private static String quote(String text) {
        return CStyleStringLiteral.quote(CStyleStringLiteral.Dialect.RUST, text);
    }

    /** A &str literal, or an owned String built by concatenation with {@code std::env::var}. */
    private static String expression(SnippetValue value) {
        if (value.isLiteral()) {
            return quote(value.literal());
        }
        return value.expression(t -> quote(t) + ".to_owned()", s -> "std::env::var(\"" + s.environmentVariable()
                + "\")?", " + &");
    }
}
