package dev.courier.io.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesANewFileInANewDirectoryAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a/b/c.json");
        AtomicFiles.writeString(target, "héllo\n");
        assertThat(Files.readString(target)).isEqualTo("héllo\n");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void replacesAnExistingFileAndKeepsItsPermissions() throws Exception {
        Path target = dir.resolve("c.json");
        Files.writeString(target, "old old old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(target, "new");
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }

    @Test
    void leftoversOfAKilledWriteAreDeletedOnceOld() throws Exception {
        Path target = dir.resolve("workspace.json");
        Path old = dir.resolve(".workspace.json.1234.tmp");
        Path recent = dir.resolve(".workspace.json.5678.tmp");
        Path other = dir.resolve(".other.json.1234.tmp");
        for (Path p : new Path[] {old, recent, other}) {
            Files.writeString(p, "{\"half");
        }
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(0));
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(0));
        AtomicFiles.deleteLeftovers(target, java.time.Duration.ofMinutes(1));
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(other).exists();
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("c.json");
        Files.createDirectory(target); // a directory cannot be replaced by a file: the move fails
        Files.writeString(target.resolve("inside"), "x");
        try {
            AtomicFiles.writeString(target, "new");
        } catch (java.io.IOException expected) {
            assertThat(expected).isNotNull();
        }
        assertThat(Files.readString(target.resolve("inside"))).isEqualTo("x");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
