package dev.courier.io.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.cookies.CookieJar;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CookieJarsTest {

    @TempDir
    Path dir;

    @Test
    void eachJarIsSavedOnChangeAndReadBack() throws Exception {
        CookieJars jars = new CookieJars(dir);
        jars.jar(CookieJars.UNSAVED).store(URI.create("https://api.test/v1/login"),
                List.of("session=abc; Secure; HttpOnly; SameSite=Lax; Max-Age=600", "theme=dark; Domain=api.test"));
        jars.jar("collections/My API.courier.json").store(URI.create("http://h/"), List.of("x=1"));
        jars.flush();
        assertThat(jars.file(CookieJars.UNSAVED)).isEqualTo(dir.resolve("unsaved.json"));
        assertThat(jars.file("collections/My API.courier.json").getFileName().toString())
                .isEqualTo("collections_2fMy_20API.courier.json.json");
        assertThat(Files.readString(jars.file(CookieJars.UNSAVED))).startsWith("{\n  \"format\": 1,");

        CookieJars reopened = new CookieJars(dir);
        assertThat(reopened.jar(CookieJars.UNSAVED).all()).isEqualTo(jars.jar(CookieJars.UNSAVED).all());
        assertThat(reopened.jar("collections/My API.courier.json").cookieHeader(URI.create("http://h/"), java.util.Set.of()))
                .contains("x=1");
        assertThat(reopened.problems()).isEmpty();
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aCorruptFileIsReportedAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("unsaved.json");
        String broken = "{\"format\": 1, \"cookies\": [\n  {\"name\": \"a\",\n}";
        Files.writeString(file, broken);
        CookieJars jars = new CookieJars(dir);
        CookieJar jar = jars.jar(CookieJars.UNSAVED);
        assertThat(jars.problem(CookieJars.UNSAVED)).hasValueSatisfying(m -> assertThat(m)
                .contains("unsaved.json").contains("not valid JSON at line 3, column"));
        jar.store(URI.create("http://h/"), List.of("new=1"));
        jars.flush();
        assertThat(jar.all()).hasSize(1);
        assertThat(Files.readString(file)).isEqualTo(broken);
    }
}
