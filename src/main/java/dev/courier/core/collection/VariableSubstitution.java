package dev.courier.core.collection;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{name}}} with the values of a collection's enabled variables in the URL, headers, body text,
 * form fields, text parts and auth of a request. A name without a value (unknown, disabled, or a secret whose value
 * is not at hand) stays as typed and is reported, so nothing is silently sent empty.
 */
public final class VariableSubstitution {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

    /** The request with variables replaced, and the names that had no value. */
    public record Result(RequestSpec request, Set<String> unresolved) {
    }

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> unresolved = new TreeSet<>();

    private VariableSubstitution(List<CollectionVariable> variables) {
        for (CollectionVariable variable : variables) {
            if (variable.enabled() && !(variable.secret() && variable.value().isEmpty())) {
                values.put(variable.name(), variable.value());
            }
        }
    }

    /** Substitutes {@code variables} into {@code request}. */
    public static Result apply(RequestSpec request, List<CollectionVariable> variables) {
        VariableSubstitution substitution = new VariableSubstitution(variables);
        RequestSpec substituted = substitution.request(request);
        return new Result(substituted, Set.copyOf(substitution.unresolved));
    }

    private RequestSpec request(RequestSpec spec) {
        List<Header> headers = new ArrayList<>();
        for (Header h : spec.headers()) {
            headers.add(new Header(text(h.name()), text(h.value()), h.enabled()));
        }
        return new RequestSpec(spec.method(), text(spec.url()), headers, body(spec.body()), auth(spec.auth()),
                spec.settings());
    }

    private Body body(Body body) {
        if (body instanceof Body.Text t) {
            return new Body.Text(text(t.content()), t.type());
        }
        if (body instanceof Body.Form form) {
            List<Field> fields = new ArrayList<>();
            for (Field f : form.fields()) {
                fields.add(new Field(text(f.name()), text(f.value()), f.enabled()));
            }
            return new Body.Form(fields);
        }
        if (body instanceof Body.Multipart multipart) {
            List<Part> parts = new ArrayList<>();
            for (Part p : multipart.parts()) {
                parts.add(p instanceof Part.TextPart t
                        ? new Part.TextPart(text(t.name()), text(t.value()), t.contentType(), t.enabled()) : p);
            }
            return new Body.Multipart(parts);
        }
        return body;
    }

    private Auth auth(Auth auth) {
        if (auth instanceof Auth.Bearer b) {
            return new Auth.Bearer(text(b.token()));
        }
        if (auth instanceof Auth.Basic b) {
            return new Auth.Basic(text(b.username()), text(b.password()));
        }
        if (auth instanceof Auth.ApiKey k) {
            return new Auth.ApiKey(text(k.name()), text(k.value()), k.location());
        }
        return auth;
    }

    private String text(String input) {
        Matcher m = REFERENCE.matcher(input);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                unresolved.add(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
