package dev.courier.core.model;

/** Which HTTP version to speak. AUTO: HTTP/2 where TLS can negotiate it, HTTP/1.1 on plain http. */
public enum HttpVersionChoice {
    AUTO, HTTP_1_1, HTTP_2
}
