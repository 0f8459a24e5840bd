package dev.courier.core.collection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.core.model.Auth;
import dev.courier.core.model.Body;
import dev.courier.core.model.Header;
import dev.courier.core.model.RequestSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EffectiveRequestsTest {

    private static final Auth COLLECTION_TOKEN = new Auth.Bearer("collection");
    private static final Auth FOLDER_LOGIN = new Auth.Basic("ann", "pw");

    private static Collection collection(Folder folder) {
        Defaults top = new Defaults("https://api.example.com/v1/", List.of(Header.of("Accept", "application/json"),
                Header.of("X-Client", "courier")), COLLECTION_TOKEN);
        return new Collection("API", "", top, List.of(), List.of(folder));
    }

    private static RequestItem request(String id, String url, List<Header> headers, Auth auth, boolean inherit) {
        return new RequestItem(id, id, "", new RequestSpec("GET", url, headers, Body.NONE, auth,
                dev.courier.core.model.RequestSettings.DEFAULTS), inherit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://h/v1/ | users          | https://h/v1/users",
        "https://h/v1  | /users         | https://h/v1/users",
        "https://h/v1/ | //users        | https://h/v1/users",
        "https://h/v1  | ?page=2        | https://h/v1?page=2",
        "https://h/v1  | ''             | https://h/v1",
        "https://h/v1  | http://o/x     | http://o/x",
        "https://h/v1  | {{host}}/x     | {{host}}/x",
        "''            | api.example/x  | api.example/x",
        "{{base}}      | users/1        | {{base}}/users/1",
    })
    void aRelativeUrlIsAppendedToTheBaseWithOneSlash(String base, String url, String effective) {
        assertThat(EffectiveRequests.combineUrl(base, url)).isEqualTo(effective);
    }

    @Test
    void foldersExtendOrReplaceTheBaseUrlAndHeadersOverrideByName() {
        Folder folder = new Folder("admin", "Admin", "", new Defaults("admin", List.of(Header.of("x-client", "folder"),
                Header.of("X-Admin", "1")), Auth.NONE), true,
                List.of(request("r", "/audit?x=1", List.of(new Header("X-Admin", "1", false), Header.of("X-R", "r")),
                        Auth.NONE, true)));
        RequestSpec effective = EffectiveRequests.resolve(collection(folder), "r");

        assertThat(effective.url()).isEqualTo("https://api.example.com/v1/admin/audit?x=1");
        assertThat(effective.headers()).containsExactly(Header.of("Accept", "application/json"),
                Header.of("x-client", "folder"), new Header("X-Admin", "1", false), Header.of("X-R", "r"));
        assertThat(effective.enabledHeaders()).extracting(Header::name).doesNotContain("X-Admin", "X-Client");
        assertThat(effective.auth()).isEqualTo(COLLECTION_TOKEN);

        Folder absolute = folder.withDefaults(folder.defaults().withBaseUrl("http://other/"));
        assertThat(EffectiveRequests.resolve(collection(absolute), "r").url()).isEqualTo("http://other/audit?x=1");
    }

    @Test
    void theInnermostAuthWinsAndInheritAuthFalseCutsTheChain() {
        RequestItem own = request("own", "a", List.of(), new Auth.Bearer("mine"), true);
        RequestItem inherits = request("inherits", "b", List.of(), Auth.NONE, true);
        RequestItem none = request("none", "c", List.of(), Auth.NONE, false);
        Folder folder = new Folder("f", "F", "", Defaults.NONE.withAuth(FOLDER_LOGIN), true,
                List.of(own, inherits, none));
        Collection c = collection(folder);
        assertThat(EffectiveRequests.resolve(c, "own").auth()).isEqualTo(new Auth.Bearer("mine"));
        assertThat(EffectiveRequests.resolve(c, "inherits").auth()).isEqualTo(FOLDER_LOGIN);
        assertThat(EffectiveRequests.resolve(c, "none").auth()).isEqualTo(Auth.NONE);

        Collection noFolderAuth = collection(folder.withDefaults(Defaults.NONE).withInheritAuth(false));
        assertThat(EffectiveRequests.resolve(noFolderAuth, "inherits").auth()).isEqualTo(Auth.NONE);
        Collection passThrough = collection(folder.withDefaults(Defaults.NONE));
        assertThat(EffectiveRequests.resolve(passThrough, "inherits").auth()).isEqualTo(COLLECTION_TOKEN);
    }

    @Test
    void allListsEveryRequestInTreeOrderWithItsFolders() {
        Folder inner = new Folder("inner", "Inner", "", Defaults.NONE, true,
                List.of(request("deep", "d", List.of(), Auth.NONE, true)));
        Folder outer = new Folder("outer", "Outer", "", Defaults.NONE, true,
                List.of(request("first", "f", List.of(), Auth.NONE, true), inner));
        Collection c = collection(outer);
        assertThat(EffectiveRequests.all(c)).extracting(r -> r.item().id()).containsExactly("first", "deep");
        assertThat(EffectiveRequests.all(c).get(1).folders()).extracting(Folder::id).containsExactly("outer", "inner");
        assertThat(EffectiveRequests.inFolder(c, inner)).singleElement()
                .satisfies(r -> assertThat(r.effective().url()).isEqualTo("https://api.example.com/v1/d"));
    }
}
