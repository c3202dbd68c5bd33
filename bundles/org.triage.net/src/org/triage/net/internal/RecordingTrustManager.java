package org.triage.net.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts any server chain so the handshake completes and shows its protocol and cipher, and records the
 * chain with the real trust manager's verdict. Used for one connection only; it never vouches for a
 * connection that carries data of the user's.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager judge;
    private volatile List<X509Certificate> chain = List.of();
    private volatile String problem;
    private volatile boolean checked;

    RecordingTrustManager(X509ExtendedTrustManager judge) {
        this.judge = judge;
    }

    List<X509Certificate> chain() {
        return chain;
    }

    /** Null where the chain validated. */
    String problem() {
        return problem;
    }

    boolean checked() {
        return checked;
    }

    private void record(X509Certificate[] presented, Judgement judgement) {
        chain = presented == null ? List.of() : List.of(presented);
        try {
            judgement.judge();
            problem = null;
        } catch (CertificateException | RuntimeException e) {
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        checked = true;
    }

    private interface Judgement {
        void judge() throws CertificateException;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket) {
        record(presented, () -> judge.checkServerTrusted(presented, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
        record(presented, () -> judge.checkServerTrusted(presented, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType) {
        record(presented, () -> judge.checkServerTrusted(presented, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("the endpoint tests are a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("the endpoint tests are a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType) throws CertificateException {
        throw new CertificateException("the endpoint tests are a client only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return judge.getAcceptedIssuers();
    }
}
