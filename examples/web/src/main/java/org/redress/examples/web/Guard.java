package org.redress.examples.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Security defaults on every response (CSP without inline code, no framing, no referrer, no sniffing, no caching)
 * and CSRF protection for every form: a random token in a SameSite=Strict, HttpOnly cookie that each form repeats
 * in a hidden field (double submit), plus an Origin check when the browser sends one.
 */
final class Guard {

    static final String CSRF = "csrf";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Guard() {
    }

    /** Before every request: headers, and the CSRF check for state-changing methods. */
    static void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        if (!"GET".equals(ctx.method().name()) && !"HEAD".equals(ctx.method().name())) {
            // With Referrer-Policy: no-referrer, browsers send "Origin: null" for form posts: the token decides.
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("null") && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
                throw new ForbiddenResponse("This form was sent from another site.");
            }
            String tooLarge = "The file is too large. The largest file you can add is " + IntakeApp.MAX_UPLOAD_MB
                    + " MB.";
            if (ctx.contentLength() > (IntakeApp.MAX_UPLOAD_MB + 1) * 1024 * 1024) {
                throw new HttpResponseException(413, tooLarge);
            }
            String cookie = ctx.cookie(CSRF);
            String field;
            try {
                field = ctx.formParam(CSRF);
            } catch (IllegalStateException e) {
                throw new HttpResponseException(413, tooLarge);
            }
            if (cookie == null || field == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                    field.getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenResponse("This form has expired. Go back, reload the page and try again.");
            }
        }
    }

    /** The CSRF token for this browser, set as a cookie on first use; goes into every form's hidden field. */
    static String token(Context ctx) {
        String t = ctx.cookie(CSRF);
        if (t == null || !t.matches("[0-9a-f]{64}")) {
            byte[] b = new byte[32];
            RANDOM.nextBytes(b);
            t = HexFormat.of().formatHex(b);
            Cookie c = new Cookie(CSRF, t);
            c.setHttpOnly(true);
            c.setSameSite(SameSite.STRICT);
            c.setPath("/");
            c.setSecure("https".equals(ctx.scheme()));
            ctx.cookie(c);
        }
        return t;
    }

    /** The hidden field every form carries. */
    static String field(Context ctx) {
        return "<input type=\"hidden\" name=\"" + CSRF + "\" value=\"" + Html.esc(token(ctx)) + "\">";
    }
}
