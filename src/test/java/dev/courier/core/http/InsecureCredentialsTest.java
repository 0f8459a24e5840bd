package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InsecureCredentialsTest {

    private static RequestSpec get(String url, Header... headers) {
        return RequestSpec.of("GET", url, List.of(headers), Body.NONE);
    }

    private static Optional<String> check(RequestSpec request, Set<String> secrets, boolean jarCookies) {
        return InsecureCredentials.check(request, secrets, jarCookies, Set.of())
                .map(InsecureCredentials.Warning::message);
    }

    @Test
    void everyKindOfCredentialOverPlainHttpToAnotherHostIsWarnedAbout() {
        String url = "http://api.example.com/users";
        assertThat(check(get(url, Header.of("Authorization", "Bearer abc")), Set.of(), false))
                .contains("The bearer token would travel unencrypted over http:// to api.example.com. Tokens belong "
                        + "on https://.");
        assertThat(check(get(url).withAuth(new Auth.Basic("ann", "pw")), Set.of(), false)).get().asString()
                .startsWith("The Basic auth password");
        assertThat(check(get(url).withAuth(new Auth.ApiKey("key", "k", Auth.ApiKey.Location.QUERY)), Set.of(), false))
                .get().asString().startsWith("The API key");
        assertThat(check(get(url + "?api_key=k"), Set.of(), false)).get().asString()
                .startsWith("The query parameter api_key");
        assertThat(check(get(url, Header.of("X-Note", "s3cr3t")), Set.of("s3cr3t"), false)).get().asString()
                .startsWith("A secret variable's value");
        assertThat(check(get(url), Set.of(), true)).get().asString().startsWith("The cookies");
        assertThat(check(get(url, Header.of("Cookie", "sid=1")), Set.of(), false)).get().asString()
                .startsWith("The Cookie header");
    }

    @Test
    void noWarningWithoutCredentialsOverHttpsToLoopbackOrAfterDismissal() {
        Header auth = Header.of("Authorization", "Bearer abc");
        assertThat(check(get("http://api.example.com/", Header.of("Accept", "*/*")), Set.of("unused"), false))
                .isEmpty();
        assertThat(check(get("http://api.example.com/", new Header("Authorization", "Bearer x", false)), Set.of(),
                false)).isEmpty();
        assertThat(check(get("https://api.example.com/", auth), Set.of(), true)).isEmpty();
        for (String local : List.of("http://127.0.0.1:8080/", "http://localhost/", "http://[::1]:9/x")) {
            assertThat(check(get(local, auth), Set.of(), true)).as(local).isEmpty();
        }
        RequestSpec request = get("http://API.example.com/", auth);
        assertThat(InsecureCredentials.check(request, Set.of(), false, Set.of("api.example.com"))).isEmpty();
        assertThat(InsecureCredentials.check(get("http://other.example.com/", auth), Set.of(), false,
                Set.of("api.example.com"))).get().extracting(InsecureCredentials.Warning::host)
                .isEqualTo("other.example.com");
        assertThat(InsecureCredentials.warning("http://api.example.com/", List.of(auth))).isPresent();
    }
}
