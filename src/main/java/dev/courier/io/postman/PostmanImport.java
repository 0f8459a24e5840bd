package dev.courier.io.postman;

import dev.courier.core.collection.Collection;
import java.util.List;

/**
 * The result of importing a Postman collection: the Courier collection and what could not be imported, one line
 * per thing, each naming where it was (e.g. {@code Users › Create user: test script not imported}).
 */
public record PostmanImport(Collection collection, List<String> report) {

    public PostmanImport {
        report = List.copyOf(report);
    }
}
