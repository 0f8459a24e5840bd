package dev.courier.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestUrisTest {

    @Test
    void aMissingSchemeMeansHttpAndTheTextIsKeptAsTyped() throws Exception {
        assertThat(RequestUris.parse("  example.com:8080/a?b=c%20d ").toString()).isEqualTo("http://example.com:8080/a?b=c%20d");
        assertThat(RequestUris.parse("https://api.example.com/x").getScheme()).isEqualTo("https");
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> RequestUris.parse(" ")).hasMessage("Enter a URL to send the request to");
        assertThatThrownBy(() -> RequestUris.parse("ftp://files.example.com/"))
                .hasMessage("Unsupported scheme \"ftp\": use http:// or https://");
        assertThatThrownBy(() -> RequestUris.parse("http://a b/")).hasMessageContaining("space at position 9");
        assertThatThrownBy(() -> RequestUris.parse("http://exa_mple.com/")).hasMessageContaining("no valid host name");
        assertThatThrownBy(() -> RequestUris.parse("http://example.com:99999/")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> RequestUris.parse("http://example.com/a|b")).hasMessageStartingWith("Invalid URL: ");
    }

    @Test
    void problemsForTheUrlFieldTreatVariablesAsNames() {
        assertThat(RequestUris.problem("{{base}}/users/:id?q={{q}}")).isEmpty();
        assertThat(RequestUris.problem("https://{{host}}:8443/x")).isEmpty();
        assertThat(RequestUris.problem("http://example.com:80a/")).contains("Invalid URL: port \"80a\" is not a number");
        assertThat(RequestUris.problem("http://:80/")).hasValueSatisfying(m -> assertThat(m).contains("no valid host"));
        assertThat(RequestUris.problem("http://ex ample.com/")).contains("URL contains a space at position 10; "
                + "encode it as %20");
        assertThat(RequestUris.problem("")).contains("Enter a URL to send the request to");
    }

    @Test
    void knowsLoopbackHosts() {
        assertThat(RequestUris.isLoopback(URI.create("http://localhost:8080/"))).isTrue();
        assertThat(RequestUris.isLoopback(URI.create("http://127.0.0.1/"))).isTrue();
        assertThat(RequestUris.isLoopback(URI.create("http://[::1]/"))).isTrue();
        assertThat(RequestUris.isLoopback(URI.create("http://api.example.com/"))).isFalse();
        assertThat(RequestUris.isLoopback(URI.create("http://10.0.0.1/"))).isFalse();
    }
}
