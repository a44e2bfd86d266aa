package org.redress.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as a separate process (its own temporary folder): nothing uploaded is ever on disk unencrypted, after a
 * finished upload or after the process is killed (SIGKILL) half-way through one; a restart removes what the killed
 * upload left; a busy port creates nothing.
 */
class UploadDiskTest {

    static final String PASSPHRASE = "disk test passphrase";

    @TempDir
    Path tmp;

    private Process start(Path data, Path javaTmp, String port) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + javaTmp, "-cp", System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")), IntakeApp.class.getName(), "--data", data.toString(),
                "--port", port, "--demo");
        pb.environment().put("REDRESS_VAULT_PASSPHRASE", PASSPHRASE);
        if (!port.equals("0")) {
            return pb.start();
        }
        pb.redirectError(ProcessBuilder.Redirect.appendTo(tmp.resolve("app-stderr.txt").toFile()));
        return pb.start();
    }

    private static int port(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the app did not start: " + new String(p.getErrorStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    /** Random bytes that start like a PNG (so they are accepted). */
    private static byte[] content(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(png, 0, b, 0, png.length);
        return b;
    }

    /** Windows of the content that must not appear in any file. */
    private static List<String> needles(byte[] content, int upTo) {
        List<String> n = new ArrayList<>();
        for (int at : new int[] {64, upTo / 3, upTo / 2, upTo - 100}) {
            n.add(new String(content, at, 48, StandardCharsets.ISO_8859_1));
        }
        return n;
    }

    private static List<Path> filesHolding(List<String> needles, Path... dirs) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    if (needles.stream().anyMatch(text::contains)) {
                        found.add(f);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void uploadsAreNeverOnDiskUnencryptedEvenWhenTheProcessIsKilled() throws Exception {
        Path data = tmp.resolve("data");
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        Process app = start(data, javaTmp, "0");
        try {
            Browserless web = new Browserless(port(app));
            String token = web.unlock(PASSPHRASE);
            // a finished upload, larger than any in-memory buffer
            byte[] whole = content(1, 6 * 1024 * 1024);
            assertThat(web.upload(token, "whole.png", whole, "finished").statusCode())
                    .as(() -> {
                        try {
                            return Files.readString(tmp.resolve("app-stderr.txt"));
                        } catch (IOException e) {
                            return "";
                        }
                    }).isEqualTo(303);
            assertThat(filesHolding(needles(whole, whole.length), data, javaTmp)).isEmpty();

            // an upload cut off by SIGKILL half-way
            byte[] half = content(2, 48 * 1024 * 1024);
            int sent = 20 * 1024 * 1024;
            String boundary = "----killed";
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"half.png\""
                    + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            try (Socket s = new Socket("127.0.0.1", web.port)) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /evidence HTTP/1.1\r\nHost: 127.0.0.1:" + web.port + "\r\nCookie: "
                        + web.cookieHeader() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                        + "\r\nContent-Length: " + (head.length + half.length + 100) + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(head);
                out.write(half, 0, sent);
                out.flush();
                // wait until the vault has written (encrypted) a good part of it
                Path items = data.resolve("vault").resolve("items");
                for (int i = 0; i < 300 && partialSize(items) < sent / 2; i++) {
                    Thread.sleep(100);
                }
                assertThat(partialSize(items)).as("the upload was being written").isGreaterThan(sent / 2);
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(filesHolding(needles(half, sent), data, javaTmp)).isEmpty();
            assertThat(filesHolding(needles(whole, whole.length), data, javaTmp)).isEmpty();
            try (Stream<Path> s = Files.list(javaTmp)) {
                assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("MultiPart"));
            }
            // a restart removes what the killed upload left
            assertThat(partialSize(data.resolve("vault").resolve("items"))).isPositive();
            Process again = start(data, javaTmp, "0");
            try {
                port(again);
                assertThat(partialSize(data.resolve("vault").resolve("items"))).isZero();
            } finally {
                again.destroy();
                again.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            app.destroyForcibly();
        }
    }

    private static long partialSize(Path items) throws IOException {
        if (!Files.isDirectory(items)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(items)) {
            long total = 0;
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".")).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    @Test
    void aBusyPortIsExplainedAndNothingIsCreated() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Path data = tmp.resolve("never");
            Process app = start(data, tmp, String.valueOf(busy.getLocalPort()));
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(app.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(app.exitValue()).isEqualTo(3);
            assertThat(err).contains("port " + busy.getLocalPort()).contains("in use").contains("--port")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(data).doesNotExist();
        }
    }
}
