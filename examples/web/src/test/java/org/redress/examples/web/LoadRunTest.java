package org.redress.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.examples.web.Browserless.form;

import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load run, not part of the build: {@code mvn -B -o -q -pl examples/web -am test -Dtest=LoadRunTest
 * -Dredress.load=true -Dsurefire.failIfNoSpecifiedTests=false}. Prints requests, concurrency, errors, p50/p99 and
 * memory for pages, posts and PDF downloads; docs/web.md reports a run.
 */
@EnabledIfSystemProperty(named = "redress.load", matches = "true")
class LoadRunTest {

    @TempDir
    Path tmp;

    interface Call {
        int status() throws Exception;
    }

    record Result(String name, int requests, int concurrency, int errors, double p50, double p99, double perSecond) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.0f ms | %.0f ms | %.1f/s |", name, requests,
                    concurrency, errors, p50, p99, perSecond);
        }
    }

    static Result run(String name, int requests, int concurrency, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                all.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    try {
                        int s = call.status();
                        if (s >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    times.add(System.nanoTime() - t);
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return new Result(name, requests, concurrency, errors.get(), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6, requests / seconds);
    }

    @Test
    void boundedLoadRun() throws Exception {
        Intake intake = Intake.open(tmp.resolve("data"), "load passphrase".toCharArray(), IntakeApp.demoCase());
        Javalin app = IntakeApp.start(intake, true);
        try {
            Browserless web = new Browserless(app.port());
            String token = web.unlock("load passphrase");
            assertThat(web.upload(token, "shot.png", WebAppIT.fictionalScreenshot(), "load").statusCode())
                    .isEqualTo(303);
            List<Result> results = new ArrayList<>();
            String[] pages = {"/", "/plan", "/documents", "/incidents/new", "/evidence/ev-1"};
            AtomicInteger n = new AtomicInteger();
            results.add(run("GET pages (/, /plan, /documents, forms, evidence)", 2000, 20,
                    () -> web.get(pages[n.getAndIncrement() % pages.length]).statusCode()));
            results.add(run("GET /documents/1.pdf", 200, 10, () -> web.http.send(HttpRequest.newBuilder(
                    URI.create(web.base + "/documents/1.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray())
                    .statusCode()));
            AtomicInteger k = new AtomicInteger();
            results.add(run("POST /incidents", 300, 20, () -> web.post("/incidents", form("csrf", token, "date",
                    LocalDate.of(2026, 1, 1).plusDays(k.get() % 300).toString(), "kinds", "TROLLING", "channel",
                    "FORUM", "summary", "load " + k.getAndIncrement())).statusCode()));
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
            System.out.println("| run | requests | concurrency | errors | p50 | p99 | throughput |");
            System.out.println("|---|---|---|---|---|---|---|");
            results.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "heap after GC: %.0f MB; process peak RSS %s; max heap %.0f MB; "
                    + "processors %d%n", heap / 1e6, hwm, Runtime.getRuntime().maxMemory() / 1e6,
                    Runtime.getRuntime().availableProcessors());
            results.forEach(r -> assertThat(r.errors()).as(r.name()).isZero());
        } finally {
            app.stop();
        }
    }
}
