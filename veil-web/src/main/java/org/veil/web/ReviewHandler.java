package org.veil.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Routes the page's requests after {@link Guard} let them through. Answers are JSON; errors are
 * {@code {"error": "..."}} with a one-line reason and never hold document text. Nothing is logged.
 */
final class ReviewHandler extends Handler.Abstract {
    /** No external origin, no inline script or style: the page is three files served from this jar. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final int MAX_JSON_BYTES = 64 * 1024;
    private static final Map<String, String> ASSETS = Map.of("/index.html", "text/html; charset=utf-8",
            "/app.js", "text/javascript; charset=utf-8", "/app.css", "text/css; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** When the request on this thread arrived; handling is synchronous, one request per thread at a time. */
    private static final ThreadLocal<Long> STARTED = ThreadLocal.withInitial(System::nanoTime);

    private final Guard guard;
    private final ReviewSession session;

    ReviewHandler(Guard guard, ReviewSession session) {
        this.guard = guard;
        this.session = session;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        STARTED.set(System.nanoTime());
        HttpFields h = request.getHeaders();
        String path = Request.getPathInContext(request);
        Fields query = Request.extractQueryParameters(request);
        String cookie = cookie(request);
        secureHeaders(response);
        Guard.Denial denial = guard.check(request.getMethod(), h.get("Host"), h.get("Origin"),
                h.get("Sec-Fetch-Site"), query.getValue("token"), cookie, h.get(Guard.CSRF_HEADER));
        try {
            if (denial != null) {
                error(response, callback, denial.status(), denial.message());
            } else if (!guard.hasSession(cookie)) {
                // The token came in the address: swap it for the cookie and drop it from the address bar.
                response.getHeaders().put("Set-Cookie", guard.cookie());
                response.getHeaders().put("Location", "/");
                send(response, callback, 303, "text/plain; charset=utf-8", new byte[0]);
            } else {
                route(request, response, callback, path, query);
            }
        } catch (Refused e) {
            error(response, callback, e.status(), e.getMessage());
        } catch (ReviewSession.NotOpen e) {
            error(response, callback, 409, "open a document first");
        } catch (IOException | RuntimeException e) {
            // The message may quote the request; the reason is not shown, and nothing is logged.
            error(response, callback, 500, "internal error");
        }
        return true;
    }

    private void route(Request request, Response response, Callback callback, String path, Fields query)
            throws Refused, IOException {
        String method = request.getMethod();
        if (method.equals("GET")) {
            if (path.equals("/")) {
                asset(response, callback, "/index.html");
            } else if (ASSETS.containsKey(path)) {
                asset(response, callback, path);
            } else if (path.equals("/api/state")) {
                json(response, callback, state());
            } else if (path.equals("/api/risk")) {
                json(response, callback, session.risk());
            } else {
                error(response, callback, 404, "not found");
            }
            return;
        }
        switch (path) {
            case "/api/open" -> json(response, callback, session.openPath(body(request).path("path").asText(null)));
            case "/api/upload" -> json(response, callback, session.openUpload(query.getValue("name"),
                    bytes(request, Uploads.MAX_BYTES)));
            case "/api/decide" -> json(response, callback, session.decide(decision(request)));
            case "/api/undo" -> json(response, callback, session.undo());
            case "/api/forget" -> json(response, callback, session.forget(body(request).path("term").asText("")));
            case "/api/export" -> {
                Exporter.Exported done = session.export(body(request).path("overwrite").asBoolean(false));
                json(response, callback, Map.of("document", done.document().toString(),
                        "report", done.report().toString()));
            }
            default -> error(response, callback, 404, "not found");
        }
    }

    private Map<String, Object> state() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("csrf", guard.csrf());
        out.put("policy", session.policy());
        out.put("documents", session.paths().documents());
        out.put("terms", session.terms());
        out.put("doc", session.isOpen() ? session.view(true) : null);
        out.put("loading", session.loading());
        return out;
    }

    private static Decision decision(Request request) throws Refused, IOException {
        try {
            return JSON.treeToValue(body(request), Decision.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new Refused(400, "not a decision the page can make");
        }
    }

    private static JsonNode body(Request request) throws Refused, IOException {
        byte[] raw = bytes(request, MAX_JSON_BYTES);
        try {
            JsonNode node = JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new Refused(400, "expected a JSON object");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Refused(400, "not valid JSON");
        }
    }

    private static byte[] bytes(Request request, int limit) throws Refused, IOException {
        long declared = request.getLength();
        if (declared > limit) {
            throw new Refused(413, "too large: the limit is " + limit / 1024 + " KB");
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] b = in.readNBytes(limit + 1);
            if (b.length > limit) {
                throw new Refused(413, "too large: the limit is " + limit / 1024 + " KB");
            }
            return b;
        }
    }

    private static String cookie(Request request) {
        List<HttpCookie> cookies = Request.getCookies(request);
        for (HttpCookie c : cookies) {
            if (c.getName().equals(Guard.COOKIE)) {
                return c.getValue();
            }
        }
        return null;
    }

    private static void secureHeaders(Response response) {
        HttpFields.Mutable h = response.getHeaders();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cache-Control", "no-store");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void asset(Response response, Callback callback, String name) throws IOException {
        try (InputStream in = ReviewHandler.class.getResourceAsStream("static" + name)) {
            if (in == null) {
                error(response, callback, 404, "not found");
                return;
            }
            send(response, callback, 200, ASSETS.get(name), in.readAllBytes());
        }
    }

    private static void json(Response response, Callback callback, Object value) throws IOException {
        send(response, callback, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
    }

    private static void error(Response response, Callback callback, int status, String message) {
        try {
            send(response, callback, status, "application/json; charset=utf-8",
                    JSON.writeValueAsBytes(Map.of("error", message)));
        } catch (IOException e) {
            send(response, callback, status, "text/plain; charset=utf-8",
                    "error".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body) {
        // How long the server took (W3C Server-Timing), so the page's timings can tell server from browser.
        response.getHeaders().put("Server-Timing", "app;dur=" + (System.nanoTime() - STARTED.get()) / 1_000_000);
        response.setStatus(status);
        response.getHeaders().put("Content-Type", type);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
