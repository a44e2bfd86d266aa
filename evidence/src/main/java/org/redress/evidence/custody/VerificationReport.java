package org.redress.evidence.custody;

import java.util.List;

/**
 * The result of a verification: empty findings mean everything checked held. Each finding names exactly what failed
 * (an event by sequence number, an evidence item by id, a checkpoint's signature, a proof, a bundle member) and why.
 * Findings never carry personal data.
 *
 * @param checked what was checked, in a sentence ("1000 events, 3 checkpoints")
 * @param findings what failed, in the order found
 *
 * @since 1.0
 */
public record VerificationReport(String checked, List<Finding> findings) {

    /**
     * A copy with an immutable list.
     *
     * @param checked what was checked, in a sentence ("1000 events, 3 checkpoints")
     * @param findings what failed, in the order found
     */
    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /**
     * One failure.
     *
     * @param subject what failed, such as {@code event 12}, {@code checkpoint 2 signature}, {@code item ev-3} or
     *     {@code member evidence/ev-3.png}
     * @param itemIds the evidence items concerned, when known
     * @param reason why, in plain words
     */
    public record Finding(String subject, List<String> itemIds, String reason) {

        /**
         * A copy with an immutable list.
         *
         * @param subject what failed, such as {@code event 12}
         * @param itemIds the evidence items concerned, when known
         * @param reason why, in plain words
         */
        public Finding {
            itemIds = List.copyOf(itemIds);
        }

        /**
         * {@return a finding about a subject with no particular items}
         *
         * @param subject what failed, such as {@code event 12}
         * @param reason why, in plain words
         */
        public static Finding of(String subject, String reason) {
            return new Finding(subject, List.of(), reason);
        }

        @Override
        public String toString() {
            return subject + (itemIds.isEmpty() ? "" : " (items " + String.join(", ", itemIds) + ")") + ": " + reason;
        }
    }

    /** {@return whether everything held} */
    public boolean ok() {
        return findings.isEmpty();
    }

    @Override
    public String toString() {
        if (ok()) {
            return "Verified: " + checked + ".";
        }
        StringBuilder out = new StringBuilder("FAILED (" + checked + "):");
        findings.forEach(f -> out.append("\n  ").append(f));
        return out.toString();
    }
}
