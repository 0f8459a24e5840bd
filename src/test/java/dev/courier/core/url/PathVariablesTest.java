package dev.courier.core.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathVariablesTest {

    @Test
    void wholePathSegmentsStartingWithAColonAreVariables() {
        assertThat(PathVariables.names("http://localhost:8080/users/:id/posts/:post_id?x=:no#:no"))
                .containsExactly("id", "post_id");
        assertThat(PathVariables.names("{{base}}/:a/b:c/:a/:b-2/")).containsExactly("a", "b-2");
        assertThat(PathVariables.names("localhost:8080")).isEmpty();
        assertThat(PathVariables.names("http://h/a::b/:1x")).isEmpty();
    }

    @Test
    void substitutesValuesEncodedAsPathSegments() {
        List<PathVariable> values = List.of(PathVariable.of("id", "a b/c?d#e%f"), PathVariable.of("v", "{{ver}}"),
                PathVariable.of("at", "x@y:z;w=1"));
        assertThat(PathVariables.substitute("http://h:81/:v/users/:id/:at/:missing?q=:id#:id", values))
                .isEqualTo("http://h:81/{{ver}}/users/a%20b%2Fc%3Fd%23e%25f/x@y:z;w=1/:missing?q=:id#:id");
        assertThat(PathVariables.substitute("/users/:id", List.of())).isEqualTo("/users/:id");
    }

    @Test
    void rowsFollowTheUrlKeepingValuesByName() {
        List<PathVariable> previous = List.of(new PathVariable("id", "7", "user"), PathVariable.of("old", "x"));
        assertThat(PathVariables.sync("http://h/:org/users/:id", previous))
                .containsExactly(PathVariable.of("org", ""), new PathVariable("id", "7", "user"));
    }
}
