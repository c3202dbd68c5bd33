package org.triage.net.tests.loopback;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A server on 127.0.0.1 that accepts connections and never says a word, like a firewall that lets the
 * SYN through and drops the rest. It notices when a client closes a connection.
 */
public final class SilentServer implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Semaphore accepted = new Semaphore(0);
    private final Semaphore closedByClient = new Semaphore(0);
    private final Thread acceptor;

    public SilentServer() throws IOException {
        this.listener = Loopback.listen();
        this.acceptor = Thread.ofPlatform().daemon().name("test silent server").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                connections.add(socket);
                accepted.release();
                Thread.ofPlatform().daemon().name("test silent connection").start(() -> drain(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads (and ignores) what the client sends until the client closes the connection. */
    private void drain(Socket socket) {
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // a TLS ClientHello or a request: never answered
            }
            closedByClient.release();
        } catch (IOException e) {
            // closed by close() below
        }
    }

    /** Waits until {@code count} connections were accepted in all. */
    public boolean awaitAccepted(int count, long seconds) throws InterruptedException {
        if (accepted.tryAcquire(count, seconds, TimeUnit.SECONDS)) {
            accepted.release(count);
            return true;
        }
        return false;
    }

    /** Waits until clients closed {@code count} of the connections. */
    public boolean awaitClosedByClients(int count, long seconds) throws InterruptedException {
        return closedByClient.tryAcquire(count, seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        Loopback.closeQuietly(listener);
        connections.forEach(Loopback::closeQuietly);
        acceptor.join(10_000);
    }
}
