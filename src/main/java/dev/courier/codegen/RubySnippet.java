package dev.courier.codegen;

import dev.courier.codegen.SnippetRequest.SnippetHeader;
import dev.courier.core.http.BodyEncoder;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ruby with Net::HTTP (standard library). Standard methods use their request class; any other token goes through
 * {@code Net::HTTPGenericRequest}. {@code URI.encode_www_form} writes exactly Courier's form encoding.
 */
public final class RubySnippet implements SnippetGenerator {

    private static final Map<String, String> CLASSES = Map.of("GET", "Get", "POST", "Post", "PUT", "Put",
            "PATCH", "Patch", "DELETE", "Delete", "HEAD", "Head", "OPTIONS", "Options");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    @Override
    public String generate(SnippetRequest r) {
        StringBuilder out = new StringBuilder("require 'net/http'\nrequire 'uri'\n\n");
        out.append("uri = URI(").append(ScriptStringLiteral.RUBY.expression(r.url())).append(")\n");
        String type = CLASSES.get(r.method());
        if (type != null && !r.hasBody() && BODY_METHODS.contains(r.method())) {
            out.append("# no body: Net::HTTP::").append(type).append(" would send an empty form\n");
            type = null;
        }
        if (type != null) {
            out.append("request = Net::HTTP::").append(type).append(".new(uri)\n");
        } else {
            out.append("request = Net::HTTPGenericRequest.new(").append(ScriptStringLiteral.RUBY.quote(r.method()))
                    .append(", ").append(r.hasBody()).append(", true, uri)\n");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SnippetHeader h : r.headers()) {
            String name = ScriptStringLiteral.RUBY.quote(h.name());
            String value = ScriptStringLiteral.RUBY.expression(h.value());
            if (seen.add(h.name().toLowerCase(Locale.ROOT))) {
                out.append("request[").append(name).append("] = ").append(value).append('\n');
            } else {
                out.append("request.add_field(").append(name).append(", ").append(value).append(")\n");
            }
        }
        r.basicAuth().ifPresent(b -> out.append("request.basic_auth(").append(ScriptStringLiteral.RUBY.quote(b.username()))
                .append(", ").append(ScriptStringLiteral.RUBY.expression(b.password())).append(")\n"));
        Body body = r.body();
        if (body instanceof Body.Text text) {
            out.append("request.body = ").append(ScriptStringLiteral.RUBY.quote(text.content())).append('\n');
        } else if (body instanceof Body.Form form) {
            out.append("request.body = URI.encode_www_form([\n");
            for (Field f : form.fields()) {
                out.append("  [").append(ScriptStringLiteral.RUBY.quote(f.name())).append(", ")
                        .append(ScriptStringLiteral.RUBY.quote(f.value())).append("],\n");
            }
            out.append("])\n");
        } else if (body instanceof Body.Binary binary) {
            out.append("request.body = File.binread(").append(ScriptStringLiteral.RUBY.quote(binary.file().toString()))
                    .append(")\n");
        } else if (body instanceof Body.Multipart multipart) {
            out.append("request.set_form([\n");
            for (Part part : multipart.parts()) {
                out.append("  [").append(ScriptStringLiteral.RUBY.quote(part.name())).append(", ");
                if (part instanceof Part.FilePart file) {
                    out.append("File.open(").append(ScriptStringLiteral.RUBY.quote(file.file().toString()))
                            .append("), { filename: ").append(ScriptStringLiteral.RUBY.quote(file.effectiveFilename()))
                            .append(", content_type: ")
                            .append(ScriptStringLiteral.RUBY.quote(BodyEncoder.partContentType(file)))
                            .append(" }");
                } else {
                    Part.TextPart text = (Part.TextPart) part;
                    out.append(ScriptStringLiteral.RUBY.quote(text.value()));
                    if (!text.contentType().isBlank()) {
                        out.append(", { content_type: ").append(ScriptStringLiteral.RUBY.quote(text.contentType()))
                                .append(" }");
                    }
                }
                out.append("],\n");
            }
            out.append("], 'multipart/form-data')\n");
        }
        return out.append('\n')
                .append("response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') ")
                .append("do |http|\n")
                .append("  http.request(request)\n")
                .append("end\n\n")
                .append("puts \"#{response.code} #{response.message}\"\n")
                .append("puts response.body\n").toString();
    }
}
