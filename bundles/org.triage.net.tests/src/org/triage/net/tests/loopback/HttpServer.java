package org.triage.net.tests.loopback;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A plain HTTP server on 127.0.0.1 that answers every request with one status and body. */
public final class HttpServer implements AutoCloseable {

    private final ServerSocket listener;
    private final String status;
    private final byte[] body;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public HttpServer(String status, String body) throws IOException {
        this.status = status;
        this.body = body.getBytes(StandardCharsets.UTF_8);
        this.listener = Loopback.listen();
        this.acceptor = Thread.ofPlatform().daemon().name("test HTTP server").start(this::accept);
    }

    public String url(String path) {
        return "http://" + Loopback.ADDRESS + ":" + listener.getLocalPort() + path;
    }

    public int port() {
        return listener.getLocalPort();
    }

    public List<String> requests() {
        return requests;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                requests.add(TlsServer.readHead(socket.getInputStream()));
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 " + status + "\r\nContent-Type: application/json; charset=utf-8\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        Loopback.closeQuietly(listener);
        acceptor.join(10_000);
    }
}
