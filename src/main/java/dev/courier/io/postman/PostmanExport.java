package dev.courier.io.postman;

import java.util.List;

/** A collection exported as a Postman Collection v2.1 document, and what Postman could not be given. */
public record PostmanExport(String json, List<String> report) {

    public PostmanExport {
        report = List.copyOf(report);
    }
}
