package org.redress.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.custody.CustodyEvent;
import org.redress.evidence.custody.CustodyLog;
import org.redress.core.plan.Planner;

/**
 * Kills a child JVM that is ingesting evidence and changing the vault's key with SIGKILL at random moments, five times.
 * After each kill exactly one of the keys opens the vault (the one of the last key change that returned, unless a
 * later change had begun), the vault and the custody log open and verify, every item whose capture had returned is
 * there with its exact bytes, every visible item reads back whole, and every item has its capture event.
 */
class CrashTest {

    @TempDir
    Path dir;

    @Test
    void everyReturnedCaptureSurvivesSigkillAndNoPartialItemIsVisible() throws Exception {
        Random random = new Random();
        Set<String> returned = new HashSet<>();
        String expectedKey = "H"; // null while a key change is under way
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < 5; round++) {
            Process child = new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashIngest.class.getName(), dir.toString(), "r" + round)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            int before = 1 + random.nextInt(4);
            List<String> lines = new ArrayList<>();
            String line;
            boolean killInAChange = random.nextBoolean();
            while ((line = out.readLine()) != null) {
                lines.add(line);
                expectedKey = keyAfter(line, expectedKey);
                if (line.startsWith("OK ")) {
                    returned.add(line.substring(3));
                    if (--before == 0) {
                        break;
                    }
                }
                if (killInAChange && line.startsWith("CHANGING ")) {
                    break;
                }
            }
            assertThat(lines).as("the child started and captured").contains("READY");
            Thread.sleep(random.nextInt(killInAChange ? 300 : 40)); // a key change to a passphrase runs Argon2id first
            child.toHandle().destroyForcibly(); // SIGKILL on Linux; leaves our end of the pipe open
            // Lines printed before the kill landed still count: their capture calls returned.
            while ((line = out.readLine()) != null) {
                expectedKey = keyAfter(line, expectedKey);
                if (line.startsWith("OK ")) {
                    returned.add(line.substring(3));
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            expectedKey = checkAfterCrash(returned, expectedKey);
        }
        assertThat(returned).hasSizeGreaterThanOrEqualTo(5);
    }

    /** The key that must open the vault after a child's output line, or null when any of them may. */
    private static String keyAfter(String line, String expected) {
        if (line.startsWith("CHANGING ")) {
            return null;
        }
        return line.startsWith("KEYED ") ? line.substring(6) : expected;
    }

    /** Checks the vault and the log; returns the name of the key that opened the vault. */
    private String checkAfterCrash(Set<String> returned, String expectedKey) throws Exception {
        String key = CrashIngest.validKey(dir.resolve("vault"));
        if (expectedKey != null) {
            assertThat(key).as("the key of the last change that returned").isEqualTo(expectedKey);
        }
        try (DirectoryVault vault = DirectoryVault.openOrCreate(dir.resolve("vault"), CrashIngest.key(key));
             CustodyLog log = CustodyLog.open(dir.resolve("custody"))) {
            assertThat(log.verify(Optional.empty()).ok()).as(log.verify(Optional.empty()).toString()).isTrue();
            List<String> ids = vault.ids();
            assertThat(ids).containsAll(returned);
            for (String id : ids) {
                try (InputStream in = vault.open(id)) {
                    assertThat(in.readAllBytes()).as(id).isEqualTo(CrashIngest.content(id));
                }
            }
            try (var items = Files.list(dir.resolve("vault/items"))) {
                assertThat(items.map(p -> p.getFileName().toString()))
                        .allMatch(n -> n.endsWith(".rdv") && !n.startsWith("."));
            }
            try (var keys = Files.list(dir.resolve("vault/keys"))) {
                assertThat(keys.map(p -> p.getFileName().toString()))
                        .allMatch(n -> n.endsWith(".key") && !n.startsWith("."));
            }
            new EvidenceCapture(vault, log, Planner.of(), java.time.Clock.systemUTC());
            Set<String> logged = new HashSet<>();
            for (CustodyEvent e : log.events()) {
                logged.addAll(e.itemIds());
            }
            assertThat(logged).containsAll(ids);
            assertThat(log.verify(Optional.empty()).ok()).isTrue();
        }
        return key;
    }
}
