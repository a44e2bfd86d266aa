package org.redress.evidence.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPObjectFactory;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyConverter;

/** Reading OpenPGP keys and detached signatures for bundle verification. */
final class OpenPgp {

    private OpenPgp() {
    }

    /** An armoured public key's primary key, or null when it is not one. */
    static PGPPublicKey publicKey(byte[] armored) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
            PGPPublicKeyRing ring = new PGPPublicKeyRing(in, new JcaKeyFingerprintCalculator());
            return ring.getPublicKey();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String fingerprint(PGPPublicKey key) {
        return HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
    }

    /** The JCA form of a key, or null. */
    static PublicKey jca(PGPPublicKey key) {
        try {
            return new JcaPGPKeyConverter().getPublicKey(key);
        } catch (PGPException | RuntimeException e) {
            return null;
        }
    }

    /** An armoured detached signature, or null when it is not exactly one in the form Redress writes. */
    static PGPSignature signature(byte[] armored) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armored))) {
            Object o = new PGPObjectFactory(in, new JcaKeyFingerprintCalculator()).nextObject();
            if (!(o instanceof PGPSignatureList list) || list.size() != 1) {
                return null;
            }
            PGPSignature sig = list.get(0);
            // Bytes outside the signed area (armour, unhashed packets) must be exactly as written.
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            try (ArmoredOutputStream armor = BundleSigner.armor(again)) {
                sig.encode(armor);
            }
            return Arrays.equals(again.toByteArray(), armored) ? sig : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean verifies(PGPSignature sig, PGPPublicKey key, byte[] data) {
        try {
            if (sig.getKeyID() != key.getKeyID() || sig.getSignatureType() != PGPSignature.BINARY_DOCUMENT) {
                return false;
            }
            sig.init(new JcaPGPContentVerifierBuilderProvider(), key);
            sig.update(data);
            return sig.verify();
        } catch (PGPException | RuntimeException e) {
            return false;
        }
    }
}
