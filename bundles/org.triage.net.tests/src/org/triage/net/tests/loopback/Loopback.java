package org.triage.net.tests.loopback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** 127.0.0.1, the only address the tests send anything to, and the TLS material of the tests. */
public final class Loopback {

    public static final String ADDRESS = "127.0.0.1";
    /** The password of the test key stores in {@code resources/tls}. */
    private static final char[] PASSWORD = "triage-tests".toCharArray();

    private Loopback() {
    }

    public static InetAddress address() {
        try {
            return InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ServerSocket listen() throws IOException {
        return new ServerSocket(0, 50, address());
    }

    /** A port on 127.0.0.1 that nothing listens on: bound once, then closed. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = listen()) {
            return socket.getLocalPort();
        }
    }

    /** A key store of {@code resources/tls}: self-signed.p12, test-ca.p12, test-ca-leaf.p12. */
    public static KeyStore keyStore(String name) {
        try (InputStream in = Loopback.class.getResourceAsStream("/tls/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test key store /tls/" + name);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load /tls/" + name + ": " + e.getMessage(), e);
        }
    }

    /** A server-side TLS context that presents the key and chain of {@code keyStore}. */
    public static SSLContext serverContext(String keyStore) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(keyStore), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // shutting a test server down: an error on the way out changes no result
        }
    }

    static void closeQuietly(Socket socket) {
        closeQuietly((AutoCloseable) socket);
    }
}
