package dev.courier.core.url;

import java.util.ArrayList;
import java.util.List;

/** Keeps the query-parameter table and the URL text in step, in both directions. */
public final class QueryParams {

    private QueryParams() {
    }

    /**
     * The table after the URL text changed: the URL's parameters, in order, as enabled rows; disabled rows of the
     * previous table stay where they were among the others; an enabled row keeps the description of the previous
     * enabled row at the same position when their names are equal.
     */
    public static List<QueryParam> fromUrl(String url, List<QueryParam> previous) {
        List<QueryParam> inUrl = UrlParts.parse(url).params();
        List<QueryParam> rows = new ArrayList<>();
        int next = 0;
        for (QueryParam old : previous) {
            if (!old.enabled()) {
                rows.add(old);
            } else if (next < inUrl.size()) {
                QueryParam current = inUrl.get(next++);
                rows.add(current.name().equals(old.name()) ? current.withDescription(old.description()) : current);
            }
        }
        rows.addAll(inUrl.subList(next, inUrl.size()));
        return rows;
    }

    /** The URL text after the table changed: the URL's base and fragment with the table's enabled rows as query. */
    public static String toUrl(String url, List<QueryParam> rows) {
        return UrlParts.parse(url).withParams(rows).toUrl();
    }
}
