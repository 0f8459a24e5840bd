package dev.courier.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.http.HttpEngine;
import dev.courier.io.collection.CollectionJson;
import dev.courier.io.collection.CollectionSamples;
import dev.courier.ui.CourierApp;
import dev.courier.ui.collections.OpenCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files the window is started with (a desktop opening a collection file), with a direct UI executor. */
class WorkspaceStartTest {

    private final ScheduledExecutorService background = CourierApp.newBackgroundExecutor();
    @TempDir
    Path home;
    @TempDir
    Path files;

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theCollectionFilesTheWindowIsStartedWithAreOpenAfterTheRestore() throws Exception {
        Path employees = files.resolve("employees.courier.json");
        Files.write(employees, CollectionJson.bytes(CollectionSamples.employees()));
        Workspace workspace = new Workspace(home, new HttpEngine(), background, Runnable::run);
        try {
            workspace.openAtStart(List.of(employees));
            workspace.restore().get(10, TimeUnit.SECONDS);

            assertThat(workspace.collections().open()).extracting(OpenCollection::file)
                    .containsExactly(employees.toAbsolutePath().normalize());
            assertThat(workspace.tabs().tabs()).hasSize(1);
        } finally {
            workspace.close();
        }
    }

    @Test
    void aFileThatCannotBeOpenedIsReportedAndTheWindowStillStarts() throws Exception {
        Workspace workspace = new Workspace(home, new HttpEngine(), background, Runnable::run);
        try {
            workspace.openAtStart(List.of(files.resolve("gone.courier.json")));
            workspace.restore().get(10, TimeUnit.SECONDS);

            assertThat(workspace.collections().open()).isEmpty();
            assertThat(workspace.collections().problemProperty().get()).contains("gone.courier.json");
            assertThat(workspace.tabs().tabs()).hasSize(1);
        } finally {
            workspace.close();
        }
    }
}
