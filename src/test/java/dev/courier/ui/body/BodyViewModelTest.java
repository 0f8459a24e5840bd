package dev.courier.ui.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.json.JsonFormatException;
import dev.courier.core.model.Body;
import dev.courier.core.model.Field;
import dev.courier.core.model.Part;
import dev.courier.ui.CourierApp;
import dev.courier.ui.KeyValueRow;
import dev.courier.ui.RequestViewModel;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The body part of the request controller, without a toolkit. */
class BodyViewModelTest {

    private final ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
    private final RequestViewModel request = new RequestViewModel(new HttpEngine(), background, Runnable::run);
    private final BodyViewModel body = request.body();

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private void awaitValidation() throws InterruptedException {
        Thread.sleep(BodyViewModel.VALIDATION_DELAY_MILLIS + 200);
    }

    private String contentType() {
        return request.headers().stream().filter(r -> r.nameProperty().get().equals("Content-Type"))
                .map(r -> (r.enabledProperty().get() ? "" : "off:") + r.valueProperty().get()).findFirst().orElse("none");
    }

    @Test
    void eachTypeBuildsItsBodyAndSwitchingKeepsWhatWasTyped() {
        body.textProperty().set("<a>1</a>");
        body.formFields().add(new KeyValueRow("q", "x y", true));
        PartRow file = new PartRow();
        file.nameProperty().set("doc");
        file.kindProperty().set(PartRow.Kind.FILE);
        file.valueProperty().set("/tmp/a.pdf");
        body.parts().add(file);
        body.binaryFileProperty().set("/tmp/blob.bin");

        body.typeProperty().set(BodyType.XML);
        assertThat(body.toBody()).isEqualTo(new Body.Text("<a>1</a>", Body.TextType.XML));
        body.typeProperty().set(BodyType.FORM);
        assertThat(body.toBody()).isEqualTo(new Body.Form(java.util.List.of(Field.of("q", "x y"))));
        body.typeProperty().set(BodyType.MULTIPART);
        assertThat(body.toBody()).isEqualTo(new Body.Multipart(java.util.List.of(
                new Part.FilePart("doc", Path.of("/tmp/a.pdf"), "", "", true))));
        body.typeProperty().set(BodyType.BINARY);
        assertThat(body.toBody()).isEqualTo(new Body.Binary(Path.of("/tmp/blob.bin"), ""));
        body.typeProperty().set(BodyType.NONE);
        assertThat(body.toBody()).isEqualTo(Body.NONE);
        body.typeProperty().set(BodyType.TEXT);
        assertThat(body.toBody()).isEqualTo(new Body.Text("<a>1</a>", Body.TextType.TEXT));
    }

    @Test
    void choosingATypeSetsTheContentTypeRow() {
        assertThat(contentType()).isEqualTo("application/json");
        body.typeProperty().set(BodyType.FORM);
        assertThat(contentType()).isEqualTo("application/x-www-form-urlencoded");
        body.typeProperty().set(BodyType.NONE);
        assertThat(contentType()).isEqualTo("off:application/x-www-form-urlencoded");
        body.typeProperty().set(BodyType.XML);
        assertThat(contentType()).isEqualTo("application/xml");

        request.headers().removeIf(r -> r.nameProperty().get().equals("Content-Type"));
        body.typeProperty().set(BodyType.MULTIPART);
        assertThat(contentType()).isEqualTo("multipart/form-data");
    }

    @Test
    void validatesAfterTypingPausesAndReportsTheFirstProblem() throws Exception {
        body.textProperty().set("{\"a\": 1,}");
        body.textProperty().set("{\"a\": 1 \"b\": 2}");
        awaitValidation();
        assertThat(body.messageProperty().get()).isEqualTo("line 1, column 9: missing comma between properties");
        assertThat(body.checkProperty().get().isValid()).isFalse();

        body.textProperty().set("{\"id\": 1, \"id\": 2}");
        awaitValidation();
        assertThat(body.checkProperty().get().isValid()).isTrue();
        assertThat(body.messageProperty().get()).isEqualTo("line 1, column 11: duplicate key \"id\"");

        body.textProperty().set("");
        awaitValidation();
        assertThat(body.messageProperty().get()).as("an empty body is valid").isEmpty();
    }

    @Test
    void onlyJsonIsValidated() throws Exception {
        body.typeProperty().set(BodyType.TEXT);
        body.textProperty().set("not json at all");
        awaitValidation();
        assertThat(body.messageProperty().get()).isEmpty();
        assertThat(body.problemToConfirm()).isEmpty();
    }

    @Test
    void anInvalidJsonBodyIsConfirmedOnceForTheSameText() {
        body.textProperty().set("[1, 2,]");
        assertThat(body.problemToConfirm()).hasValueSatisfying(p ->
                assertThat(p.describe()).isEqualTo("line 1, column 6: trailing comma before ']'"));
        body.confirmInvalid();
        assertThat(body.problemToConfirm()).isEmpty();
        body.textProperty().set("[1, 2,,]");
        assertThat(body.problemToConfirm()).isPresent();
    }

    @Test
    void formatsOffTheUiThreadAndRefusesInvalidJson() throws Exception {
        body.textProperty().set("{\"n\":1.0,\"a\":[]}");
        assertThat(body.format(true).get(5, TimeUnit.SECONDS)).isEqualTo("{\n  \"n\": 1.0,\n  \"a\": []\n}");
        assertThat(body.textProperty().get()).isEqualTo("{\n  \"n\": 1.0,\n  \"a\": []\n}");
        assertThat(body.format(false).get(5, TimeUnit.SECONDS)).isEqualTo("{\"n\":1.0,\"a\":[]}");

        body.textProperty().set("{\"n\": }");
        assertThatThrownBy(() -> body.format(true).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(JsonFormatException.class);
        assertThat(body.textProperty().get()).isEqualTo("{\"n\": }");
        assertThat(body.messageProperty().get()).isEqualTo("Cannot format: line 1, column 7: expected a value but found '}'");
    }
}
