package org.redress.examples.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An HTTP client for the tests: a browser's cookies, the form token, raw requests for headers a client won't send. */
final class Browserless {

    final String base;
    final int port;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;

    Browserless(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, ?> form, String... headers) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> {
            for (Object one : v instanceof Iterable<?> it ? it : java.util.List.of(v)) {
                if (body.length() > 0) {
                    body.append('&');
                }
                body.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8));
            }
        });
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** This session's form token, read from a page. */
    String token() throws Exception {
        return token(get("/unlock").body());
    }

    static String token(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no token in page");
        }
        return m.group(1);
    }

    /** Opens the case with the passphrase; returns the token (of the new session the unlock starts). */
    String unlock(String passphrase) throws Exception {
        String t = token();
        HttpResponse<String> r = post("/unlock", Map.of("csrf", t, "passphrase", passphrase));
        if (r.statusCode() != 303) {
            throw new AssertionError("unlock: " + r.statusCode());
        }
        return token();
    }

    /** A form with fields in this order. */
    static Map<String, Object> form(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The session cookie header. */
    String cookieHeader() {
        StringBuilder b = new StringBuilder();
        cookies.getCookieStore().getCookies().forEach(c -> {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(c.getName()).append('=').append(c.getValue());
        });
        return b.toString();
    }

    /** A raw HTTP/1.1 exchange: the whole response as text (head and body). */
    String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    String raw(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (IOException e) {
                // a reset after the response: keep what arrived
            }
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** A multipart body in the order given; a value of type byte[] is a file named by {@code fileName}. */
    static byte[] multipart(String boundary, String fileName, Object... kv) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < kv.length; i += 2) {
            String name = (String) kv[i];
            Object v = kv[i + 1];
            b.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (v instanceof byte[] bytes) {
                b.writeBytes(("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                b.writeBytes(bytes);
            } else {
                b.writeBytes(("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v)
                        .getBytes(StandardCharsets.UTF_8));
            }
            b.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        b.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    HttpResponse<String> upload(String token, String fileName, byte[] content, String description) throws Exception {
        return upload(token, fileName, content, description, "");
    }

    HttpResponse<String> upload(String token, String fileName, byte[] content, String description, String incident)
            throws Exception {
        String boundary = "----redresstest" + System.nanoTime();
        byte[] body = multipart(boundary, fileName, "csrf", token, "description", description, "incident", incident,
                "file", content);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/evidence"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
