package dev.courier.core.collection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableSubstitutionTest {

    @Test
    void enabledValuesAreSubstitutedEverywhereAndMissingOnesReported() {
        RequestSpec spec = RequestSpec.of("POST", "{{host}}/users/{{ id }}?q={{missing}}",
                List.of(Header.of("X-{{h}}", "{{id}}")), new Body.Form(List.of(Field.of("who", "{{id}}"))))
                .withAuth(new Auth.Bearer("{{token}}"));
        List<CollectionVariable> variables = List.of(CollectionVariable.of("host", "http://127.0.0.1:1"),
                CollectionVariable.of("id", "4$2"), CollectionVariable.of("h", "Trace"),
                new CollectionVariable("missing", "off", false, false),
                new CollectionVariable("token", "", true, true));

        VariableSubstitution.Result result = VariableSubstitution.apply(spec, variables);

        assertThat(result.request().url()).isEqualTo("http://127.0.0.1:1/users/4$2?q={{missing}}");
        assertThat(result.request().headers()).containsExactly(Header.of("X-Trace", "4$2"));
        assertThat(result.request().body()).isEqualTo(new Body.Form(List.of(Field.of("who", "4$2"))));
        assertThat(result.request().auth()).isEqualTo(new Auth.Bearer("{{token}}"));
        assertThat(result.unresolved()).containsExactlyInAnyOrder("missing", "token");
    }
}
