package org.redress.evidence.timestamp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TimeStampAuthority} reached over HTTP (RFC 3161 section 3.4): it POSTs an
 * {@code application/timestamp-query} with a random nonce and asks for the authority's certificate, then checks the
 * reply against the request (status, message imprint, nonce, policy when one was asked for) and the token's
 * signature against the certificate it carries, whose extended key usage must be {@code id-kp-timeStamping}.
 *
 * <pre>{@code
 * TimeStampAuthority tsa = new HttpTimeStampAuthority(URI.create("https://freetsa.example/tsr"));
 * byte[] token = tsa.timeStamp(sha256OfManifest);
 * }</pre>
 *
 * Whether the authority itself is trusted is for the verifier to decide (with {@code openssl ts -verify -CAfile}).
 * Thread-safe.
 *
 * @since 1.0
 */
public final class HttpTimeStampAuthority implements TimeStampAuthority {

    private static final int MAX_REPLY = 1 << 20;

    private final URI url;
    private final Duration timeout;
    private final String policyOid;
    private final SecureRandom random = new SecureRandom();

    /**
     * A client for the authority at this URL, with a 30-second timeout and no requested policy.
     *
     * @param url the authority's HTTP or HTTPS address
     */
    public HttpTimeStampAuthority(URI url) {
        this(url, Duration.ofSeconds(30), null);
    }

    /**
     * A client for the authority at this URL.
     *
     * @param url the authority's HTTP or HTTPS address
     * @param timeout connect and read timeout
     * @param policyOid the policy to request, or {@code null} for the authority's default
     */
    public HttpTimeStampAuthority(URI url, Duration timeout, @Nullable String policyOid) {
        this.url = Objects.requireNonNull(url, "url");
        String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("The time-stamp authority's URL must start with http:// or https://.");
        }
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.policyOid = policyOid;
    }

    @Override
    public byte[] timeStamp(byte[] sha256) throws IOException {
        if (sha256 == null || sha256.length != 32) {
            throw new IllegalArgumentException("A SHA-256 digest is 32 bytes.");
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        if (policyOid != null) {
            generator.setReqPolicy(new org.bouncycastle.asn1.ASN1ObjectIdentifier(policyOid));
        }
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256,
                new BigInteger(63, random));
        byte[] reply = post(request.getEncoded());
        try {
            TimeStampResponse response = new TimeStampResponse(reply);
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw new IOException("The time-stamp authority refused the request (status "
                        + response.getStatus() + (response.getStatusString() == null ? "" : ": "
                        + response.getStatusString()) + ").");
            }
            checkSignature(token);
            return token.getEncoded();
        } catch (TSPException e) {
            throw new IOException("The time-stamp authority's reply does not match the request: " + e.getMessage(), e);
        }
    }

    private static void checkSignature(TimeStampToken token) throws IOException, TSPException {
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
        if (matches.isEmpty()) {
            throw new IOException("The time-stamp token does not carry the authority's certificate.");
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(matches.iterator().next()));
        } catch (org.bouncycastle.operator.OperatorCreationException | java.security.cert.CertificateException e) {
            throw new IOException("The time-stamp token's certificate cannot be used: " + e.getMessage(), e);
        }
    }

    private byte[] post(byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
        try {
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            connection.setDoOutput(true);
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/timestamp-query");
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            if (status != 200) {
                throw new IOException("The time-stamp authority answered HTTP " + status + ".");
            }
            try (InputStream in = connection.getInputStream()) {
                byte[] reply = in.readNBytes(MAX_REPLY + 1);
                if (reply.length > MAX_REPLY) {
                    throw new IOException("The time-stamp authority's reply is larger than 1 MiB.");
                }
                return reply;
            }
        } finally {
            connection.disconnect();
        }
    }
}
