package dev.courier.io.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.core.url.QueryParam;
import dev.courier.core.vars.DynamicValues;
import dev.courier.core.vars.Resolution;
import dev.courier.core.vars.VariableContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistorySecretValuesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final String SECRET = "pa55-w0rd-42";

    @TempDir
    Path dir;

    private static Resolution<RequestSpec> resolved() {
        RequestSpec typed = RequestSpec.of("POST", "https://api.example.com/v1/{{account}}?sig={{account}}&page=1",
                List.of(Header.of("X-Note", "acct {{account}}")),
                new Body.Text("{\"account\":\"{{account}}\"}", Body.TextType.JSON))
                .withQueryParams(List.of(QueryParam.parsed("sig={{account}}"), QueryParam.parsed("page=1"),
                        new QueryParam("token=typed-in-a-disabled-row", false, "")));
        return VariableContext.of(null, null, List.of(Variable.secret("account", SECRET)))
                .withDynamic(DynamicValues.system()).resolveScratch(typed);
    }

    @Test
    void theResolvedSecretValuesAreMaskedInUrlHeadersAndBodyOfTheStoredEntry() throws Exception {
        Resolution<RequestSpec> resolution = resolved();
        assertThat(resolution.value().url()).contains(SECRET);
        long id;
        try (HistoryStore history = HistoryStore.open(dir, HistorySettings.DEFAULTS)) {
            id = history.record(HistoryFixtures.exchange(T0, resolution.value(), 200, "{}")
                    .withSecretValues(resolution.secretValues()));
            HistoryEntry entry = history.load(id).orElseThrow();
            assertThat(entry.request().url()).isEqualTo("https://api.example.com/v1/********?sig=********&page=1");
            assertThat(entry.request().headers()).containsExactly(Header.of("X-Note", "acct ********"));
            assertThat(entry.request().body()).isEqualTo(new Body.Text("{\"account\":\"********\"}",
                    Body.TextType.JSON));
            assertThat(entry.request().queryParams()).extracting(QueryParam::text).contains("token=********");
            assertThat(entry.sentUri()).doesNotContain(SECRET);
            assertThat(entry.sentHeaders().toString()).doesNotContain(SECRET);
        }
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain(SECRET).doesNotContain("typed-in-a-disabled-row");
            }
        }
    }

    @Test
    void keepingSecretsStoresThemAsSent() throws Exception {
        Resolution<RequestSpec> resolution = resolved();
        try (HistoryStore history = HistoryStore.open(dir, HistorySettings.DEFAULTS.withKeepSecrets(true))) {
            long id = history.record(HistoryFixtures.exchange(T0, resolution.value(), 200, "{}")
                    .withSecretValues(resolution.secretValues()));
            assertThat(history.load(id).orElseThrow().request().url()).contains(SECRET);
        }
    }
}
