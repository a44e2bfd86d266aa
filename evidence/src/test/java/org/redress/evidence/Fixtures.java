package org.redress.evidence;

import java.net.URI;
import java.util.Random;
import org.redress.core.model.Collector;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceOrigin;
import org.redress.core.model.ImmutableCaptureEnvironment;
import org.redress.core.model.Tool;

/** Fictional test data. */
public final class Fixtures {

    /** A pseudonymous collector. */
    public static final Collector ACTOR = Collector.of("collector-7f3a", "victim");
    /** A tool. */
    public static final Tool TOOL = Tool.of("redress-tests", "0.1.0");
    /** A host key for vaults in tests. */
    public static final byte[] HOST_KEY = new byte[32];

    static {
        new Random(42).nextBytes(HOST_KEY);
    }

    private Fixtures() {
    }

    /** Metadata for a live capture of a screenshot, with an opt-in environment. */
    public static ImmutableCaptureMetadata.Builder screenshot(String id) {
        return CaptureMetadata.builder()
                .id(id)
                .kind(EvidenceKind.SCREENSHOT)
                .description("Screenshot of a fictional abusive reply")
                .fileName(id + ".png")
                .mediaType("image/png")
                .requestedUrl(URI.create("https://social.example/post/" + id))
                .platform("social.example")
                .collector(ACTOR)
                .tool(TOOL)
                .environment(ImmutableCaptureEnvironment.builder().device("Android phone")
                        .deviceId("device-0000-fictional").ipAddress("192.0.2.10").location("51.5,-0.1").build())
                .origin(EvidenceOrigin.CAPTURED_LIVE);
    }

    /** Deterministic pseudo-random bytes. */
    public static byte[] bytes(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
