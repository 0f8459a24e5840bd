package dev.courier.codegen;

import dev.courier.core.model.Body;

/** jQuery's {@code $.ajax} in a browser: the body passed as built ({@code processData: false}). */
public final class JQuerySnippet implements SnippetGenerator {

    @Override
    public String generate(SnippetRequest r) {
        JavaScriptCode js = new JavaScriptCode(false);
        StringBuilder out = new StringBuilder();
        String prelude = js.bodyPrelude(r.body());
        out.append(prelude);
        out.append("$.ajax({\n")
                .append("  url: ").append(js.expression(r.url())).append(",\n")
                .append("  method: ").append(JavaScriptCode.quote(r.method())).append(",\n")
                .append("  headers: ")
                .append(js.headerObject(r.basicAuth(), r.combinedHeadersExcept("Content-Type"), "  ")).append(",\n");
        if (r.body() instanceof Body.Multipart) {
            out.append("  contentType: false, // the browser writes multipart/form-data with its boundary\n");
        } else {
            out.append("  contentType: ").append(r.contentType().map(JavaScriptCode::quote).orElse("false"))
                    .append(",\n");
        }
        if (!prelude.isEmpty()) {
            out.append("  data: body,\n  processData: false,\n");
        }
        out.append("  dataType: \"text\",\n")
                .append("}).done((data, textStatus, xhr) => {\n")
                .append("  console.log(xhr.status, xhr.statusText);\n")
                .append("  console.log(data);\n")
                .append("});\n");
        return out.toString();
    }
}
