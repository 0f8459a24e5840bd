package dev.courier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsArchiveCheckTest {

    @TempDir
    Path app;

    private Path stamp;
    private Path jar;

    @BeforeEach
    void packagedApp() throws IOException {
        Files.createDirectories(app.resolve("lib"));
        jar = Files.write(app.resolve("lib/one.jar"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        Files.write(app.resolve("modules"), new byte[10]);
        Files.write(app.resolve("courier.jsa"), new byte[] {42});
        stamp = Files.write(app.resolve("courier.jsa.stamp"), List.of("lib/one.jar 3 1700000000", "modules 10 -"));
    }

    @Test
    void archiveFitsTheJarsItWasMadeWith() {
        assertThat(CdsArchiveCheck.mismatch(stamp)).isEmpty();
    }

    @Test
    void aJarCopiedWithoutItsTimestampIsAMismatch() throws IOException {
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_800_000_000_000L));

        assertThat(CdsArchiveCheck.mismatch(stamp)).hasValueSatisfying(why -> assertThat(why).contains("one.jar"));
    }

    @Test
    void aRebuiltJarIsAMismatch() throws IOException {
        Files.write(jar, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));

        assertThat(CdsArchiveCheck.mismatch(stamp)).hasValueSatisfying(why -> assertThat(why).contains("changed"));
    }

    @Test
    void onlyTheSizeCountsWhereTheStampSaysSo() throws IOException {
        Files.setLastModifiedTime(app.resolve("modules"), FileTime.fromMillis(1_900_000_000_000L));

        assertThat(CdsArchiveCheck.mismatch(stamp)).isEmpty();
    }

    @Test
    void aMissingArchiveOrJarIsAMismatch() throws IOException {
        Files.delete(jar);
        assertThat(CdsArchiveCheck.mismatch(stamp)).hasValueSatisfying(why -> assertThat(why).contains("missing"));

        Files.delete(app.resolve("courier.jsa"));
        assertThat(CdsArchiveCheck.mismatch(stamp)).hasValueSatisfying(why -> assertThat(why).contains("jsa"));
    }
}
