package org.veil.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The checks every request passes before it reaches the workbench. The server listens on 127.0.0.1 only, but
 * any web page the user visits can still send requests there, so: the Host header must name this server
 * (127.0.0.1 or localhost with its port), which defeats DNS rebinding; a random per-run token must come with
 * the first request (then an HttpOnly, SameSite=Strict cookie carries a second secret); a request from
 * another origin is refused; and every state change is a POST carrying the CSRF secret in a header, which a
 * cross-origin page can neither read nor send without a CORS preflight that this server never answers.
 */
final class Guard {
    static final String COOKIE = "veil_review";
    static final String CSRF_HEADER = "X-Veil-CSRF";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token = secret();
    private final String session = secret();
    private final String csrf = secret();
    private volatile int port;

    void port(int port) {
        this.port = port;
    }

    String token() {
        return token;
    }

    String csrf() {
        return csrf;
    }

    String cookie() {
        return COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** What is wrong with a request, or null if it may go on. */
    record Denial(int status, String message) {
    }

    Denial check(String method, String host, String origin, String fetchSite, String queryToken, String cookie,
                 String csrfHeader) {
        if (host == null || !ownHost(host)) {
            return new Denial(421, "this server answers only to 127.0.0.1:" + port + " and localhost:" + port);
        }
        if (origin != null && !ownOrigin(origin)) {
            return new Denial(403, "requests from other sites are refused");
        }
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return new Denial(403, "requests from other sites are refused");
        }
        if (!same(session, cookie) && !same(token, queryToken)) {
            return new Denial(401, "open the address that 'veil review' printed (it carries the access token)");
        }
        if (!method.equals("GET") && !method.equals("POST")) {
            return new Denial(405, "only GET and POST are served");
        }
        if (method.equals("POST") && (origin == null || !same(csrf, csrfHeader))) {
            return new Denial(403, "a change must come from the review page itself (CSRF check failed)");
        }
        return null;
    }

    boolean hasSession(String cookie) {
        return same(session, cookie);
    }

    private boolean ownHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port);
    }

    private boolean ownOrigin(String origin) {
        String o = origin.toLowerCase(Locale.ROOT);
        return o.equals("http://127.0.0.1:" + port) || o.equals("http://localhost:" + port);
    }

    /** Constant-time, so the secrets cannot be guessed byte by byte from response times. */
    private static boolean same(String secret, String given) {
        return given != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static String secret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
