package org.redress.examples.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The app's guard, run before every request:
 * <ul>
 *   <li>security headers on every response (CSP without inline code, no framing, no referrer, no sniffing,
 *       {@code Cache-Control: no-store});</li>
 *   <li>only the configured host names and port in {@code Host} (a web page that rebinds its own name to this
 *       computer's address gets 421, not the case);</li>
 *   <li>a session per browser (random id in a {@code SameSite=Strict}, {@code HttpOnly} cookie) with its own CSRF
 *       token, which every state-changing request (always a POST) repeats in a form field; an empty or foreign
 *       token, a cross-site {@code Origin} (compared with the configured origins, never with the request's own
 *       {@code Host}) or {@code Sec-Fetch-Site} is refused;</li>
 *   <li>the lock: a session opens the case with the passphrase, and is locked again by the quick exit (every
 *       session) and after the idle time the person chose.</li>
 * </ul>
 */
final class Guard {

    static final String CSRF = "csrf";
    static final String SESSION_COOKIE = "sid";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** Idle times a person can choose, in minutes. */
    static final int[] IDLE_CHOICES = {5, 15, 30, 60, 240};
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Paths served without an open case: the unlock page itself, the lock, and the app's own static files. */
    private static final Set<String> OPEN_PATHS = Set.of("/unlock", "/lock", "/favicon.ico");

    private final String scheme;
    private final Set<String> hostNames;
    private final String publicOrigin;
    private volatile int port;
    private volatile Set<String> authorities = Set.of();
    private volatile Set<String> origins = Set.of();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile Duration idle = Duration.ofMinutes(15);
    /** The clock for the idle lock and the unlock back-off (nanoseconds; replaced in tests). */
    private volatile java.util.function.LongSupplier clock = System::nanoTime;
    private final Attempts attempts = new Attempts();
    /** Run when no session is open any more (the app then clears the keys from memory). */
    private volatile Runnable allLocked = () -> { };

    /**
     * @param host the address the app listens on
     * @param publicOrigin the origin people use when the app is behind a TLS proxy (such as
     *     {@code https://intake.example}), or null
     */
    Guard(String host, String publicOrigin) {
        Set<String> names = new LinkedHashSet<>();
        names.add(bracket(host.toLowerCase(Locale.ROOT)));
        if (isLoopback(host)) {
            names.add("localhost");
            names.add("127.0.0.1");
            names.add("[::1]");
        }
        this.hostNames = Set.copyOf(names);
        this.scheme = "http";
        this.publicOrigin = publicOrigin == null ? null : publicOrigin.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    }

    /** Once the server has bound: the port every accepted {@code Host} carries. */
    void bound(int port) {
        this.port = port;
        Set<String> a = new LinkedHashSet<>();
        Set<String> o = new LinkedHashSet<>();
        for (String n : hostNames) {
            a.add(n + ":" + port);
            o.add(scheme + "://" + n + ":" + port);
            if (port == 80) {
                a.add(n);
                o.add(scheme + "://" + n);
            }
        }
        if (publicOrigin != null) {
            String auth = publicOrigin.substring(publicOrigin.indexOf("://") + 3);
            a.add(auth);
            o.add(publicOrigin);
        }
        authorities = Set.copyOf(a);
        origins = Set.copyOf(o);
    }

    /** Whether a {@code Host} header names this app as configured. */
    boolean hostAllowed(String host) {
        return host != null && authorities.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The origins accepted on posts. */
    Set<String> origins() {
        return origins;
    }

    int port() {
        return port;
    }

    /** The security headers, for the app's pages and for the server's own error responses. */
    static void headers(BiConsumer<String, String> set) {
        set.accept("Content-Security-Policy", CSP);
        set.accept("X-Frame-Options", "DENY");
        set.accept("Referrer-Policy", "no-referrer");
        set.accept("X-Content-Type-Options", "nosniff");
        set.accept("Cache-Control", "no-store");
        set.accept("Cross-Origin-Opener-Policy", "same-origin");
        set.accept("Cross-Origin-Resource-Policy", "same-origin");
        set.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    }

    /** Before every request. */
    void before(Context ctx) {
        Html.TOKEN.set("");
        headers(ctx::header);
        if (!hostAllowed(ctx.header("Host"))) {
            throw new HttpResponseException(421, "This address is not the one this service was started for. "
                    + "Open it with the address it printed when it started.");
        }
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.equalsIgnoreCase("identity")) {
            throw new HttpResponseException(415, "This service accepts forms as the browser sends them, "
                    + "not compressed.");
        }
        String charset = charset(ctx.header("Content-Type"));
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            // The pages send UTF-8 only; another charset (UTF-7, an unknown name) would be decoded wrongly or fail.
            throw new HttpResponseException(415, "This service accepts forms as its own pages send them (UTF-8).");
        }
        String method = ctx.method().name();
        boolean safe = method.equals("GET") || method.equals("HEAD");
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            // Another site may link here (the person then sees the page), but may not fetch, embed or post.
            if (!safe || !"navigate".equals(ctx.header("Sec-Fetch-Mode"))) {
                throw new ForbiddenResponse("This request came from another site.");
            }
        }
        Session s = session(ctx);
        Html.TOKEN.set(field(ctx));
        if (!safe) {
            String origin = ctx.header("Origin");
            // With Referrer-Policy: no-referrer browsers may send "Origin: null"; Sec-Fetch-Site and the token decide.
            if (origin != null && !origin.equals("null") && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
                throw new ForbiddenResponse("This form was sent from another site.");
            }
        }
        String path = ctx.path();
        if (!OPEN_PATHS.contains(path) && !path.startsWith("/static/")) {
            long now = clock.getAsLong();
            if (s.unlocked && now - s.lastSeen > idle.toNanos()) {
                s.unlocked = false;
                if (!sweep()) {
                    allLocked.run();
                }
            }
            if (!s.unlocked) {
                if (safe) {
                    ctx.redirect("/unlock", io.javalin.http.HttpStatus.SEE_OTHER);
                    ctx.skipRemainingHandlers();
                    return;
                }
                throw new HttpResponseException(401, "Your case was locked. Open it again with your passphrase, "
                        + "then try once more.");
            }
            s.lastSeen = now;
        }
        if (!safe && !path.equals("/lock")) {
            // The body is read only now: a locked session's post is refused before a byte of it is read.
            // The lock needs no token: a page from before the last unlock (another session's token) must still
            // close the notes; another site cannot send it (Origin and Sec-Fetch-Site above), and it only locks.
            String type = ctx.header("Content-Type");
            boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
            if (multipart && !path.equals("/evidence")) {
                // Only the upload is multipart, and its handler checks the token before any file. Elsewhere a
                // multipart body would skip the token (and be parsed by the server, which spools large parts).
                throw new HttpResponseException(415, "This form is sent as the page sends it, not as a file upload.");
            }
            if (!multipart) {
                checkToken(ctx, ctx.formParam(CSRF));
            }
        }
    }

    /** The lower-case {@code charset} parameter of a {@code Content-Type}, without quotes, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).strip().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Refuses a request whose token is missing, empty, or not this session's. */
    void checkToken(Context ctx, String field) {
        Session s = session(ctx);
        if (field == null || field.isEmpty() || !MessageDigest.isEqual(s.csrf.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("This form has expired. Go back, reload the page and try again.");
        }
    }

    /** The session of this browser, made (with a cookie) on first use. */
    Session session(Context ctx) {
        Session s = ctx.attribute("redress.session");
        if (s != null) {
            return s;
        }
        String id = ctx.cookie(SESSION_COOKIE);
        s = id == null ? null : sessions.get(id);
        if (s == null) {
            s = newSession(ctx);
        }
        ctx.attribute("redress.session", s);
        return s;
    }

    /** A new session with its own id and token, and the cookie that names it. */
    private Session newSession(Context ctx) {
        String id = random();
        Session s = new Session(id, random());
        if (sessions.size() > 10_000) {
            // A flood of new browsers: drop the locked sessions rather than grow without bound (an open one stays).
            sessions.values().removeIf(old -> !old.unlocked);
        }
        sessions.put(id, s);
        Cookie c = new Cookie(SESSION_COOKIE, id);
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setPath("/");
        c.setSecure(publicOrigin != null && publicOrigin.startsWith("https:"));
        ctx.cookie(c);
        return s;
    }

    /**
     * Opens the case for this browser in a new session (new id and new token): an id someone planted or saw
     * before the passphrase was typed (session fixation) never becomes an open session.
     */
    void unlock(Context ctx) {
        Session old = session(ctx);
        sessions.remove(old.id);
        Session s = newSession(ctx);
        s.lastSeen = clock.getAsLong();
        s.unlocked = true;
        ctx.attribute("redress.session", s);
    }

    /** The seconds to wait before the next passphrase attempt (0: one may be made now). */
    long unlockWait() {
        return attempts.waitSeconds(clock.getAsLong());
    }

    /** Records an attempt's outcome: a wrong one makes the next wait longer, a right one clears the count. */
    void unlockAttempt(boolean right) {
        attempts.record(right, clock.getAsLong());
    }

    /** Replaces the clock (for tests: the idle lock and the back-off without waiting). */
    void clock(java.util.function.LongSupplier nanos) {
        clock = nanos;
    }

    /** Locks the case in every session (the quick exit). */
    void lockAll() {
        sessions.values().forEach(s -> s.unlocked = false);
        allLocked.run();
    }

    /** Locks the sessions idle for longer than the idle time; returns whether any session is still open. */
    boolean sweep() {
        long now = clock.getAsLong();
        boolean any = false;
        for (Session s : sessions.values()) {
            if (s.unlocked && now - s.lastSeen > idle.toNanos()) {
                s.unlocked = false;
            }
            any |= s.unlocked;
        }
        return any;
    }

    /** What to run when no session is open any more. */
    void onAllLocked(Runnable r) {
        allLocked = r;
    }

    Duration idle() {
        return idle;
    }

    void idle(Duration d) {
        idle = d;
    }

    /** The hidden field every form carries. */
    String field(Context ctx) {
        return "<input type=\"hidden\" name=\"" + CSRF + "\" value=\"" + Html.esc(session(ctx).csrf) + "\">";
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("::1")
                || host.equals("[::1]");
    }

    private static String bracket(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** One browser's session. */
    final class Session {
        final String id;
        final String csrf;
        volatile boolean unlocked;
        volatile long lastSeen = clock.getAsLong();

        Session(String id, String csrf) {
            this.id = id;
            this.csrf = csrf;
        }
    }

    /**
     * The back-off on passphrase attempts, for the whole app (not per browser or address: a guesser can open any
     * number of sessions): the first {@value #FREE} wrong attempts cost only their Argon2id derivation; after them
     * each wrong attempt doubles the wait before the next one may be made, from 1 second up to
     * {@value #MAX_WAIT_SECONDS} seconds (some 290 guesses a day). Attempts during the wait are refused unchecked.
     * A right passphrase clears the count.
     */
    static final class Attempts {
        static final int FREE = 5;
        static final long MAX_WAIT_SECONDS = 300;
        private int wrong;
        private long openAt;
        private boolean waiting;

        synchronized long waitSeconds(long now) {
            if (!waiting || now - openAt >= 0) {
                return 0;
            }
            return Math.max(1, (openAt - now + 999_999_999L) / 1_000_000_000L);
        }

        synchronized void record(boolean right, long now) {
            if (right) {
                wrong = 0;
                waiting = false;
                return;
            }
            wrong++;
            if (wrong >= FREE) {
                long wait = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, wrong - FREE));
                openAt = now + wait * 1_000_000_000L;
                waiting = true;
            }
        }
    }
}
