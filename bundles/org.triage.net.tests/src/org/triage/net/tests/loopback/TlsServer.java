package org.triage.net.tests.loopback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * An HTTPS server on 127.0.0.1 that presents a test certificate and answers every request with
 * {@code 302 Found}, as login.microsoftonline.com answers {@code GET /}. It records the requests it got.
 */
public final class TlsServer implements AutoCloseable {

    private final ServerSocket listener;
    private final SSLSocketFactory tls;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private final java.time.Duration dateOffset;

    /** @param keyStore self-signed.p12 or test-ca-leaf.p12 */
    public TlsServer(String keyStore) throws IOException {
        this(keyStore, null);
    }

    /**
     * @param dateOffset where not null, every answer carries a {@code Date} header this far from this machine's clock,
     *                   as a server whose clock differs (or a workstation whose clock is off) would show it
     */
    public TlsServer(String keyStore, java.time.Duration dateOffset) throws IOException {
        this.dateOffset = dateOffset;
        this.tls = Loopback.serverContext(keyStore).getSocketFactory();
        this.listener = Loopback.listen();
        this.acceptor = Thread.ofPlatform().daemon().name("test TLS server").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The request heads received, each from its request line to the empty line. */
    public List<String> requests() {
        return requests;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket plain = listener.accept();
                Thread.ofPlatform().daemon().name("test TLS connection").start(() -> serve(plain));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket plain) {
        try (SSLSocket socket = (SSLSocket) tls.createSocket(plain, null, plain.getPort(), true)) {
            socket.setUseClientMode(false);
            socket.setSoTimeout(30_000);
            socket.startHandshake();
            String head = readHead(socket.getInputStream());
            if (head.isEmpty()) {
                return;
            }
            requests.add(head);
            OutputStream out = socket.getOutputStream();
            String date = dateOffset == null ? "" : "Date: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plus(dateOffset)) + "\r\n";
            out.write(("HTTP/1.1 302 Found\r\n" + date + "Location: https://www.office.com/\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the client went away (a test that stops after the handshake does): nothing to answer
        }
    }

    /** The request or response head: everything up to and including the empty line. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            lastFour = (lastFour << 8) | b;
            if (lastFour == 0x0d0a0d0a) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws InterruptedException {
        Loopback.closeQuietly(listener);
        acceptor.join(10_000);
    }
}
