package dev.courier.io.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftJournalTest {

    @TempDir
    Path dir;

    private static long bodyFiles(Path dir) throws Exception {
        if (!Files.isDirectory(dir.resolve("bodies"))) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir.resolve("bodies"))) {
            return files.count();
        }
    }

    @Test
    void aJournaledWorkspaceIsRestoredExactly() throws Exception {
        WorkspaceState state = DraftSamples.workspace("http://127.0.0.1:9/typed", DraftSamples.largeBody('x'));
        try (DraftJournal journal = DraftJournal.open(dir)) {
            journal.update(state);
        }
        DraftJournal.Restored restored = DraftJournal.open(dir).restore();
        assertThat(restored.problems()).isEmpty();
        assertThat(restored.state()).isEqualTo(state);
        assertThat(bodyFiles(dir)).as("the large body is stored by reference").isEqualTo(1);
        assertThat(Files.size(dir.resolve("workspace.json"))).isLessThan(DraftJournal.INLINE_BODY_LIMIT);
    }

    @Test
    void updatesAreCoalescedAndWrittenWithinTheDelay() throws Exception {
        try (DraftJournal journal = DraftJournal.open(dir, Duration.ofMillis(300))) {
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                journal.update(DraftSamples.workspace("http://h/" + i, DraftSamples.largeBody('x')));
            }
            Path file = dir.resolve("workspace.json");
            while (!Files.exists(file) && System.nanoTime() - start < 2_000_000_000L) {
                Thread.sleep(10);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("written within the one-second promise").isLessThan(1000);
            Thread.sleep(400);
            assertThat(journal.writeCount()).isEqualTo(1);
            assertThat(DraftJournal.open(dir).restore().state().tabs().get(1).request().url()).isEqualTo("http://h/49");
        }
    }

    @Test
    void bodiesNoLongerReferencedAreRemoved() throws Exception {
        try (DraftJournal journal = DraftJournal.open(dir)) {
            journal.update(DraftSamples.workspace("http://h/", DraftSamples.largeBody('a')));
            journal.flush();
            journal.update(DraftSamples.workspace("http://h/", DraftSamples.largeBody('b')));
            journal.flush();
        }
        assertThat(bodyFiles(dir)).isEqualTo(1);
        assertThat(DraftJournal.open(dir).restore().state().tabs().get(0).lastResponse().orElseThrow().body())
                .isEqualTo(DraftSamples.largeBody('b'));
    }

    @Test
    void aMissingJournalStartsFresh() {
        DraftJournal.Restored restored = DraftJournal.open(dir).restore();
        assertThat(restored.state()).isEqualTo(WorkspaceState.FRESH);
        assertThat(restored.problems()).isEmpty();
    }

    @Test
    void aDamagedJournalIsReportedKeptAsideAndReplacedByAFreshWorkspace() throws Exception {
        Files.writeString(dir.resolve("workspace.json"), "{\"format\": 1,\n \"tabs\": [{\"id\": ");
        DraftJournal.Restored restored = DraftJournal.open(dir).restore();
        assertThat(restored.state()).isEqualTo(WorkspaceState.FRESH);
        assertThat(restored.problems()).singleElement().asString().contains("line 2", "moved to", "fresh workspace");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString()
                    .startsWith("workspace.json.damaged-");
        }

        Files.writeString(dir.resolve("workspace.json"), "{\"format\": 1, \"tabs\": [{\"request\": {\"url\": 3}}]}");
        assertThat(DraftJournal.open(dir).restore().problems()).singleElement().asString().contains("not a workspace");
    }

    @Test
    void aMissingBodyFileIsReportedAndTheResponseShownEmpty() throws Exception {
        try (DraftJournal journal = DraftJournal.open(dir)) {
            journal.update(DraftSamples.workspace("http://h/", DraftSamples.largeBody('a')));
        }
        try (Stream<Path> files = Files.list(dir.resolve("bodies"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        DraftJournal.Restored restored = DraftJournal.open(dir).restore();
        assertThat(restored.problems()).singleElement().asString().contains("Get user");
        assertThat(restored.state().tabs().get(0).lastResponse().orElseThrow().body()).isEmpty();
        assertThat(restored.state().tabs().get(1).request().url()).isEqualTo("http://h/");
    }
}
