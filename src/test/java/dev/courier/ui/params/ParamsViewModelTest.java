package dev.courier.ui.params;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.url.PathVariable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The query table and the URL, kept in step both ways; no toolkit. */
class ParamsViewModelTest {

    private final StringProperty url = new SimpleStringProperty("");
    private final ParamsViewModel params = new ParamsViewModel(url);

    private String rows() {
        StringBuilder b = new StringBuilder();
        for (ParamRow r : params.params()) {
            b.append(r.enabledProperty().get() ? "" : "off:").append(r.nameProperty().get()).append('=')
                    .append(r.valueProperty().get()).append(';');
        }
        return b.toString();
    }

    @Test
    void typingAQueryFillsTheTableWithDecodedValuesInOrderWithRepeats() {
        url.set("https://api.example.com/items?a=1&b=two%20words&a=3&flag&{{k}}={{v}}");
        assertThat(rows()).isEqualTo("a=1;b=two words;a=3;flag=;{{k}}={{v}};");
    }

    @Test
    void editingTheTableRewritesOnlyTheQueryEncodingWhatWasTyped() {
        url.set("https://api.example.com/items?a=1&b=x#frag");
        params.params().get(1).valueProperty().set("a&b=c d/é");
        assertThat(url.get()).isEqualTo("https://api.example.com/items?a=1&b=a%26b%3Dc%20d%2F%C3%A9#frag");
        ParamRow added = params.addParam();
        added.nameProperty().set("id");
        added.valueProperty().set("{{userId}}");
        assertThat(url.get()).isEqualTo("https://api.example.com/items?a=1&b=a%26b%3Dc%20d%2F%C3%A9&id={{userId}}#frag");
    }

    @Test
    void aSwitchedOffRowLeavesTheUrlButStaysInTheTable() {
        url.set("http://h/?a=1&b=2&c=3");
        params.params().get(1).enabledProperty().set(false);
        params.params().get(1).descriptionProperty().set("not now");
        assertThat(url.get()).isEqualTo("http://h/?a=1&c=3");
        url.set("http://h/?a=1&c=4");
        assertThat(rows()).isEqualTo("a=1;off:b=2;c=4;");
        assertThat(params.queryParams().get(1).description()).isEqualTo("not now");
    }

    @Test
    void textTypedInTheUrlIsKeptByteForByte() {
        url.set("http://h/?q=a+b&x=%7e&&y");
        params.params().get(0).descriptionProperty().set("note");
        assertThat(url.get()).isEqualTo("http://h/?q=a+b&x=%7e&&y");
    }

    @Test
    void pathSegmentsGetTheirOwnRows() {
        url.set("http://h/users/:id/posts/:postId?x=1");
        assertThat(params.pathVariables()).extracting(r -> r.nameProperty().get()).containsExactly("id", "postId");
        params.pathVariables().get(0).valueProperty().set("42");
        url.set("http://h/users/:id/comments");
        assertThat(params.pathVariableValues()).containsExactly(new PathVariable("id", "42", ""));
    }
}
