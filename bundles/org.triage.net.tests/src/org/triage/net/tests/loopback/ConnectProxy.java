package org.triage.net.tests.loopback;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP proxy on 127.0.0.1 that answers CONNECT (and passes plain requests on) as a corporate proxy does. Its "upstream" is a table of
 * authorities ({@code login.microsoftonline.com:443}) to loopback ports, so a tunnel never leaves 127.0.0.1;
 * an authority not in the table gets {@code 502}. It can also refuse every tunnel with a status of choice.
 */
public final class ConnectProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final Map<String, Integer> upstream = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> forwarded = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile String refusal;
    private final Thread acceptor;

    public ConnectProxy() throws IOException {
        this.listener = Loopback.listen();
        this.acceptor = Thread.ofPlatform().daemon().name("test proxy").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Tunnels to {@code authority} go to 127.0.0.1:{@code port}. */
    public ConnectProxy route(String authority, int port) {
        upstream.put(authority.toLowerCase(), port);
        return this;
    }

    /** Every CONNECT is answered with this status line, e.g. {@code 403 Forbidden}, and no tunnel. */
    public ConnectProxy refuse(String status) {
        this.refusal = status;
        return this;
    }

    /** The authorities clients asked to CONNECT to, in order. */
    public List<String> requested() {
        return requested;
    }

    /** The plain requests passed on, as {@code GET authority}. */
    public List<String> forwarded() {
        return forwarded;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                Thread.ofPlatform().daemon().name("test proxy connection").start(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try {
            String head = TlsServer.readHead(client.getInputStream());
            String[] requestLine = head.lines().findFirst().orElse("").split(" ");
            OutputStream toClient = client.getOutputStream();
            if (requestLine.length == 3 && requestLine[1].startsWith("http://")) {
                forward(client, head, requestLine);
                return;
            }
            if (requestLine.length < 3 || !requestLine[0].equals("CONNECT")) {
                answer(toClient, "405 Method Not Allowed");
                return;
            }
            String authority = requestLine[1].toLowerCase();
            requested.add(authority);
            if (refusal != null) {
                answer(toClient, refusal);
                return;
            }
            Integer port = upstream.get(authority);
            if (port == null) {
                answer(toClient, "502 Bad Gateway");
                return;
            }
            Socket server = new Socket(Loopback.address(), port);
            sockets.add(server);
            toClient.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            toClient.flush();
            Thread.ofPlatform().daemon().name("test proxy upstream").start(() -> pipe(server, client));
            pipe(client, server);
        } catch (IOException e) {
            Loopback.closeQuietly(client);
        }
    }

    /** A plain HTTP request in absolute form ({@code GET http://host:port/path}), passed on in origin form. */
    private void forward(Socket client, String head, String[] requestLine) throws IOException {
        String target = requestLine[1].substring("http://".length());
        int slash = target.indexOf('/');
        String authority = (slash < 0 ? target : target.substring(0, slash)).toLowerCase();
        String path = slash < 0 ? "/" : target.substring(slash);
        forwarded.add(requestLine[0] + " " + authority);
        Integer port = upstream.get(authority);
        if (port == null) {
            answer(client.getOutputStream(), "502 Bad Gateway");
            return;
        }
        Socket server = new Socket(Loopback.address(), port);
        sockets.add(server);
        String rest = head.substring(head.indexOf('\n') + 1);
        server.getOutputStream().write((requestLine[0] + " " + path + " " + requestLine[2] + "\r\n" + rest)
                .getBytes(StandardCharsets.ISO_8859_1));
        Thread.ofPlatform().daemon().name("test proxy upstream").start(() -> pipe(server, client));
        pipe(client, server);
    }

    private static void answer(OutputStream out, String status) throws IOException {
        out.write(("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\n"
                + (status.startsWith("407") ? "Proxy-Authenticate: Basic realm=\"test\"\r\n" : "")
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void pipe(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
        } catch (IOException e) {
            // one side went away
        } finally {
            Loopback.closeQuietly(from);
            Loopback.closeQuietly(to);
        }
    }

    @Override
    public void close() throws InterruptedException {
        Loopback.closeQuietly(listener);
        sockets.forEach(Loopback::closeQuietly);
        acceptor.join(10_000);
    }
}
