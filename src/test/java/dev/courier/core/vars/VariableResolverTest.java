package dev.courier.core.vars;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Environment;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.Part;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import dev.courier.core.url.PathVariable;
import dev.courier.core.url.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VariableResolverTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:15.250Z");
    private static final DynamicValues PINNED = new DynamicValues(Clock.fixed(NOW, ZoneOffset.UTC), new Random(7),
            Map.of("CI_TOKEN", "from-ci")::get);

    private static VariableResolver resolver(VariableScope... scopes) {
        return new VariableResolver(List.of(scopes), PINNED);
    }

    private static final VariableScope REQUEST = VariableScope.request(List.of(Variable.of("a", "request")));
    private static final VariableScope FOLDER = new VariableScope(VariableScope.Kind.FOLDER, "folder Users",
            List.of(Variable.of("a", "folder"), Variable.of("b", "folder")));
    private static final VariableScope COLLECTION = VariableScope.collection(List.of(Variable.of("a", "collection"),
            Variable.of("b", "collection"), Variable.of("c", "collection")));
    private static final VariableScope ENVIRONMENT = VariableScope.environment(new Environment("Staging",
            List.of(Variable.of("a", "env"), Variable.of("b", "env"), Variable.of("c", "env"),
                    Variable.of("d", "env"))));
    private static final VariableScope GLOBAL = VariableScope.global(List.of(Variable.of("a", "global"),
            Variable.of("b", "global"), Variable.of("c", "global"), Variable.of("d", "global"),
            Variable.of("e", "global")));

    @Test
    void eachLevelShadowsTheNextOne() {
        VariableResolver r = resolver(REQUEST, FOLDER, COLLECTION, ENVIRONMENT, GLOBAL);
        assertThat(r.resolveText("{{a}} {{b}} {{c}} {{d}} {{e}}").value())
                .isEqualTo("request folder collection env global");
        assertThat(r.lookup("a").orElseThrow().source()).isEqualTo("request");
        assertThat(r.lookup("b").orElseThrow().source()).isEqualTo("folder Users");
        assertThat(r.lookup("c").orElseThrow().source()).isEqualTo("collection");
        assertThat(r.lookup("d").orElseThrow()).isEqualTo(new Lookup("d", "env", "environment Staging",
                VariableScope.Kind.ENVIRONMENT, false));
        assertThat(r.lookup("e").orElseThrow().source()).isEqualTo("global");
        assertThat(resolver(COLLECTION, GLOBAL).resolveText("{{a}}").value()).isEqualTo("collection");
    }

    @Test
    void disabledVariablesAndSecretsWithoutValueDoNotCount() {
        VariableResolver r = resolver(
                VariableScope.request(List.of(new Variable("a", "off", false, false), Variable.secret("b", ""),
                        Variable.of("empty", ""))),
                VariableScope.global(List.of(Variable.of("a", "global"))));
        Resolution<String> result = r.resolveText("{{a}}|{{b}}|{{empty}}|{{ a }}");
        assertThat(result.value()).isEqualTo("global|{{b}}||global");
        assertThat(result.unresolved()).containsExactly("b");
        assertThat(r.lookup("b")).isEmpty();
    }

    @Test
    void valuesReferToValuesAndCyclesStayUnresolvedWithoutOverflow() {
        VariableResolver r = resolver(VariableScope.request(List.of(Variable.of("url", "{{host}}/v{{version}}"),
                        Variable.of("ping", "{{pong}}"), Variable.of("pong", "{{ping}}"),
                        Variable.of("self", "x{{self}}"))),
                VariableScope.global(List.of(Variable.of("host", "https://{{domain}}"), Variable.of("domain", "a.io"),
                        Variable.of("version", "2"))));
        assertThat(r.resolveText("{{url}}/users").value()).isEqualTo("https://a.io/v2/users");
        Resolution<String> cycle = r.resolveText("{{ping}} {{self}}");
        assertThat(cycle.unresolved()).containsExactly("ping", "self");
        assertThat(cycle.value()).isEqualTo("{{ping}} x{{self}}");

        List<Variable> chain = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            chain.add(Variable.of("v" + i, "{{v" + (i + 1) + "}}"));
        }
        Resolution<String> deep = resolver(VariableScope.request(chain)).resolveText("{{v0}}");
        assertThat(deep.complete()).isFalse();
        assertThat(deep.unresolved()).hasSize(1);
    }

    @Test
    void dynamicValuesComeFromTheInjectedClockRandomAndEnvironment() {
        VariableResolver r = resolver(VariableScope.global(List.of()));
        Resolution<String> result = r.resolveText(
                "{{$timestamp}} {{$isoTimestamp}} {{$env.CI_TOKEN}} {{$env.UNSET}}");
        assertThat(result.value()).isEqualTo("1772357415 2026-03-01T09:30:15.250Z from-ci {{$env.UNSET}}");
        assertThat(result.unresolved()).containsExactly("$env.UNSET");
        assertThat(result.secretValues()).containsExactly("from-ci");

        String uuids = r.resolveText("{{$uuid}} {{$guid}} {{$randomUUID}}").value();
        assertThat(uuids.split(" ")).hasSize(3).doesNotHaveDuplicates().allSatisfy(u ->
                assertThat(u).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        for (int i = 0; i < 200; i++) {
            assertThat(Integer.parseInt(r.resolveText("{{$randomInt}}").value())).isBetween(0, 1000);
        }
        assertThat(new DynamicValues(Clock.fixed(NOW, ZoneOffset.UTC), new Random(7), n -> null).value("$uuid"))
                .isEqualTo(new DynamicValues(Clock.fixed(NOW, ZoneOffset.UTC), new Random(7), n -> null)
                        .value("$uuid"));
        assertThat(resolver(VariableScope.request(List.of(Variable.of("$timestamp", "fixed")))).resolveText(
                "{{$timestamp}}").value()).as("a variable of that name wins").isEqualTo("fixed");
        assertThat(r.lookup("$timestamp").orElseThrow().source()).isEqualTo("dynamic");
    }

    @Test
    void theWholeRequestIsResolvedAndUnresolvedNamesComeInOrderOfAppearance() {
        RequestSpec spec = new RequestSpec("POST", "{{host}}/users/:id?q={{q}}&k={{missing1}}",
                List.of(Header.of("X-{{h}}", "{{id}}"), new Header("X-Off", "{{off}}", false)),
                new Body.Form(List.of(Field.of("who", "{{id}}"), new Field("x", "{{off}}", false))),
                new Auth.Basic("{{user}}", "{{password}}"), dev.courier.core.model.RequestSettings.DEFAULTS,
                List.of(new QueryParam("skip={{off}}", false, "")), List.of(PathVariable.of("id", "{{id}}")));
        VariableResolver r = resolver(VariableScope.environment(new Environment("Dev", List.of(
                Variable.of("host", "http://127.0.0.1:1"), Variable.of("q", "a b"), Variable.of("id", "4$2"),
                Variable.of("h", "Trace"), Variable.of("user", "ann"), Variable.secret("password", "pw!")))));

        Resolution<RequestSpec> result = r.resolve(spec);

        RequestSpec sent = result.value();
        assertThat(sent.url()).isEqualTo("http://127.0.0.1:1/users/:id?q=a b&k={{missing1}}");
        assertThat(sent.queryParams()).extracting(QueryParam::text).containsExactly("skip={{off}}", "q=a b",
                "k={{missing1}}");
        assertThat(sent.pathVariables()).containsExactly(PathVariable.of("id", "4$2"));
        assertThat(sent.headers()).containsExactly(Header.of("X-Trace", "4$2"), new Header("X-Off", "{{off}}", false));
        assertThat(sent.body()).isEqualTo(new Body.Form(List.of(Field.of("who", "4$2"), new Field("x", "{{off}}",
                false))));
        assertThat(sent.auth()).isEqualTo(new Auth.Basic("ann", "pw!"));
        assertThat(result.unresolved()).containsExactly("missing1");
        assertThat(result.secretValues()).containsExactly("pw!");

        Resolution<RequestSpec> missing = resolver(VariableScope.global(List.of())).resolve(RequestSpec.of("GET",
                "{{base}}/users/{{userId}}", List.of(), new Body.Multipart(List.of(Part.TextPart.of("t", "{{base}}"))))
                .withAuth(new Auth.Bearer("{{token}}")));
        assertThat(missing.unresolved()).containsExactly("base", "userId", "token");
        assertThat(missing.unresolvedMessage()).isEqualTo("3 unresolved variables: base, userId, token");
    }

    @Test
    void aValueBuiltFromASecretIsSecretToo() {
        VariableResolver r = resolver(VariableScope.request(List.of(Variable.of("auth", "Bearer {{token}}"))),
                VariableScope.global(List.of(Variable.secret("token", "s3cr3t"))));
        assertThat(r.lookup("auth").orElseThrow()).extracting(Lookup::value, Lookup::secret)
                .containsExactly("Bearer s3cr3t", true);
        Resolution<RequestSpec> result = r.resolve(RequestSpec.of("GET", "https://a.io/?t={{token}}", List.of(
                Header.of("Authorization", "{{auth}}")), new Body.Text("{\"t\":\"{{token}}\"}", Body.TextType.JSON)));
        assertThat(result.secretValues()).containsExactly("s3cr3t");
        assertThat(SecretValues.mask(result.value(), result.secretValues()).toString()).doesNotContain("s3cr3t");
        assertThat(SecretValues.carried(result.value(), result.secretValues())).isTrue();
    }

    @Test
    void namesListEveryVisibleNameAndReferencesHaveOffsets() {
        VariableResolver r = resolver(REQUEST, FOLDER, VariableScope.global(List.of(Variable.of("Zed", ""),
                new Variable("hidden", "x", false, false))));
        assertThat(r.names()).containsExactly("$guid", "$isoTimestamp", "$randomInt", "$randomUUID", "$timestamp",
                "$uuid", "a", "b", "Zed");
        assertThat(VariableReference.findIn("x {{ a }} y {{b}}{{c"))
                .containsExactly(new VariableReference("a", 2, 9), new VariableReference("b", 12, 17));
    }
}
