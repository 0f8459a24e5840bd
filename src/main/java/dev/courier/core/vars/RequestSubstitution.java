package dev.courier.core.vars;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies a text change (variable substitution, masking) to every part of a request that is sent, in the order a
 * person reads the form: URL (the query table follows it; disabled rows stay as typed), path variable values, auth
 * fields, enabled headers (names and values), then the body (text, enabled form fields, enabled text parts).
 * Disabled rows are kept untouched: they are not sent, so they neither need a value nor carry one into the history.
 */
public final class RequestSubstitution {

    private RequestSubstitution() {
    }

    /** The request with {@code text} applied to each part that is sent. */
    public static RequestSpec apply(RequestSpec spec, UnaryOperator<String> text) {
        RequestSpec out = spec.withUrl(text.apply(spec.url()));
        out = out.withPathVariables(spec.pathVariables().stream().map(v -> v.withValue(text.apply(v.value())))
                .toList());
        out = out.withAuth(auth(spec.auth(), text));
        out = out.withHeaders(spec.headers().stream().map(h -> h.enabled()
                ? new Header(text.apply(h.name()), text.apply(h.value()), true) : h).toList());
        return out.withBody(body(spec.body(), text));
    }

    private static Auth auth(Auth auth, UnaryOperator<String> text) {
        if (auth instanceof Auth.Bearer b) {
            return new Auth.Bearer(text.apply(b.token()));
        }
        if (auth instanceof Auth.Basic b) {
            return new Auth.Basic(text.apply(b.username()), text.apply(b.password()));
        }
        if (auth instanceof Auth.ApiKey k) {
            return new Auth.ApiKey(text.apply(k.name()), text.apply(k.value()), k.location());
        }
        return auth;
    }

    private static Body body(Body body, UnaryOperator<String> text) {
        if (body instanceof Body.Text t) {
            return new Body.Text(text.apply(t.content()), t.type());
        }
        if (body instanceof Body.Form form) {
            List<Field> fields = form.fields().stream().map(f -> f.enabled()
                    ? new Field(text.apply(f.name()), text.apply(f.value()), true) : f).toList();
            return new Body.Form(fields);
        }
        if (body instanceof Body.Multipart multipart) {
            List<Part> parts = multipart.parts().stream().map(p -> p instanceof Part.TextPart t && t.enabled()
                    ? new Part.TextPart(text.apply(t.name()), text.apply(t.value()), t.contentType(), true)
                    : p).toList();
            return new Body.Multipart(parts);
        }
        return body;
    }
}
