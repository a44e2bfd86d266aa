package org.redress.evidence.custody.internal;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyConverter;

/** The OpenPGP v4 form of an Ed25519 public key (legacy EdDSA). Not API. */
public final class OpenPgpKeys {

    private OpenPgpKeys() {
    }

    /** The OpenPGP public key for an Ed25519 key made at this time. */
    public static PGPPublicKey publicKey(PublicKey key, Instant created) {
        try {
            return new JcaPGPKeyConverter().getPGPPublicKey(PublicKeyPacket.VERSION_4,
                    PublicKeyAlgorithmTags.EDDSA_LEGACY, null, key, Date.from(created));
        } catch (PGPException e) {
            throw new IllegalStateException("cannot make an OpenPGP key from the Ed25519 key", e);
        }
    }

    /** Its fingerprint, 40 upper-case hex digits. */
    public static String fingerprint(PublicKey key, Instant created) {
        return HexFormat.of().withUpperCase().formatHex(publicKey(key, created).getFingerprint());
    }
}
