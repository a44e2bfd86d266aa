package org.redress.pdf;

import java.math.BigInteger;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.redress.core.timestamp.TimeStampAuthority;

/** An in-process RFC 3161 time-stamp authority for tests (not published). */
final class TestTsa implements TimeStampAuthority {

    final TestPki.Identity identity;
    private final AtomicLong serial = new AtomicLong(1);

    TestTsa() throws Exception {
        identity = TestPki.rsa("Fictional Test TSA", true);
    }

    @Override
    public byte[] timeStamp(byte[] sha256) throws java.io.IOException {
        try {
            TimeStampRequestGenerator rg = new TimeStampRequestGenerator();
            rg.setCertReq(true);
            TimeStampRequest req = rg.generate(TSPAlgorithms.SHA256, sha256, BigInteger.valueOf(serial.get()));
            TimeStampTokenGenerator tg = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .build("SHA256withRSA", identity.keys().getPrivate(), identity.cert()),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            tg.addCertificates(new JcaCertStore(java.util.List.of(identity.cert())));
            TimeStampResponse resp = new TimeStampResponseGenerator(tg, TSPAlgorithms.ALLOWED)
                    .generate(req, BigInteger.valueOf(serial.getAndIncrement()), new Date());
            resp.validate(req);
            return resp.getTimeStampToken().getEncoded();
        } catch (Exception e) {
            throw new java.io.IOException("test TSA failed", e);
        }
    }
}
