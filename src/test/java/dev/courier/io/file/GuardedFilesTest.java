package dev.courier.io.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuardedFilesTest {

    private static final GuardedFiles.Parser<JsonNode> JSON = bytes -> {
        try {
            return new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new FileFormatException(FileProblem.of(e));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    };

    @TempDir
    Path dir;

    private final GuardedFiles files = new GuardedFiles();

    @Test
    void aFileThatDoesNotParseIsReportedWithLineAndColumnAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("broken.courier.json");
        Files.writeString(file, "{\n  \"a\": 1,\n  oops\n}\n");

        assertThatThrownBy(() -> files.read(file, JSON))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem().line()).isEqualTo(3);
                    assertThat(e.problem().column()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("line 3, column 3: ");
                });
        assertThat(files.status(file)).isEqualTo(GuardedFiles.Status.LAST_READ_FAILED);
        for (GuardedFiles.Overwrite overwrite : GuardedFiles.Overwrite.values()) {
            assertThatThrownBy(() -> files.save(file, "{}".getBytes(StandardCharsets.UTF_8), overwrite))
                    .isInstanceOfSatisfying(SaveRefusedException.class, e ->
                            assertThat(e.reason()).isEqualTo(SaveRefusedException.Reason.LAST_READ_FAILED));
        }
        assertThat(Files.readString(file)).contains("oops");

        Path elsewhere = dir.resolve("repaired.courier.json");
        files.save(elsewhere, "{}".getBytes(StandardCharsets.UTF_8), GuardedFiles.Overwrite.IF_UNCHANGED);
        assertThat(Files.readString(elsewhere)).isEqualTo("{}");
    }

    @Test
    void aFileRepairedOnDiskCanBeReadAndSavedAgain() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{");
        assertThatThrownBy(() -> files.read(file, JSON)).isInstanceOf(UnreadableFileException.class);
        Files.writeString(file, "{}");
        files.read(file, JSON);
        files.save(file, "{\"b\":2}".getBytes(StandardCharsets.UTF_8), GuardedFiles.Overwrite.IF_UNCHANGED);
        assertThat(Files.readString(file)).isEqualTo("{\"b\":2}");
    }

    @Test
    void aChangeOnDiskIsDetectedAndOnlyOverwrittenWhenAsked() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"a\":1}");
        files.read(file, JSON);
        assertThat(files.status(file)).isEqualTo(GuardedFiles.Status.UNCHANGED);

        Files.writeString(file, "{\"a\":2}"); // same size, other bytes
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(files.status(file)).isEqualTo(GuardedFiles.Status.CHANGED_ON_DISK);
        assertThatThrownBy(() -> files.save(file, "{}".getBytes(StandardCharsets.UTF_8),
                GuardedFiles.Overwrite.IF_UNCHANGED)).isInstanceOf(SaveRefusedException.class);
        assertThat(Files.readString(file)).isEqualTo("{\"a\":2}");

        files.save(file, "{}".getBytes(StandardCharsets.UTF_8), GuardedFiles.Overwrite.EVEN_IF_CHANGED);
        assertThat(Files.readString(file)).isEqualTo("{}");
        assertThat(files.status(file)).isEqualTo(GuardedFiles.Status.UNCHANGED);
    }

    @Test
    void aTouchWithoutNewBytesIsNoChangeButADeletionIs() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"a\":1}");
        files.read(file, JSON);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(files.status(file)).isEqualTo(GuardedFiles.Status.UNCHANGED);
        Files.delete(file);
        assertThat(files.status(file)).isEqualTo(GuardedFiles.Status.CHANGED_ON_DISK);
    }

    @Test
    void ourOwnSaveIsNotAChange() throws Exception {
        Path file = dir.resolve("new.json");
        assertThat(files.status(file)).isEqualTo(GuardedFiles.Status.UNTRACKED);
        files.save(file, "{}".getBytes(StandardCharsets.UTF_8), GuardedFiles.Overwrite.IF_UNCHANGED);
        files.save(file, "[]".getBytes(StandardCharsets.UTF_8), GuardedFiles.Overwrite.IF_UNCHANGED);
        assertThat(Files.readString(file)).isEqualTo("[]");
    }
}
