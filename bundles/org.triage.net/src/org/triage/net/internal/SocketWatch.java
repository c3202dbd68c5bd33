package org.triage.net.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The sockets of one suite run: each step's timeout is enforced by closing its socket when it runs out
 * (a read timeout alone does not bound a handshake that trickles), and a cancelled run closes them all at once.
 */
public final class SocketWatch implements Closeable {

    private final ScheduledExecutorService timer;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public SocketWatch(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Registers a socket; after {@link #close()} the socket is closed at once. */
    void register(Socket socket) {
        open.add(socket);
        if (closed) {
            quietly(socket);
        }
    }

    void release(Socket socket) {
        open.remove(socket);
        quietly(socket);
    }

    /** Closes {@code socket} when {@code timeout} runs out, unless the returned alarm is closed first. */
    Alarm arm(Socket socket, Duration timeout) {
        Alarm alarm = new Alarm();
        alarm.future = timer.schedule(() -> {
            alarm.fired.set(true);
            quietly(socket);
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return alarm;
    }

    /** A pending socket close; {@link #fired()} tells whether the timeout ran out. */
    static final class Alarm implements AutoCloseable {
        private final AtomicBoolean fired = new AtomicBoolean();
        private ScheduledFuture<?> future;

        boolean fired() {
            return fired.get();
        }

        @Override
        public void close() {
            future.cancel(false);
        }
    }

    /** Closes every socket of the run, now and from now on. */
    @Override
    public void close() {
        closed = true;
        open.forEach(SocketWatch::quietly);
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing to stop it: an error on the way out changes nothing
        }
    }
}
