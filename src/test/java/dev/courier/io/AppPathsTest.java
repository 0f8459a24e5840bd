package dev.courier.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void courierHomeWinsOverXdgDataHome() {
        assertThat(AppPaths.home(Map.of("COURIER_HOME", "/tmp/c", "XDG_DATA_HOME", "/tmp/x")))
                .isEqualTo(Path.of("/tmp/c"));
    }

    @Test
    void xdgDataHomeGetsACourierFolder() {
        assertThat(AppPaths.home(Map.of("XDG_DATA_HOME", "/tmp/x"))).isEqualTo(Path.of("/tmp/x/courier"));
        assertThat(AppPaths.home(Map.of("XDG_DATA_HOME", "relative"))).as("the XDG spec ignores relative paths")
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "courier"));
    }

    @Test
    void withoutEitherItIsUnderTheUsersLocalShare() {
        assertThat(AppPaths.home(Map.of("COURIER_HOME", " ", "XDG_DATA_HOME", "")))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "courier"));
    }

    @Test
    void theProcessEnvironmentIsRead() {
        assumeTrue(System.getenv("COURIER_HOME") != null, "Maven sets COURIER_HOME for tests");
        assertThat(AppPaths.home()).isEqualTo(Path.of(System.getenv("COURIER_HOME")));
    }
}
