package org.redress.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A minimal W3C WebDriver client for Debian's chromedriver and headless Chromium: enough to open pages, type, click,
 * upload, read the page and take screenshots. (Keeps Selenium's large dependency tree out of the build.)
 */
final class WebDriver implements AutoCloseable {

    static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String session;

    private WebDriver(Process driver, String base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** Starts chromedriver and a headless Chromium with a fresh profile and downloads into {@code downloads}. */
    static WebDriver start(Path profile, Path downloads) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder("/usr/bin/chromedriver", "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://127.0.0.1:" + port;
        HttpClient probe = HttpClient.newHttpClient();
        for (int i = 0; ; i++) {
            try {
                probe.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                break;
            } catch (IOException e) {
                if (i > 100) {
                    p.destroyForcibly();
                    throw e;
                }
                Thread.sleep(100);
            }
        }
        Map<String, Object> options = Map.of(
                "binary", "/usr/bin/chromium",
                "args", List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1100,1400", "--user-data-dir=" + profile),
                "prefs", Map.of("download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false));
        Map<String, Object> caps = Map.of("capabilities", Map.of("alwaysMatch",
                Map.of("browserName", "chrome", "goog:chromeOptions", options)));
        WebDriver tmp = new WebDriver(p, base, "");
        JsonNode v;
        try {
            v = tmp.call("POST", "/session", caps);
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
        return new WebDriver(p, base, v.get("sessionId").asText());
    }

    private JsonNode call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (method.equals("GET")) {
            b.GET();
        } else if (method.equals("DELETE")) {
            b.DELETE();
        } else {
            b.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode node = JSON.readTree(r.body());
        if (r.statusCode() >= 400) {
            throw new IllegalStateException("WebDriver " + method + " " + path + ": " + node.path("value"));
        }
        return node.get("value");
    }

    private String s(String path) {
        return "/session/" + session + path;
    }

    void open(String url) throws Exception {
        call("POST", s("/url"), Map.of("url", url));
    }

    String url() throws Exception {
        return call("GET", s("/url"), null).asText();
    }

    String source() throws Exception {
        return call("GET", s("/source"), null).asText();
    }

    String find(String css) throws Exception {
        return call("POST", s("/element"), Map.of("using", "css selector", "value", css)).get(ELEMENT).asText();
    }

    void click(String css) throws Exception {
        call("POST", s("/element/" + find(css) + "/click"), Map.of());
    }

    void type(String css, String text) throws Exception {
        call("POST", s("/element/" + find(css) + "/value"), Map.of("text", text));
    }

    String text(String css) throws Exception {
        return call("GET", s("/element/" + find(css) + "/text"), null).asText();
    }

    JsonNode script(String js) throws Exception {
        return call("POST", s("/execute/sync"), Map.of("script", js, "args", List.of()));
    }

    byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(call("GET", s("/screenshot"), null).asText());
    }

    @Override
    public void close() {
        try {
            call("DELETE", s(""), null);
        } catch (Exception ignored) {
            // the browser is going away anyway
        } finally {
            driver.destroy();
        }
    }
}
