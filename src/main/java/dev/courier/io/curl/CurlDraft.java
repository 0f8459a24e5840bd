package dev.courier.io.curl;

import dev.courier.core.model.HttpVersionChoice;
import dev.courier.core.model.Part;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a curl command's options said, collected in one pass before the request is assembled (curl, too, decides
 * the method and the headers only once every option has been read). Package-private scratch state.
 */
final class CurlDraft {

    /** The options that choose how the request carries data; curl refuses to combine them. */
    enum Payload { DATA, FORM, UPLOAD, HEAD }

    String method;
    boolean get;
    boolean globOff;
    boolean pathAsIs;
    boolean compressed;
    boolean followRedirects;
    String protoDefault = "";
    final List<String> urls = new ArrayList<>();
    final List<String> urlQueries = new ArrayList<>();

    final List<String> headerLines = new ArrayList<>();
    String userAgent;
    String referer;
    final List<String> cookies = new ArrayList<>();
    String range;
    String continueAt;

    String user;
    String bearer;
    /** curl's auth bits: {@code --basic}, {@code --digest}, … add to them; none means Basic. */
    final Set<String> authMethods = new LinkedHashSet<>();

    final List<CurlData.Piece> data = new ArrayList<>();
    boolean json;
    final List<Part> parts = new ArrayList<>();
    String uploadFile;
    /** The payload options in the order they first appeared. */
    final Set<Payload> payloads = new LinkedHashSet<>();

    boolean insecure;
    String proxy;
    String noProxy;
    String proxyUser;
    String maxRedirects;

    Duration connectTimeout;
    Duration totalTimeout;
    HttpVersionChoice httpVersion = HttpVersionChoice.AUTO;

    /** The payload that decides the request: the first one given (curl refuses the others). */
    Payload payload() {
        return payloads.isEmpty() ? null : payloads.iterator().next();
    }
}
