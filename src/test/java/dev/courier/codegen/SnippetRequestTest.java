package dev.courier.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Auth.ApiKey.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request every snippet writes follows RequestPreparer's rules, with the documented differences. */
class SnippetRequestTest {

    private static SnippetRequest resolve(RequestSpec spec, boolean mask) {
        return SnippetRequest.of(spec, SnippetOptions.DEFAULTS.withMaskSecrets(mask));
    }

    private static RequestSpec get(String url, Header... headers) {
        return RequestSpec.of("GET", url, List.of(headers), Body.NONE);
    }

    @Test
    void onlyEnabledNamedHeadersAreSentStripped() {
        SnippetRequest r = resolve(get("x.org", Header.of(" X-A ", " 1 "), new Header("X-B", "2", false),
                Header.of(" ", "blank name")), true);
        assertThat(r.headers()).containsExactly(new SnippetRequest.SnippetHeader("X-A", SnippetValue.of("1")));
        assertThat(r.url().literal()).isEqualTo("http://x.org");
    }

    @Test
    void aTypedAuthorizationHeaderWinsOverAuth() {
        RequestSpec spec = get("http://x.org", Header.of("authorization", "Token abc"))
                .withAuth(new Auth.Bearer("ignored"));
        assertThat(resolve(spec, false).headers()).extracting(h -> h.value().literal()).containsExactly("Token abc");
        assertThat(resolve(spec.withAuth(new Auth.Basic("u", "p")), false).basicAuth()).isEmpty();
    }

    @Test
    void secretsAreHiddenWhenMaskedAndInlinedOtherwise() {
        RequestSpec spec = get("http://x.org").withAuth(new Auth.Bearer("t0k"));
        assertThat(resolve(spec, true).headers().get(0).value().text(Secret::placeholder)).isEqualTo("Bearer {token}");
        assertThat(resolve(spec, true).hidesSecrets()).isTrue();
        assertThat(resolve(spec, false).headers().get(0).value().literal()).isEqualTo("Bearer t0k");
        assertThat(resolve(spec, false).hidesSecrets()).isFalse();
    }

    @Test
    void anApiKeyInTheQueryIsEncodedAndAppendedBeforeTheFragment() {
        RequestSpec spec = get("http://x.org/a?b=1#frag").withAuth(new Auth.ApiKey("api key", "k 1/2", Location.QUERY));
        assertThat(resolve(spec, false).url().literal()).isEqualTo("http://x.org/a?b=1&api%20key=k%201%2F2");
        assertThat(resolve(spec, true).url().text(Secret::placeholder))
                .isEqualTo("http://x.org/a?b=1&api%20key={api-key}");
    }

    @Test
    void anApiKeyHeaderYieldsToATypedOne() {
        RequestSpec spec = get("http://x.org", Header.of("X-Key", "mine"))
                .withAuth(new Auth.ApiKey("x-key", "theirs", Location.HEADER));
        assertThat(resolve(spec, false).headers()).hasSize(1);
    }

    @Test
    void aBodyWithoutContentTypeGetsItsKindsType() {
        RequestSpec spec = RequestSpec.of("POST", "http://x.org", List.of(),
                new Body.Form(List.of(Field.of("a", "1"), new Field("b", "2", false))));
        SnippetRequest r = resolve(spec, false);
        assertThat(r.contentType()).contains("application/x-www-form-urlencoded");
        assertThat(((Body.Form) r.body()).fields()).containsExactly(Field.of("a", "1"));
    }

    @Test
    void multipartLeavesTheContentTypeToTheClientAndDropsDisabledParts() {
        RequestSpec spec = RequestSpec.of("POST", "http://x.org", List.of(Header.of("Content-Type",
                "multipart/form-data; boundary=abc")), new Body.Multipart(List.of(Part.TextPart.of("a", "1"),
                new Part.FilePart("f", Path.of("/x"), "", "", false))));
        SnippetRequest r = resolve(spec, false);
        assertThat(r.contentType()).isEmpty();
        assertThat(((Body.Multipart) r.body()).parts()).hasSize(1);
    }

    @Test
    void anEmptyTextOrFormIsNoBody() {
        assertThat(resolve(RequestSpec.of("POST", "http://x.org", List.of(), new Body.Text("", Body.TextType.JSON)),
                false).hasBody()).isFalse();
        assertThat(resolve(RequestSpec.of("POST", "http://x.org", List.of(),
                new Body.Form(List.of(new Field("a", "1", false)))), false).hasBody()).isFalse();
    }

    @Test
    void repeatedHeadersCombineForMapBasedClients() {
        SnippetRequest r = resolve(get("http://x.org", Header.of("X-Tag", "one"), Header.of("Accept", "a"),
                Header.of("x-tag", "two")), false);
        assertThat(r.repeatsHeaders()).isTrue();
        assertThat(r.combinedHeaders()).extracting(h -> h.name() + ": " + h.value().literal())
                .containsExactly("X-Tag: one, two", "Accept: a");
    }

    @Test
    void formEncodingAgreementIsDetected() {
        assertThat(FormEncoding.rfc3986EncoderAgrees(List.of(Field.of("a", "b c")))).isTrue();
        assertThat(FormEncoding.rfc3986EncoderAgrees(List.of(Field.of("a", "x*y")))).isFalse();
        assertThat(FormEncoding.namesAreUnique(List.of(Field.of("a", "1"), Field.of("a", "2")))).isFalse();
        assertThat(FormEncoding.sortedByName(List.of(Field.of("b", "1"), Field.of("a", "2")))).isFalse();
        assertThat(FormEncoding.encoded(List.of(Field.of("n", "Zoë *~")))).isEqualTo("n=Zo%C3%AB+*%7E");
    }

    @Test
    void theRegistryHasEveryTargetOnceInDisplayOrder() {
        List<String> ids = SnippetTargets.all().stream().map(SnippetTarget::id).toList();
        assertThat(ids).hasSize(27).doesNotHaveDuplicates().startsWith("curl", "curl-cmd").endsWith("c-libcurl");
        assertThat(SnippetTargets.byId("python-requests")).get().extracting(SnippetTarget::displayName)
                .isEqualTo("Python — requests");
        assertThat(SnippetTargets.byId("cobol")).isEmpty();
    }

    @Test
    void curlShortOptionsAndGlobbingSwitch() {
        RequestSpec spec = RequestSpec.of("PUT", "http://x.org/{a}", List.of(Header.of("X-A", "1")),
                new Body.Text("@not-a-file", Body.TextType.TEXT));
        String curl = SnippetTargets.byId("curl").orElseThrow().generate(spec, new SnippetOptions(true, false));
        assertThat(curl).isEqualTo("""
                curl \\
                  -X PUT \\
                  -i \\
                  -g \\
                  'http://x.org/{a}' \\
                  -H 'X-A: 1' \\
                  -H 'Content-Type: text/plain' \\
                  --data-raw @not-a-file
                """);
    }
}
