package dev.courier.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS contexts requests use: verifying (the JDK's default CAs, plus a custom CA file when one is set) with
 * readable {@link CertificateProblem}s, or trusting everything when a request turns verification off.
 *
 * <p>Turning verification off needs no global switch: the JDK client asks for host-name checking through
 * {@code SSLParameters}, and that check is made by the trust manager. A trust manager that is an
 * {@link X509ExtendedTrustManager} and accepts everything therefore skips it too, for that client only
 * ({@code jdk.internal.httpclient.disableHostnameVerification} would turn it off for every client).
 */
final class TlsContexts {

    private record Key(boolean verify, Optional<Path> caFile) {
    }

    private final Map<Key, SSLContext> contexts = new ConcurrentHashMap<>();

    /**
     * The context for these settings.
     *
     * @throws IOException when the CA file cannot be read or holds no certificate
     */
    SSLContext context(boolean verify, Optional<Path> caFile) throws IOException {
        Key key = new Key(verify, verify ? caFile : Optional.empty());
        SSLContext context = contexts.get(key);
        if (context == null) {
            context = create(key);
            contexts.put(key, context);
        }
        return context;
    }

    private static SSLContext create(Key key) throws IOException {
        try {
            TrustManager trust = key.verify() ? new DiagnosingTrustManager(verifying(key.caFile())) : TRUST_ALL;
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** The JDK's default trust manager, or one trusting the default CAs plus those in the PEM file. */
    private static X509ExtendedTrustManager verifying(Optional<Path> caFile) throws GeneralSecurityException,
            IOException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        if (caFile.isPresent()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (X509Certificate ca : ((X509TrustManager) factory.getTrustManagers()[0]).getAcceptedIssuers()) {
                store.setCertificateEntry("default-" + i++, ca);
            }
            for (Certificate ca : readPem(caFile.get())) {
                store.setCertificateEntry("custom-" + i++, ca);
            }
            factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
        }
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }

    private static Collection<? extends Certificate> readPem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IOException("The CA file " + file + " holds no certificate");
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IOException("The CA file " + file + " is not a PEM certificate: " + e.getMessage(), e);
        }
    }

    /** Accepts every certificate and, being an extended trust manager, skips the host-name check as well. */
    private static final X509ExtendedTrustManager TRUST_ALL = new X509ExtendedTrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    };

    /** Delegates to a verifying trust manager and turns its refusals into {@link CertificateProblem}s. */
    private static final class DiagnosingTrustManager extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager delegate;

        DiagnosingTrustManager(X509ExtendedTrustManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, engine);
            } catch (CertificateException e) {
                throw CertificateProblem.diagnose(chain, e, Instant.now());
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType, socket);
            } catch (CertificateException e) {
                throw CertificateProblem.diagnose(chain, e, Instant.now());
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                delegate.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                throw CertificateProblem.diagnose(chain, e, Instant.now());
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            delegate.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
