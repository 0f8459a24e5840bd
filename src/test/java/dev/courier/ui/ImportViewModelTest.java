package dev.courier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.http.HttpEngine;
import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import dev.courier.ui.body.BodyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a curl command into the form, and undoing it; no toolkit. */
class ImportViewModelTest {

    private final ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
    private final RequestViewModel request = new RequestViewModel(new HttpEngine(), background, Runnable::run);
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private ImportViewModel imports() {
        return new ImportViewModel(request, dir, background, Runnable::run);
    }

    @Test
    void recognisesCurlCommands() {
        assertThat(ImportViewModel.isCurlCommand("curl https://x")).isTrue();
        assertThat(ImportViewModel.isCurlCommand("  $ curl -s https://x")).isTrue();
        assertThat(ImportViewModel.isCurlCommand("curl.exe -X POST https://x")).isTrue();
        assertThat(ImportViewModel.isCurlCommand("curl\\\n  https://x")).isFalse();
        assertThat(ImportViewModel.isCurlCommand("https://curl.se")).isFalse();
        assertThat(ImportViewModel.isCurlCommand("curly")).isFalse();
    }

    @Test
    void fillsTheWholeFormAndUndoPutsItBack() throws Exception {
        Files.writeString(dir.resolve("body.json"), "{\"a\": 1}");
        RequestViewModel.FormState before = request.snapshot();
        ImportViewModel imports = imports();

        boolean imported = imports.importCurl("curl -X PUT 'https://api.example.com/items/7?x=1' "
                + "-H 'X-Trace: abc' -u ann:secret -H 'Content-Type: application/json' -d @body.json")
                .get(5, TimeUnit.SECONDS);

        assertThat(imported).isTrue();
        RequestSpec spec = request.toSpec();
        assertThat(spec.method()).isEqualTo("PUT");
        assertThat(spec.url()).isEqualTo("https://api.example.com/items/7?x=1");
        assertThat(spec.headers()).contains(Header.of("X-Trace", "abc"), Header.of("Content-Type", "application/json"));
        assertThat(spec.auth()).isEqualTo(new Auth.Basic("ann", "secret"));
        assertThat(request.body().typeProperty().get()).isEqualTo(BodyType.JSON);
        assertThat(spec.body()).isEqualTo(new Body.Text("{\"a\": 1}", Body.TextType.JSON));
        assertThat(spec.settings().followRedirects()).as("curl does not follow redirects without -L").isFalse();
        assertThat(imports.noticeProperty().get()).startsWith("Imported curl command: PUT https://api.example.com");
        assertThat(imports.canUndoProperty().get()).isTrue();

        imports.undo();
        assertThat(request.snapshot()).isEqualTo(before);
        assertThat(imports.canUndoProperty().get()).isFalse();
    }

    @Test
    void aBrokenCommandLeavesTheFormAloneAndSaysWhy() throws Exception {
        RequestViewModel.FormState before = request.snapshot();
        ImportViewModel imports = imports();
        assertThat(imports.importCurl("curl -H 'X: 1'").get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(imports.failedProperty().get()).isTrue();
        assertThat(imports.noticeProperty().get()).startsWith("Not imported: ");
        assertThat(request.snapshot()).isEqualTo(before);
    }

    @Test
    void formsAndMultipartArriveAsTheirBodyTypes() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "file body");
        imports().importCurl("curl https://x.example/f -F name=Emma -F 'doc=@a.txt;type=text/plain'")
                .get(5, TimeUnit.SECONDS);
        assertThat(request.body().typeProperty().get()).isEqualTo(BodyType.MULTIPART);
        assertThat(request.body().parts()).hasSize(2);

        imports().importCurl("curl https://x.example/f -d a=1 -d b=two").get(5, TimeUnit.SECONDS);
        assertThat(request.body().typeProperty().get()).isEqualTo(BodyType.FORM);
        assertThat(request.body().formFields()).extracting(r -> r.nameProperty().get()).containsExactly("a", "b");
    }
}
