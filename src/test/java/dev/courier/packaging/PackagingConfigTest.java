package dev.courier.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * packaging/ is not built by {@code mvn verify} (it takes minutes and needs Xvfb); this keeps its files consistent
 * with the code and with each other, so that packaging/package.sh does not break unnoticed.
 */
class PackagingConfigTest {

    private static final Path PACKAGING = Path.of("packaging");

    @Test
    void theLauncherStartsTheJarsMainClass() throws Exception {
        String mainClass = option(PACKAGING.resolve("jpackage-image.args"), "--main-class");

        assertThat(Class.forName(mainClass).getMethod("main", String[].class)).isNotNull();
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<main.class>" + mainClass + "</main.class>");
    }

    @Test
    void theArchiveScriptFindsTheArchiveOptionItReplaces() throws IOException {
        String imageArgs = Files.readString(PACKAGING.resolve("jpackage-image.args"));
        String script = Files.readString(PACKAGING.resolve("cds-archive.sh"));

        assertThat(imageArgs).contains("--java-options \"-XX:SharedArchiveFile=$APPDIR/courier.jsa\"")
                .contains("--java-options \"-Dcourier.cds.stamp=$APPDIR/courier.jsa.stamp\"");
        assertThat(script).contains("archive_option='java-options=-XX:SharedArchiveFile=$APPDIR/courier.jsa'");
    }

    @Test
    void theArchiveScriptsProofClassExists() throws Exception {
        Matcher proof = Pattern.compile("(?m)^proof_class=(\\S+)$")
                .matcher(Files.readString(PACKAGING.resolve("cds-archive.sh")));

        assertThat(proof.find()).as("proof_class= in cds-archive.sh").isTrue();
        assertThat(Class.forName(proof.group(1), false, getClass().getClassLoader())).isNotNull();
    }

    @Test
    void everyFileTheConfigurationNamesExists() throws IOException {
        Properties association = new Properties();
        try (Reader reader = Files.newBufferedReader(PACKAGING.resolve("courier-json.properties"))) {
            association.load(reader);
        }
        assertThat(Path.of(association.getProperty("icon"))).isRegularFile();
        // The postinst installs it as a 128 px icon.
        assertThat(association.getProperty("icon")).isEqualTo("assets/icon/courier-128.png");
        assertThat(association.getProperty("extension")).isEqualTo("courier.json");
        assertThat(Path.of(option(PACKAGING.resolve("jpackage-deb.args"), "--file-associations"))).isRegularFile();
        assertThat(Path.of(option(PACKAGING.resolve("jpackage-deb.args"), "--resource-dir"), "Courier.desktop"))
                .isRegularFile();
        for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512)) {
            assertThat(Path.of("assets/icon/courier-" + size + ".png")).isRegularFile();
        }
        assertThat(Files.readString(PACKAGING.resolve("package.sh"))).contains("assets/icon/courier-256.png");
    }

    @Test
    void theDesktopEntryIsAnApplicationThatOpensCollections() throws IOException {
        String entry = Files.readString(PACKAGING.resolve("resources/Courier.desktop"));

        assertThat(entry).startsWith("[Desktop Entry]\n").contains("\nType=Application\n", "\nName=Courier\n",
                "\nExec=APPLICATION_LAUNCHER %F\n", "\nIcon=APPLICATION_ICON\n", "\nDESKTOP_MIMES\n",
                // One main category, or menus list it twice (desktop-file-validate's hint).
                "\nCategories=Development;WebDevelopment;\n");
    }

    @Test
    void theRuntimeKeepsTheModulesUsedOnlyByName() throws IOException {
        assertThat(Files.readAllLines(PACKAGING.resolve("modules.txt")))
                .contains("jdk.crypto.ec", "jdk.charsets", "java.net.http");
    }

    private static String option(Path argumentFile, String name) throws IOException {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$")
                .matcher(Files.readString(argumentFile));
        assertThat(matcher.find()).as(name + " in " + argumentFile).isTrue();
        return matcher.group(1);
    }
}
