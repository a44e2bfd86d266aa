package org.redress.evidence.bundle;

import java.util.Objects;
import java.util.Optional;
import org.redress.core.model.CaptureEnvironment;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImmutableCaptureEnvironment;
import org.redress.core.model.ImmutableEvidenceRecord;

/**
 * What a bundle leaves out of the evidence records it describes, for a recipient who must not see it. The evidence
 * bytes, their hashes and the custody log are never changed, so every hash stays verifiable. A bundle never holds the
 * person's own contact details (the manifest carries the case id, the jurisdiction and a summary the caller writes).
 *
 * @param name the profile's name, written in the manifest
 * @param deviceIds whether device identifiers stay in
 * @param ipAddresses whether IP addresses stay in
 * @param locations whether capture locations stay in
 * @param environment whether anything of the capture environment (device, system) stays in
 *
 * @since 1.0
 */
public record ExportProfile(String name, boolean deviceIds, boolean ipAddresses, boolean locations,
        boolean environment) {

    /** Everything in the records: for the person's own records or their own lawyer. */
    public static final ExportProfile FULL = new ExportProfile("full", true, true, true, true);

    /** For the police or a solicitor: no device ids, IP addresses or locations. */
    public static final ExportProfile STANDARD = new ExportProfile("standard", false, false, false, true);

    /** For papers served on the other party or filed in court: nothing of the capture environment at all. */
    public static final ExportProfile OTHER_PARTY = new ExportProfile("other-party", false, false, false, false);

    /**
     * A profile.
     *
     * @param name the profile's name, written in the manifest
     * @param deviceIds whether device identifiers stay in
     * @param ipAddresses whether IP addresses stay in
     * @param locations whether capture locations stay in
     * @param environment whether anything of the capture environment (device, system) stays in
     */
    public ExportProfile {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("A profile name is lower-case letters, digits and '-'.");
        }
    }

    /**
     * {@return the record as this profile lets the recipient see it}
     *
     * @param record the item's record as stored
     */
    public EvidenceRecord apply(EvidenceRecord record) {
        ImmutableEvidenceRecord r = ImmutableEvidenceRecord.copyOf(record);
        if (record.environment().isEmpty()) {
            return r;
        }
        if (!environment) {
            return r.withEnvironment(Optional.<CaptureEnvironment>empty());
        }
        ImmutableCaptureEnvironment e = ImmutableCaptureEnvironment.copyOf(record.environment().get());
        if (!deviceIds) {
            e = e.withDeviceId(Optional.<String>empty());
        }
        if (!ipAddresses) {
            e = e.withIpAddress(Optional.<String>empty());
        }
        if (!locations) {
            e = e.withLocation(Optional.<String>empty());
        }
        return r.withEnvironment(e);
    }
}
