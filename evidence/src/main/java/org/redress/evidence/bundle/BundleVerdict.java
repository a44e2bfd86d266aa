package org.redress.evidence.bundle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.redress.evidence.custody.VerificationReport;

/**
 * The verdict on a bundle. Each finding's subject is the member that failed (its path in the archive), or
 * {@code archive} for a problem with the archive as a whole.
 *
 * @param findings what failed; empty when the bundle verified
 * @param manifest the manifest, when it could be read (it is trustworthy only when the verdict is {@link #ok()})
 *
 * @since 1.0
 */
public record BundleVerdict(List<VerificationReport.Finding> findings, Optional<BundleManifest> manifest) {

    /**
     * A copy with an immutable list.
     *
     * @param findings what failed; empty when the bundle verified
     * @param manifest the manifest, when it could be read (it is trustworthy only when the verdict is {@link #ok()})
     */
    public BundleVerdict {
        findings = List.copyOf(findings);
    }

    /** {@return whether everything verified} */
    public boolean ok() {
        return findings.isEmpty();
    }

    /** {@return the members named by findings, in order} */
    public Set<String> failingMembers() {
        Set<String> out = new LinkedHashSet<>();
        findings.forEach(f -> out.add(f.subject()));
        return out;
    }

    @Override
    public String toString() {
        if (ok()) {
            return "Bundle verified.";
        }
        StringBuilder out = new StringBuilder("Bundle FAILED verification:");
        findings.forEach(f -> out.append("\n  ").append(f));
        return out.toString();
    }
}
