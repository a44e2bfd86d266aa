package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.document.ReportDocument;
import org.redress.evidence.timestamp.HttpTimeStampAuthority;
import org.redress.tck.LocalTimeStampAuthority;

class SigningTest {

    static TestPki.Identity signer;
    /** The kit's RFC 3161 authority, the same one the packs' and core's tests use. */
    static LocalTimeStampAuthority tsa;

    @TempDir
    Path dir;

    @BeforeAll
    static void keys() throws Exception {
        signer = TestPki.rsa("Fictional Signer", false);
        tsa = LocalTimeStampAuthority.start();
    }

    @AfterAll
    static void stopTsa() {
        tsa.close();
    }

    private RenderOptions options(boolean timeStamp, FormMode mode) {
        SigningOptions.Builder s = SigningOptions.builder(signer.keys().getPrivate(), List.of(signer.cert()))
                .reason("Fictional test statement").location("Nowhere");
        if (timeStamp) {
            s.timeStampAuthority(new HttpTimeStampAuthority(tsa.url()));
        }
        return RenderOptions.builder().formMode(mode).signing(s.build()).build();
    }

    /** The signed bytes and the CMS of the (only) signature. */
    private static CMSSignedData cms(Path pdf) throws Exception {
        byte[] all = Files.readAllBytes(pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<PDSignature> sigs = d.getSignatureDictionaries();
            assertThat(sigs).hasSize(1);
            PDSignature sig = sigs.get(0);
            assertThat(sig.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = sig.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).isEqualTo(all.length);
            byte[] signed = new byte[range[1] + range[3]];
            System.arraycopy(all, range[0], signed, 0, range[1]);
            System.arraycopy(all, range[2], signed, range[1], range[3]);
            // /Contents is zero-padded after the DER-encoded CMS: read the first ASN.1 object only.
            try (ASN1InputStream in = new ASN1InputStream(sig.getContents(all))) {
                return new CMSSignedData(new CMSProcessableByteArray(signed), ContentInfo.getInstance(in.readObject()));
            }
        }
    }

    private static boolean verifies(CMSSignedData cms) throws Exception {
        SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
        X509CertificateHolder cert = (X509CertificateHolder) cms.getCertificates().getMatches(si.getSID()).iterator().next();
        try {
            return si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
        } catch (org.bouncycastle.cms.CMSException e) {
            return false;
        }
    }

    @Test
    void padesBbSignatureVerifiesAndTheDocumentStaysPdfA() throws Exception {
        ReportDocument doc = Samples.everyBlock(dir);
        Path pdf = dir.resolve("signed.pdf");
        new PdfRenderer(options(false, FormMode.FLAT)).render(doc, pdf);
        CMSSignedData cms = cms(pdf);
        assertThat(verifies(cms)).isTrue();
        AttributeTable signedAttrs = cms.getSignerInfos().getSigners().iterator().next().getSignedAttributes();
        assertThat(signedAttrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(signedAttrs.get(CMSAttributes.signingTime)).isNull();
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        assertThat(ReportPdf.readDocument(pdf)).isEqualTo(doc);
        pdfsig(pdf, true);
    }

    /**
     * Rendering and signing log nothing through PDFBox and write nothing outside the output file: no font cache in
     * the user's home (checked with a temporary user.home; the first PDFBox font lookup in a JVM would build it).
     */
    @Test
    void signingIsQuietAndWritesNothingElse() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        String oldHome = System.getProperty("user.home");
        java.util.logging.Logger pdfbox = java.util.logging.Logger.getLogger("org.apache");
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler h = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.INFO.intValue()) {
                    logged.add(r.getLoggerName() + ": " + r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        pdfbox.addHandler(h);
        System.setProperty("user.home", home.toString());
        try {
            Path pdf = dir.resolve("quiet.pdf");
            new PdfRenderer(options(false, FormMode.FILLABLE)).render(Samples.small(), pdf);
            assertThat(verifies(cms(pdf))).isTrue();
        } finally {
            System.setProperty("user.home", oldHome);
            pdfbox.removeHandler(h);
        }
        assertThat(logged).isEmpty();
        try (var files = Files.list(home)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void padesBtCarriesATimeStampOverTheSignatureValue() throws Exception {
        Path pdf = dir.resolve("signed-t.pdf");
        new PdfRenderer(options(true, FormMode.FILLABLE)).render(Samples.small(), pdf);
        CMSSignedData cms = cms(pdf);
        assertThat(verifies(cms)).isTrue();
        SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
        var attr = si.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertThat(attr).isNotNull();
        TimeStampToken token = new TimeStampToken(new CMSSignedData(attr.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(si.getSignature()));
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.tsaCertificate()));
        assertThat(Vera.allFailures(pdf, true)).isEmpty();
        pdfsig(pdf, true);
    }

    @Test
    void anEcKeySignsToo() throws Exception {
        TestPki.Identity ec = TestPki.ec("Fictional EC Signer");
        Path pdf = dir.resolve("signed-ec.pdf");
        new PdfRenderer(RenderOptions.builder().signing(SigningOptions.builder(ec.keys().getPrivate(),
                List.of(ec.cert())).build()).build()).render(Samples.small(), pdf);
        assertThat(verifies(cms(pdf))).isTrue();
    }

    @Test
    void aTamperedSignedFileFailsValidation() throws Exception {
        Path pdf = dir.resolve("signed.pdf");
        new PdfRenderer(options(false, FormMode.FLAT)).render(Samples.small(), pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.indexOf("Small fictional document");
        assertThat(at).isPositive();
        byte[] tampered = Arrays.copyOf(bytes, bytes.length);
        tampered[at] = 'T';
        Path bad = dir.resolve("tampered.pdf");
        Files.write(bad, tampered);
        assertThat(verifies(cms(bad))).isFalse();
        pdfsig(bad, false);
    }

    /** Checks with poppler's pdfsig, an independent validator, when installed (required on CI). */
    private static void pdfsig(Path pdf, boolean valid) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/pdfsig"));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("pdfsig (poppler-utils) is required on CI");
        }
        Assumptions.assumeTrue(present, "pdfsig not installed");
        Process p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        if (valid) {
            assertThat(out).contains("Signature is Valid");
        } else {
            assertThat(out).doesNotContain("Signature is Valid");
        }
    }
}
