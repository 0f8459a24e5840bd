package dev.courier.core.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.core.model.Body;
import dev.courier.core.model.RequestSpec;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CollectionTreeTest {

    private static RequestSpec get(String url) {
        return RequestSpec.of("GET", url, List.of(), Body.NONE);
    }

    /** users/ [list, get], admin/ [audit/ [log]], ping. */
    private static Collection sample() {
        Collection c = Collection.named("API");
        Folder users = CollectionTree.newFolder(c, "Users");
        c = CollectionTree.add(c, CollectionTree.ROOT, CollectionTree.END, users);
        c = CollectionTree.add(c, "users", CollectionTree.END, CollectionTree.newRequest(c, "List users", get("/u")));
        c = CollectionTree.add(c, "users", CollectionTree.END, CollectionTree.newRequest(c, "Get user", get("/u/1")));
        c = CollectionTree.add(c, CollectionTree.ROOT, CollectionTree.END, CollectionTree.newFolder(c, "Admin"));
        c = CollectionTree.add(c, "admin", 0, CollectionTree.newFolder(c, "Audit"));
        c = CollectionTree.add(c, "audit", 0, CollectionTree.newRequest(c, "Log", get("/log")));
        return CollectionTree.add(c, CollectionTree.ROOT, CollectionTree.END,
                CollectionTree.newRequest(c, "Ping", get("/")));
    }

    private static List<String> ids(List<Node> items) {
        return items.stream().map(Node::id).toList();
    }

    @Test
    void newNodesGetReadableUniqueIds() {
        Collection c = sample();
        assertThat(ids(c.items())).containsExactly("users", "admin", "ping");
        assertThat(CollectionTree.newRequest(c, "List users", get("/")).id()).isEqualTo("list-users-2");
        assertThat(CollectionTree.newFolder(c, "Ünïcode & Co.").id()).isEqualTo("unicode-co");
        assertThat(CollectionTree.newFolder(c, "???").id()).isEqualTo("folder");
        assertThatThrownBy(() -> CollectionTree.add(c, CollectionTree.ROOT, 0, Folder.of("ping", "Again")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renameKeepsTheIdAndLeavesTheOriginalUntouched() {
        Collection before = sample();
        Collection after = CollectionTree.rename(before, "get-user", "Fetch user");
        assertThat(CollectionTree.find(after, "get-user").orElseThrow().name()).isEqualTo("Fetch user");
        assertThat(CollectionTree.find(before, "get-user").orElseThrow().name()).isEqualTo("Get user");
    }

    @Test
    void duplicatePutsACopyWithFreshIdsRightAfterTheOriginal() {
        CollectionTree.Edit edit = CollectionTree.duplicate(sample(), "admin");
        Collection c = edit.collection();
        assertThat(edit.id()).isEqualTo("admin-copy");
        assertThat(ids(c.items())).containsExactly("users", "admin", "admin-copy", "ping");
        Folder copy = (Folder) CollectionTree.find(c, "admin-copy").orElseThrow();
        assertThat(copy.name()).isEqualTo("Admin copy");
        assertThat(ids(copy.items())).containsExactly("audit-2");
        assertThat(ids(((Folder) copy.items().get(0)).items())).containsExactly("log-2");
        assertThat(NodeIds.all(c)).hasSize(10);
    }

    @Test
    void deleteRemovesTheNodeAndEverythingInside() {
        Collection c = CollectionTree.delete(sample(), "admin");
        assertThat(ids(c.items())).containsExactly("users", "ping");
        assertThat(CollectionTree.find(c, "log")).isEmpty();
        assertThatThrownBy(() -> CollectionTree.delete(c, "admin")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void moveTakesANodeIntoAnotherFolderAtAnIndex() {
        Collection c = CollectionTree.move(sample(), "ping", "users", 1);
        assertThat(ids(c.items())).containsExactly("users", "admin");
        assertThat(ids(((Folder) c.items().get(0)).items())).containsExactly("list-users", "ping", "get-user");
        assertThat(CollectionTree.ancestors(c, "ping")).extracting(Folder::id).containsExactly("users");

        Collection reordered = CollectionTree.move(sample(), "users", CollectionTree.ROOT, CollectionTree.END);
        assertThat(ids(reordered.items())).containsExactly("admin", "ping", "users");
    }

    @Test
    void aFolderCannotBeMovedIntoItselfOrItsDescendants() {
        assertThatThrownBy(() -> CollectionTree.move(sample(), "admin", "audit", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CollectionTree.move(sample(), "admin", "admin", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CollectionTree.move(sample(), "log", "ping", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ancestorsAndParentsAreFoundFromTheTop() {
        Collection c = sample();
        assertThat(CollectionTree.ancestors(c, "log")).extracting(Folder::id).containsExactly("admin", "audit");
        assertThat(CollectionTree.parentId(c, "ping")).isEqualTo(CollectionTree.ROOT);
        assertThat(CollectionTree.parentId(c, "log")).isEqualTo("audit");
    }

    @Test
    void sortPutsFoldersFirstThenNamesIgnoringCase() {
        Collection c = sample();
        c = CollectionTree.add(c, CollectionTree.ROOT, 0, CollectionTree.newRequest(c, "alpha", get("/a")));
        Collection top = TreeViews.sort(c, CollectionTree.ROOT, false);
        assertThat(ids(top.items())).containsExactly("admin", "users", "alpha", "ping");
        assertThat(ids(((Folder) top.items().get(1)).items())).containsExactly("list-users", "get-user");
        Collection deep = TreeViews.sort(c, CollectionTree.ROOT, true);
        assertThat(ids(((Folder) deep.items().get(1)).items())).containsExactly("get-user", "list-users");
        Collection oneFolder = TreeViews.sort(c, "users", false);
        assertThat(ids(oneFolder.items())).containsExactly("alpha", "users", "admin", "ping");
        assertThat(ids(((Folder) oneFolder.items().get(1)).items())).containsExactly("get-user", "list-users");
    }

    @Test
    void filterKeepsMatchingRequestsWithTheirFoldersAndMatchingFoldersWhole() {
        Collection c = sample();
        assertThat(TreeViews.filter(c, "  ")).isEqualTo(c);
        Collection byUrl = TreeViews.filter(c, "/LOG");
        assertThat(ids(byUrl.items())).containsExactly("admin");
        assertThat(CollectionTree.find(byUrl, "log")).isPresent();
        Collection byFolder = TreeViews.filter(c, "users");
        assertThat(ids(byFolder.items())).containsExactly("users");
        assertThat(ids(((Folder) byFolder.items().get(0)).items())).containsExactly("list-users", "get-user");
        assertThat(TreeViews.filter(c, "nothing matches").items()).isEmpty();
    }
}
