package dev.courier.ui.response;

import dev.courier.core.Units;
import dev.courier.core.model.Hop;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of a redirect chain, as the Timeline tab lists it.
 *
 * @param number  1 for the first request
 * @param request "GET http://…/old"
 * @param status  "301 Moved Permanently"
 * @param code    the status code, for its colour
 * @param location where it redirected to, or ""
 * @param started when it was sent, from the start of the exchange
 * @param waited  how long its response headers took
 */
public record HopRow(int number, String request, String status, int code, String location, String started,
                     String waited) {

    public static List<HopRow> of(List<Hop> hops) {
        List<HopRow> rows = new ArrayList<>();
        for (int i = 0; i < hops.size(); i++) {
            Hop hop = hops.get(i);
            rows.add(new HopRow(i + 1, ExchangeText.requestLine(hop.request()),
                    hop.status() + (hop.reason().isEmpty() ? "" : " " + hop.reason()), hop.status(),
                    hop.location().map(URI::toString).orElse(""), Units.duration(hop.startedAt()),
                    Units.duration(hop.timeToHeaders())));
        }
        return rows;
    }
}
