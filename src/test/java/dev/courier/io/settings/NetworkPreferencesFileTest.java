package dev.courier.io.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.http.NetworkPreferences;
import dev.courier.core.model.ProxySetting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkPreferencesFileTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheSystemProxyIsUsed() throws IOException {
        NetworkPreferences prefs = NetworkPreferencesFile.read(dir.resolve("preferences.json"),
                Map.of("https_proxy", "http://p:3128"));
        assertThat(prefs.proxy()).isEqualTo(ProxySetting.SYSTEM);
        assertThat(prefs.environment()).containsEntry("https_proxy", "http://p:3128");
        assertThat(prefs.caFile()).isEmpty();
    }

    @Test
    void preferencesRoundTripInAFileOnlyItsOwnerCanRead() throws IOException {
        Path file = dir.resolve("preferences.json");
        NetworkPreferences prefs = NetworkPreferences.DIRECT
                .withProxy(new ProxySetting.Manual("proxy.corp", 8080, "ann", "s3cret", List.of("localhost")))
                .withCaFile(Optional.of(Path.of("/etc/ssl/corp.pem")));
        NetworkPreferencesFile.write(file, prefs);

        assertThat(NetworkPreferencesFile.read(file, Map.of()).proxy()).isEqualTo(prefs.proxy());
        assertThat(NetworkPreferencesFile.read(file, Map.of()).caFile()).contains(Path.of("/etc/ssl/corp.pem"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aBrokenFileIsReportedAndLeftAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("preferences.json"), "{\"format\": 1, \"proxy\": {\"type\": \"warp\"}}");
        assertThatThrownBy(() -> NetworkPreferencesFile.read(file, Map.of())).hasMessageContaining("proxy.type");
        assertThat(Files.readString(file)).contains("warp");
    }
}
