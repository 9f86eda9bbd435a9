package org.veil.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Policy;
import org.veil.core.anonymize.Publisher;
import org.veil.core.vault.Vault;

/**
 * {@code veil review}: a local web workbench to check and correct detections before publishing. Listens on
 * 127.0.0.1 only; see {@link Guard} for what every request must carry.
 */
public final class ReviewServer implements AutoCloseable {
    static final String LOOPBACK = "127.0.0.1";

    private final Server server;
    private final ServerConnector connector;
    private final Guard guard;
    private final ReviewSession session;

    private ReviewServer(Server server, ServerConnector connector, Guard guard, ReviewSession session) {
        this.server = server;
        this.connector = connector;
        this.guard = guard;
        this.session = session;
    }

    /**
     * Starts serving. {@code inputs} are the files and folders the page may open (nothing else is read);
     * the first file among them is opened at once. {@code port} 0 picks a free port. {@code vault} (may be
     * null) keeps replacements, decisions and terms across runs; the caller closes it after the server.
     */
    public static ReviewServer start(Analyzer analyzer, Policy policy, List<Path> inputs, int port, Vault vault)
            throws Exception {
        AllowedPaths paths = new AllowedPaths(inputs);
        ReviewSession session = new ReviewSession(analyzer, new Publisher(analyzer, policy), paths, vault);
        Guard guard = new Guard();
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("veil-review");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost(LOOPBACK);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new ReviewHandler(guard, session));
        server.setStopAtShutdown(false);
        server.start();
        guard.port(connector.getLocalPort());
        ReviewServer started = new ReviewServer(server, connector, guard, session);
        inputs.stream().filter(Files::isRegularFile).findFirst()
                .ifPresent(first -> started.openInBackground(first.toAbsolutePath().toString()));
        return started;
    }

    /** Analysing takes a moment: the first file given is read while the browser starts. */
    private void openInBackground(String path) {
        session.loading(true);
        Thread t = new Thread(() -> {
            try {
                session.openPath(path);
            } catch (Refused | RuntimeException e) {
                // The page shows no document and lets the reviewer pick one; opening it there gives the reason.
            } finally {
                session.loading(false);
            }
        }, "veil-review-open");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The address the server is bound to (always the loopback address). */
    public InetAddress boundAddress() {
        java.nio.channels.ServerSocketChannel channel = (java.nio.channels.ServerSocketChannel) connector.getTransport();
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getAddress();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the server is not listening", e);
        }
    }

    /** The address to open, with the per-run access token. */
    public String url() {
        return "http://" + LOOPBACK + ":" + port() + "/?token=" + guard.token();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
