package dev.courier.core.vars;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.collection.Collection;
import dev.courier.core.collection.Defaults;
import dev.courier.core.collection.Folder;
import dev.courier.core.collection.RequestItem;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Environment;
import dev.courier.core.model.RequestSpec;
import dev.courier.core.model.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableContextTest {

    private static final RequestItem GET_USER = RequestItem.of("get-user", "Get user", RequestSpec.of("GET",
            "users/{{id}}", List.of(), Body.NONE).withVariables(List.of(Variable.of("id", "request"))));
    private static final Folder INNER = Folder.of("inner", "Inner").withItems(List.of(GET_USER))
            .withVariables(List.of(Variable.of("who", "inner")));
    private static final Folder OUTER = Folder.of("outer", "Outer").withItems(List.of(INNER))
            .withVariables(List.of(Variable.of("who", "outer"), Variable.of("depth", "outer")));
    private static final Collection API = new Collection("API", "", new Defaults("{{base}}", List.of(),
            new Auth.Bearer("{{token}}")), List.of(Variable.of("base", "https://api.example.com"),
            Variable.secret("token", "")), List.of(OUTER), List.of(new Environment("Staging",
            List.of(Variable.of("base", "https://staging.example.com"), Variable.secret("token", "st")))));

    @Test
    void aSavedRequestSeesItsFoldersInnermostFirstThenCollectionEnvironmentAndGlobals() {
        VariableContext context = VariableContext.of(API, API.environment("Staging").orElseThrow(),
                List.of(Variable.of("base", "global"), Variable.of("g", "global")));
        VariableResolver r = context.forRequest("get-user", GET_USER.request());
        assertThat(r.scopes()).extracting(VariableScope::label).containsExactly("request", "folder Inner",
                "folder Outer", "collection", "environment Staging", "global");
        assertThat(r.resolveText("{{who}} {{depth}} {{base}} {{token}} {{g}}").value())
                .isEqualTo("inner outer https://api.example.com st global");

        Resolution<RequestSpec> sent = context.resolveSaved("get-user",
                GET_USER.request().withVariables(List.of(Variable.of("id", "edited"))));
        assertThat(sent.value().url()).isEqualTo("https://api.example.com/users/edited");
        assertThat(sent.value().auth()).isEqualTo(new Auth.Bearer("st"));
        assertThat(sent.secretValues()).containsExactly("st");
        assertThat(context.forFolder("inner").scopes()).extracting(VariableScope::label)
                .containsExactly("request", "folder Inner", "folder Outer", "collection", "environment Staging",
                        "global");
    }

    @Test
    void overridesWinAndAreSecretWhenTheNameIsSecretAnywhere() {
        VariableContext context = VariableContext.of(API, null, List.of())
                .withOverrides(List.of(Variable.of("token", "given"), Variable.of("id", "7")));
        Resolution<RequestSpec> sent = context.resolveSaved("get-user", GET_USER.request());
        assertThat(sent.value().url()).isEqualTo("https://api.example.com/users/7");
        assertThat(sent.value().auth()).isEqualTo(new Auth.Bearer("given"));
        assertThat(sent.secretValues()).containsExactly("given");
    }

    @Test
    void outsideCollectionsTheRequestEnvironmentAndGlobalsApply() {
        VariableContext context = VariableContext.of(null, Environment.named("Empty"),
                List.of(Variable.of("host", "127.0.0.1")));
        Resolution<RequestSpec> sent = context.resolveScratch(RequestSpec.of("GET", "http://{{host}}/{{p}}",
                List.of(), Body.NONE).withVariables(List.of(Variable.of("p", "x"))));
        assertThat(sent.value().url()).isEqualTo("http://127.0.0.1/x");
        assertThat(EnvironmentRef.byName("Staging", API, new Globals(List.of(), List.of(Environment.named("Staging")))))
                .contains(EnvironmentRef.collection("Staging"));
        Globals globals = new Globals(List.of(), List.of(Environment.named("Staging")));
        assertThat(EnvironmentRef.byName("Staging", null, globals)).contains(EnvironmentRef.global("Staging"));
        assertThat(EnvironmentRef.byName("Nope", API, Globals.EMPTY)).isEmpty();
    }
}
