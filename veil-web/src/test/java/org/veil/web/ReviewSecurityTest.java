package org.veil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.core.Analyzer;
import org.veil.core.anonymize.Policies;

/** The workbench's defences, checked with a plain HTTP client (no browser). */
class ReviewSecurityTest {
    @TempDir
    static Path dir;
    static ReviewServer server;
    static int port;
    static String cookie;
    static String csrf;

    @BeforeAll
    static void start() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("story.txt"), "Dmitri Sokolov lives in Leeds.\n");
        Files.writeString(dir.resolve("secret.txt"), "outside the folder\n");
        server = ReviewServer.start(Analyzer.english(), Policies.publish(), List.of(docs), 0, null);
        port = server.port();
        RawHttp.Reply first = RawHttp.send(port, "GET", "/?token=" + token(), host(), null);
        assertEquals(303, first.status());
        String setCookie = first.header("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        cookie = setCookie.substring(0, setCookie.indexOf(';'));
        JsonNode state = new ObjectMapper().readTree(get("/api/state").body());
        csrf = state.get("csrf").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String token() {
        String url = server.url();
        return url.substring(url.indexOf("token=") + 6);
    }

    static Map<String, String> host() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Host", "127.0.0.1:" + port);
        return h;
    }

    static Map<String, String> authed() {
        Map<String, String> h = host();
        h.put("Cookie", cookie);
        return h;
    }

    static RawHttp.Reply get(String target) throws IOException {
        return RawHttp.send(port, "GET", target, authed(), null);
    }

    static Map<String, String> post() {
        Map<String, String> h = authed();
        h.put("Origin", "http://127.0.0.1:" + port);
        h.put(Guard.CSRF_HEADER, csrf);
        return h;
    }

    @Test
    void theUrlIsPrintedWithATokenOnLoopback() {
        assertTrue(server.url().startsWith("http://127.0.0.1:" + port + "/?token="));
        assertTrue(token().length() >= 40, "a long random token");
    }

    @Test
    void noTokenNoEntry() throws IOException {
        for (String path : List.of("/", "/app.js", "/api/state", "/api/risk")) {
            int status = RawHttp.send(port, "GET", path, host(), null).status();
            assertTrue(status == 401 || status == 403, path + " gave " + status);
        }
        assertEquals(401, RawHttp.send(port, "GET", "/?token=wrong", host(), null).status());
        Map<String, String> wrongCookie = host();
        wrongCookie.put("Cookie", Guard.COOKIE + "=" + token());
        assertEquals(401, RawHttp.send(port, "GET", "/api/state", wrongCookie, null).status());
        assertEquals(200, get("/api/state").status());
    }

    @Test
    void wrongHostIsRejected() throws IOException {
        for (String h : List.of("evil.example:" + port, "127.0.0.1:1", "localhost", "127.0.0.1.nip.io:" + port)) {
            Map<String, String> headers = authed();
            headers.put("Host", h);
            int status = RawHttp.send(port, "GET", "/api/state", headers, null).status();
            assertTrue(status == 421 || status == 400 || status == 403, h + " gave " + status);
        }
        Map<String, String> local = authed();
        local.put("Host", "localhost:" + port);
        assertEquals(200, RawHttp.send(port, "GET", "/api/state", local, null).status());
    }

    @Test
    void crossOriginOrUnsignedChangesAreRejected() throws IOException {
        String body = "{\"path\":\"story.txt\"}";
        Map<String, String> noCsrf = authed();
        noCsrf.put("Origin", "http://127.0.0.1:" + port);
        assertEquals(403, RawHttp.send(port, "POST", "/api/open", noCsrf, body).status());
        Map<String, String> otherOrigin = post();
        otherOrigin.put("Origin", "http://evil.example");
        assertEquals(403, RawHttp.send(port, "POST", "/api/open", otherOrigin, body).status());
        Map<String, String> noOrigin = post();
        noOrigin.remove("Origin");
        assertEquals(403, RawHttp.send(port, "POST", "/api/open", noOrigin, body).status());
        Map<String, String> crossSite = post();
        crossSite.put("Sec-Fetch-Site", "cross-site");
        assertEquals(403, RawHttp.send(port, "POST", "/api/open", crossSite, body).status());
        Map<String, String> wrongCsrf = post();
        wrongCsrf.put(Guard.CSRF_HEADER, "guess");
        assertEquals(403, RawHttp.send(port, "POST", "/api/open", wrongCsrf, body).status());
        RawHttp.Reply preflight = RawHttp.send(port, "OPTIONS", "/api/open", post(), null);
        assertEquals(405, preflight.status());
        assertNull(preflight.header("Access-Control-Allow-Origin"), "no CORS");
        assertEquals(200, RawHttp.send(port, "POST", "/api/open", post(), body).status());
    }

    @Test
    void headersForbidExternalOriginsAndInlineScript() throws IOException {
        RawHttp.Reply page = get("/");
        assertEquals(200, page.status());
        String csp = page.header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("http"), csp);
        assertFalse(page.body().contains("<script>"), "no inline script");
        assertNull(page.header("Access-Control-Allow-Origin"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
    }

    @Test
    void pathsOutsideTheFoldersAreRefused() throws IOException {
        Path outsideLink = dir.resolve("docs").resolve("link.txt");
        Files.deleteIfExists(outsideLink);
        Files.createSymbolicLink(outsideLink, dir.resolve("secret.txt"));
        for (String p : List.of("../secret.txt", "docs/../../secret.txt", dir.resolve("secret.txt").toString(),
                "/etc/passwd", "link.txt", "..%2Fsecret.txt")) {
            int status = RawHttp.send(port, "POST", "/api/open", post(), "{\"path\":\"" + p + "\"}").status();
            assertTrue(status == 403 || status == 404 || status == 400, p + " gave " + status);
        }
        int dotted = get("/../secret.txt").status();
        assertTrue(dotted == 400 || dotted == 404, "/../secret.txt gave " + dotted);
        assertEquals(404, get("/static/app.js").status());
    }

    @Test
    void uploadsAreCheckedByContent() throws IOException {
        RawHttp.Reply zip = RawHttp.send(port, "POST", "/api/upload?name=notes.txt", post(), "PK\u0003\u0004rest");
        assertEquals(415, zip.status());
        assertTrue(zip.body().contains("ZIP"), zip.body());
        RawHttp.Reply binary = RawHttp.send(port, "POST", "/api/upload?name=a.txt", post(), "a\u0000b\u0000c");
        assertEquals(415, binary.status());
        String big = "x".repeat(Uploads.MAX_BYTES + 10);
        assertEquals(413, RawHttp.send(port, "POST", "/api/upload?name=big.txt", post(), big).status());
        assertEquals(200, RawHttp.send(port, "POST", "/api/upload?name=../../x.txt", post(),
                "Anna Karlsson works in Oslo.").status());
        Files.write(dir.resolve("docs").resolve("report.docx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        RawHttp.Reply docx = RawHttp.send(port, "POST", "/api/open", post(), "{\"path\":\"report.docx\"}");
        assertEquals(415, docx.status());
        assertTrue(docx.body().contains("only plain UTF-8 text"), docx.body());
    }

    @Test
    void boundToLoopbackOnly() throws IOException {
        assertTrue(server.boundAddress().isLoopbackAddress());
        assertEquals("127.0.0.1", server.boundAddress().getHostAddress());
        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
        Assumptions.assumeFalse(others.isEmpty(), "this machine has no non-loopback address to try");
        for (InetAddress a : others) {
            // Our own interface address only: the connection never leaves this machine.
            assertThrows(IOException.class, () -> {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(a, port), 2000);
                }
            }, "reachable through " + a);
        }
    }
}
