package org.veil.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Policy;
import org.veil.core.vault.Vault;

/**
 * {@code veil review}: a local web workbench to check and correct detections before publishing. Listens on
 * 127.0.0.1 only; see {@link Guard} for what every request must carry.
 */
public final class ReviewServer implements AutoCloseable {
    static final String LOOPBACK = "127.0.0.1";
    private static final int PREPARED = 10;

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
        return start(() -> analyzer, policy, inputs, port, vault);
    }

    /** As above, with the analyzer (seconds to load its models) built in the background while the page loads. */
    public static ReviewServer start(Supplier<Analyzer> analyzer, Policy policy, List<Path> inputs, int port,
                                     Vault vault) throws Exception {
        AllowedPaths paths = new AllowedPaths(inputs);
        ReviewSession session = new ReviewSession(analyzer, policy, paths, vault);
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
        started.prepareInBackground(inputs.stream().filter(Files::isRegularFile).findFirst().orElse(null));
        return started;
    }

    /**
     * Analysing takes a while (seconds for 100 KB): the first file given is opened while the browser starts,
     * then the first few listed documents are analysed so that opening them is immediate.
     */
    private void prepareInBackground(Path first) {
        session.loading(first != null);
        Thread t = new Thread(() -> {
            if (first != null) {
                try {
                    session.openPath(first.toAbsolutePath().toString());
                } catch (Refused | RuntimeException e) {
                    // The page then shows no document; opening it there gives the reason.
                } finally {
                    session.loading(false);
                }
            }
            session.paths().documents().stream().limit(PREPARED).forEach(d -> {
                try {
                    session.prepare(d.path());
                } catch (Refused | RuntimeException e) {
                    // Not text, or unreadable: the reason is given when the reviewer opens it.
                }
            });
        }, "veil-review-prepare");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
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
