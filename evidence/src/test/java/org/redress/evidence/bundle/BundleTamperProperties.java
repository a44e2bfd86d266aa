package org.redress.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any bundle, any single-byte change, removal or addition of a member fails verification naming that member. */
class BundleTamperProperties {

    private static Map<String, byte[]> members;
    private static List<String> names;

    private static synchronized Map<String, byte[]> members() {
        if (members == null) {
            try {
                Path dir = Files.createTempDirectory("bundle-props");
                Path zip = dir.resolve("b.zip");
                BundleFixture.export(dir.resolve("store"), zip, ExportProfile.STANDARD, Optional.empty());
                members = BundleFixture.members(zip);
                names = new ArrayList<>(members.keySet());
                assertThat(BundleVerifier.verify(zip).ok()).isTrue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return members;
    }

    private static BundleVerdict verify(Map<String, byte[]> changed) throws IOException {
        Path zip = Files.createTempFile("tampered", ".zip");
        try {
            Files.write(zip, BundleFixture.zip(changed));
            return BundleVerifier.verify(zip);
        } finally {
            Files.delete(zip);
        }
    }

    @Property(tries = 200)
    void changingAnyByteOfAnyMemberIsCaughtAndNamed(@ForAll @IntRange(min = 0, max = 10_000) int member,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int position,
            @ForAll @IntRange(min = 1, max = 255) int xor) throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(members());
        String name = names.get(member % names.size());
        byte[] content = changed.get(name).clone();
        if (content.length == 0) {
            content = new byte[] {(byte) xor};
        } else {
            content[position % content.length] ^= (byte) xor;
        }
        changed.put(name, content);
        BundleVerdict verdict = verify(changed);
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.failingMembers()).as(verdict.toString()).contains(name);
    }

    @Property(tries = 30)
    void removingAnyMemberIsCaughtAndNamed(@ForAll @IntRange(min = 0, max = 10_000) int member) throws IOException {
        Map<String, byte[]> changed = new LinkedHashMap<>(members());
        String name = names.get(member % names.size());
        changed.remove(name);
        BundleVerdict verdict = verify(changed);
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.failingMembers()).as(verdict.toString()).contains(name);
    }

    @Property(tries = 30)
    void addingAMemberIsCaughtAndNamed(@ForAll @IntRange(min = 0, max = 10_000) int member,
            @ForAll @IntRange(min = 0, max = 3) int where) throws IOException {
        String name = List.of("evidence/extra.png", "extra.txt", "custody/extra.jsonl", "SHA256SUMS.sig").get(where);
        Map<String, byte[]> changed = new LinkedHashMap<>(members());
        changed.put(name, members().get(names.get(member % names.size())));
        BundleVerdict verdict = verify(changed);
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.failingMembers()).as(verdict.toString()).contains(name);
    }
}
