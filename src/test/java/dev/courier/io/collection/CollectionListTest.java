package dev.courier.io.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionListTest {

    @TempDir
    Path dir;

    @Test
    void remembersOpenFilesAndRecentOnesNewestFirstAcrossWrites() throws Exception {
        Path a = dir.resolve("a.courier.json");
        Path b = dir.resolve("b.courier.json");
        CollectionList list = CollectionList.EMPTY.opened(a).opened(b).closed(a);
        list.write(dir.resolve("collections.json"));

        CollectionList read = CollectionList.read(dir.resolve("collections.json"));
        assertThat(read.open()).containsExactly(b);
        assertThat(read.recent()).containsExactly(b, a);
        assertThat(read.opened(a).recent()).containsExactly(a, b);
    }

    @Test
    void keepsAtMostTenRecentFiles() {
        CollectionList list = CollectionList.EMPTY;
        for (int i = 0; i < 14; i++) {
            list = list.opened(dir.resolve(i + ".courier.json"));
        }
        assertThat(list.recent()).hasSize(CollectionList.MAX_RECENT).first().isEqualTo(dir.resolve("13.courier.json"));
        assertThat(list.open()).hasSize(14);
    }

    @Test
    void aMissingOrDamagedListIsEmpty() throws Exception {
        assertThat(CollectionList.read(dir.resolve("none.json"))).isEqualTo(CollectionList.EMPTY);
        Files.writeString(dir.resolve("bad.json"), "{\"open\": [");
        assertThat(CollectionList.read(dir.resolve("bad.json"))).isEqualTo(CollectionList.EMPTY);
    }
}
