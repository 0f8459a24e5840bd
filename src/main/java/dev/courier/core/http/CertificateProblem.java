package dev.courier.core.http;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Why a server's certificate was refused, worked out from its chain so the message can say what to do. */
public final class CertificateProblem extends CertificateException {

    /** The common ways a certificate check fails. */
    public enum Kind { SELF_SIGNED, UNTRUSTED_ISSUER, EXPIRED, NOT_YET_VALID, HOSTNAME_MISMATCH }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Kind kind;
    private final String detail;

    private CertificateProblem(Kind kind, String detail, CertificateException cause) {
        super(kind + ": " + detail, cause);
        this.kind = kind;
        this.detail = detail;
    }

    /** Diagnoses why the trust manager refused {@code chain} (leaf first) with {@code refusal}. */
    static CertificateProblem diagnose(X509Certificate[] chain, CertificateException refusal, Instant now) {
        X509Certificate leaf = chain[0];
        if (now.isAfter(leaf.getNotAfter().toInstant())) {
            return new CertificateProblem(Kind.EXPIRED, DATE.format(leaf.getNotAfter().toInstant()), refusal);
        }
        if (now.isBefore(leaf.getNotBefore().toInstant())) {
            return new CertificateProblem(Kind.NOT_YET_VALID, DATE.format(leaf.getNotBefore().toInstant()), refusal);
        }
        String reason = String.valueOf(refusal.getMessage());
        if (reason.contains("No subject alternative") || reason.contains("No name matching")) {
            return new CertificateProblem(Kind.HOSTNAME_MISMATCH, String.join(", ", names(leaf)), refusal);
        }
        X509Certificate top = chain[chain.length - 1];
        if (chain.length == 1 && leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())) {
            return new CertificateProblem(Kind.SELF_SIGNED, leaf.getSubjectX500Principal().getName(), refusal);
        }
        return new CertificateProblem(Kind.UNTRUSTED_ISSUER, top.getIssuerX500Principal().getName(), refusal);
    }

    public Kind kind() {
        return kind;
    }

    /** The message for a person, about the server {@code host}. */
    String describe(String host) {
        String prefix = "TLS failure: the certificate of " + host;
        return switch (kind) {
            case SELF_SIGNED -> prefix + " is not trusted: it is self-signed (" + detail + "). Turn off certificate "
                    + "verification for this request, or add the certificate as a custom CA";
            case UNTRUSTED_ISSUER -> prefix + " is not trusted: its issuer (" + detail + ") is not a known "
                    + "certificate authority. Add the issuer's certificate as a custom CA";
            case EXPIRED -> prefix + " expired on " + detail;
            case NOT_YET_VALID -> prefix + " is not valid before " + detail + " (check this computer's clock)";
            case HOSTNAME_MISMATCH -> prefix + " does not name " + host + ": it is for "
                    + (detail.isEmpty() ? "no host name" : detail);
        };
    }

    private static List<String> names(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = cert.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    int type = (Integer) entry.get(0);
                    if (type == 2 || type == 7) { // dNSName, iPAddress
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (java.security.cert.CertificateParsingException e) {
            // fall back to the subject below
        }
        if (names.isEmpty()) {
            names.add(cert.getSubjectX500Principal().getName());
        }
        return names;
    }
}
