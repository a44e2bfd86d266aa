package org.redress.tck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamp authority for tests, served over HTTP on {@code 127.0.0.1} at a free port.
 *
 * <p>It makes its own root certificate and a time-stamping certificate (ECDSA P-256, with the critical extended key
 * usage {@code id-kp-timeStamping}) signed by that root, and answers every {@code application/timestamp-query} POST
 * with a granted {@code application/timestamp-reply} whose token carries both certificates. Check its tokens with
 * {@code openssl ts -verify -CAfile <root.pem>} using {@link #writeRootCertificatePem(Path)}.
 *
 * <pre>{@code
 * try (LocalTimeStampAuthority tsa = LocalTimeStampAuthority.start()) {
 *     TimeStampAuthority client = new HttpTimeStampAuthority(tsa.url());
 *     byte[] token = client.timeStamp(sha256);
 * }
 * }</pre>
 *
 * Not for production: its keys live in memory and it trusts its own clock.
 *
 * @since 1.0
 */
public final class LocalTimeStampAuthority implements AutoCloseable {

    /** The policy OID the authority puts in its tokens (an arbitrary test arc). */
    public static final String POLICY_OID = "1.3.6.1.4.1.99999.3161.1";

    private final HttpServer server;
    private final X509Certificate root;
    private final X509Certificate tsaCertificate;
    private final TimeStampResponseGenerator responses;
    private final AtomicLong serial = new AtomicLong(1);
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean rejecting;

    private LocalTimeStampAuthority() throws IOException {
        try {
            KeyPair rootKeys = ecKeyPair();
            KeyPair tsaKeys = ecKeyPair();
            Instant now = Instant.now();
            X500Name rootName = new X500Name("CN=Redress Test Root (fictional),O=Redress tests");
            X500Name tsaName = new X500Name("CN=Redress Test TSA (fictional),O=Redress tests");
            root = certificate(rootName, rootName, rootKeys, rootKeys.getPrivate(), now, true);
            tsaCertificate = certificate(tsaName, rootName, tsaKeys, rootKeys.getPrivate(), now, false);
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", tsaKeys.getPrivate(),
                            tsaCertificate),
                    new JcaDigestCalculatorProviderBuilder().build()
                            .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier(POLICY_OID));
            tokens.addCertificates(new JcaCertStore(List.of(tsaCertificate, root)));
            responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException
                 | org.bouncycastle.cert.CertIOException | TSPException e) {
            throw new IOException("cannot set up the local time-stamp authority", e);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts an authority on {@code 127.0.0.1} at a free port. Close it when done.
     *
     * @return the running authority
     * @throws IOException if the keys and certificates cannot be made or the server cannot listen
     */
    public static LocalTimeStampAuthority start() throws IOException {
        return new LocalTimeStampAuthority();
    }

    /** {@return the URL to POST RFC 3161 time-stamp requests to} */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    /** {@return the root certificate that anchors the authority's tokens} */
    public X509Certificate rootCertificate() {
        return root;
    }

    /** {@return the authority's own time-stamping certificate, issued by the root} */
    public X509Certificate tsaCertificate() {
        return tsaCertificate;
    }

    /** {@return the root certificate in PEM, for {@code openssl ts -verify -CAfile}} */
    public String rootCertificatePem() {
        try {
            StringWriter out = new StringWriter();
            out.write("-----BEGIN CERTIFICATE-----\n");
            out.write(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(root.getEncoded()));
            out.write("\n-----END CERTIFICATE-----\n");
            return out.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the root certificate in PEM to a file, replacing what the file held.
     *
     * @param file the file to write
     * @return {@code file}
     * @throws IOException if the file cannot be written
     */
    public Path writeRootCertificatePem(Path file) throws IOException {
        return Files.writeString(file, rootCertificatePem(), StandardCharsets.US_ASCII);
    }

    /** {@return how many requests the authority has answered (rejections included)} */
    public int requestCount() {
        return requests.get();
    }

    /**
     * When set, the authority answers every request with a rejection (status 2), to test clients' error paths.
     *
     * @param reject {@code true} to reject every later request, {@code false} to answer them again
     */
    public void rejectRequests(boolean reject) {
        this.rejecting = reject;
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(1 << 16);
            }
            requests.incrementAndGet();
            byte[] reply;
            try {
                TimeStampRequest request = new TimeStampRequest(body);
                BigInteger number = BigInteger.valueOf(serial.getAndIncrement());
                TimeStampResponse response = rejecting
                        ? responses.generateRejectedResponse(new TSPException("rejected for a test"))
                        : responses.generate(request, number, new Date());
                reply = response.getEncoded();
            } catch (IOException | TSPException | RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        }
    }

    private static KeyPair ecKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair subjectKeys,
            PrivateKey issuerKey, Instant now, boolean ca) throws GeneralSecurityException,
            org.bouncycastle.operator.OperatorCreationException, org.bouncycastle.cert.CertIOException {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(now.toEpochMilli()).shiftLeft(1).add(BigInteger.valueOf(ca ? 0 : 1)),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                subject, subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (ca) {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, true,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
