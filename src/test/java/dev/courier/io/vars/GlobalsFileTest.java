package dev.courier.io.vars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.model.Environment;
import dev.courier.core.model.Variable;
import dev.courier.core.vars.EnvironmentRef;
import dev.courier.core.vars.Globals;
import dev.courier.io.file.UnreadableFileException;
import dev.courier.io.settings.InsecureHostsFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalsFileTest {

    @TempDir
    Path dir;

    private static final Globals GLOBALS = new Globals(List.of(Variable.of("host", "127.0.0.1"),
            Variable.secret("token", "g-s3cr3t"), new Variable("off", "x", false, false)),
            List.of(new Environment("Staging", List.of(Variable.of("host", "staging"),
                    Variable.secret("token", "st-s3cr3t")))));

    @Test
    void savesPrettyStableJsonWithoutSecretsAndLoadsThemBackFromTheStore() throws Exception {
        GlobalsFile file = new GlobalsFile(dir.resolve("environments.json"), new SecretStore(dir.resolve("s.json")));
        assertThat(file.load()).isEqualTo(Globals.EMPTY);
        file.save(GLOBALS);

        String bytes = new String(Files.readAllBytes(file.file()), StandardCharsets.UTF_8);
        assertThat(bytes).doesNotContain("s3cr3t").startsWith("{\n  \"format\": 1,\n  \"variables\": [\n")
                .endsWith("}\n").contains("\"name\": \"token\",\n      \"value\": \"\",\n      \"enabled\": true,\n"
                        + "      \"secret\": true");
        assertThat(Files.readString(dir.resolve("s.json"))).contains("g-s3cr3t", "st-s3cr3t");
        assertThat(Files.getPosixFilePermissions(dir.resolve("s.json")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(file.load()).isEqualTo(GLOBALS);
        file.save(file.load());
        assertThat(Files.readString(file.file())).isEqualTo(bytes);
    }

    @Test
    void aDamagedFileIsReportedWithLineAndColumnAndNeverOverwritten() throws Exception {
        Path path = dir.resolve("environments.json");
        Files.writeString(path, "{\"format\": 1,\n  \"variables\": [{\"name\": \"a\", \"colour\": 1}]}");
        GlobalsFile file = new GlobalsFile(path, new SecretStore(dir.resolve("s.json")));
        assertThatThrownBy(file::load).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.problem().line()).isEqualTo(2);
            assertThat(e.problem().describe()).contains("variables[0].colour: unknown key");
        });
        assertThatThrownBy(() -> file.save(GLOBALS)).isInstanceOf(UnreadableFileException.class);
        assertThat(Files.readString(path)).contains("colour");
        assertThat(dir.resolve("s.json")).as("nothing stored either").doesNotExist();

        Files.writeString(path, "{\"format\": 1, \"variables\": [}");
        assertThatThrownBy(file::load).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem().column()).isEqualTo(29));
    }

    @Test
    void theActiveEnvironmentIsRememberedPerContext() throws Exception {
        ActiveEnvironments active = new ActiveEnvironments(dir.resolve("active-environments.json"));
        Path api = dir.resolve("api.courier.json");
        assertThat(active.active(api)).isEmpty();
        active.setActive(api, EnvironmentRef.collection("Staging"));
        active.setActive(null, EnvironmentRef.global("Dev"));
        active.setActive(dir.resolve("other.courier.json"), EnvironmentRef.global("Prod"));

        ActiveEnvironments reread = new ActiveEnvironments(dir.resolve("active-environments.json"));
        assertThat(reread.active(dir.resolve("x/../api.courier.json"))).contains(EnvironmentRef.collection("Staging"));
        assertThat(reread.active(null)).contains(EnvironmentRef.global("Dev"));
        reread.setActive(api, null);
        assertThat(active.active(api)).isEmpty();
        assertThat(active.active(dir.resolve("other.courier.json"))).contains(EnvironmentRef.global("Prod"));

        Files.writeString(active.active(null).isPresent() ? dir.resolve("active-environments.json") : api,
                "{\"format\": 1, \"contexts\": {\"\": {\"source\": \"moon\", \"name\": \"x\"}}}");
        assertThatThrownBy(() -> active.setActive(null, null)).isInstanceOf(UnreadableFileException.class);
        assertThat(Files.readString(dir.resolve("active-environments.json"))).contains("moon");
    }

    @Test
    void dismissedHostsArePersisted() throws Exception {
        InsecureHostsFile hosts = new InsecureHostsFile(dir.resolve("http-warnings.json"));
        assertThat(hosts.dismissed()).isEmpty();
        hosts.dismiss("API.example.com");
        hosts.dismiss("other.example.com");
        hosts.restore("other.example.com");
        assertThat(new InsecureHostsFile(dir.resolve("http-warnings.json")).dismissed())
                .containsExactly("api.example.com");
    }
}
