package vn.phoihop.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay between a node and its PostgreSQL server, so a test can take the database away
 * (every open connection cut, new ones refused) and give it back, as a network failure or a
 * database restart would, without touching the server other tests share.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static final Pattern HOST_AND_PORT = Pattern.compile("jdbc:postgresql://([^/:]+):(\\d+)/");

    private final DatabaseSettings relayed;
    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /** A relay in front of the database; {@link #settings()} are the database's, through the relay. */
    public DatabaseProxy(DatabaseSettings database) {
        Matcher url = HOST_AND_PORT.matcher(database.url());
        if (!url.find()) {
            throw new IllegalArgumentException("Not a PostgreSQL URL with host and port: " + database.url());
        }
        targetHost = url.group(1);
        targetPort = Integer.parseInt(url.group(2));
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        relayed = new DatabaseSettings(url.replaceFirst("jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + "/"),
                database.username(), database.password());
        Thread acceptor = new Thread(this::accept, "db-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public DatabaseSettings settings() {
        return relayed;
    }

    /** The database is gone: open connections are cut, new ones refused. */
    public void cut() {
        down = true;
        open.forEach(DatabaseProxy::closeQuietly);
        open.clear();
    }

    /** The database is back. */
    public void restore() {
        down = false;
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Socket database = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(database);
                pump(client, database);
                pump(database, client);
            } catch (IOException e) {
                // the server socket was closed, or the database refused: the client sees its connection fail
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "db-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
