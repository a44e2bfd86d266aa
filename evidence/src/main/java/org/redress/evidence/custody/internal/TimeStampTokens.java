package org.redress.evidence.custody.internal;

import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/** Checks of RFC 3161 time-stamp tokens shared by checkpoints and bundles. Not API. */
public final class TimeStampTokens {

    private TimeStampTokens() {
    }

    /**
     * Checks that a token time-stamps this SHA-256 digest and is signed by the time-stamping certificate it carries.
     * Whether that authority is trusted is for the reader (openssl ts -verify -CAfile).
     *
     * @return null when it holds, else why not, in plain words
     */
    public static String check(byte[] token, byte[] sha256) {
        TimeStampToken t;
        try {
            t = new TimeStampToken(new CMSSignedData(token));
        } catch (Exception e) {
            return "is not a valid RFC 3161 time-stamp token";
        }
        if (!Arrays.equals(t.getTimeStampInfo().getMessageImprintDigest(), sha256)) {
            return "time-stamps different data";
        }
        try {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = t.getCertificates().getMatches(t.getSID());
            if (certs.isEmpty()) {
                return "does not carry the authority's certificate";
            }
            t.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certs.iterator().next()));
            return null;
        } catch (Exception e) {
            return "its signature or certificate does not verify";
        }
    }
}
