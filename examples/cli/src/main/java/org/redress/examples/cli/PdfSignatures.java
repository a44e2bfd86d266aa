package org.redress.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * Checks the signatures of a PDF (PAdES, CMS detached): that each covers the bytes it claims, that the
 * cryptographic signature over them holds, and that nothing was appended after the last signature. Trust in the
 * signer's certificate is not judged: the result names the signer so a person can decide.
 */
final class PdfSignatures {

    /** What was found: problems (empty when intact) and the signers. */
    record Result(List<String> problems, List<String> signers) {
    }

    private PdfSignatures() {
    }

    /**
     * The CMS in a signature's /Contents over the signed bytes. /Contents is a fixed-size hex string padded with
     * zeros after the DER-encoded CMS; only the first ASN.1 object is read (Bouncy Castle rejects trailing bytes).
     */
    static CMSSignedData signedData(byte[] signed, byte[] contents) throws CMSException {
        ASN1Primitive first;
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            first = in.readObject();
        } catch (IOException | RuntimeException e) {
            throw new CMSException("the signature's /Contents is not DER-encoded CMS", e);
        }
        if (first == null) {
            throw new CMSException("the signature's /Contents is empty");
        }
        try {
            return new CMSSignedData(new CMSProcessableByteArray(signed), ContentInfo.getInstance(first));
        } catch (IllegalArgumentException e) {
            throw new CMSException("the signature's /Contents is not CMS signed data", e);
        }
    }

    static Result check(Path pdf) throws IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        List<String> problems = new ArrayList<>();
        List<String> signers = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDSignature> sigs = doc.getSignatureDictionaries();
            if (sigs.isEmpty()) {
                problems.add("the PDF carries no signature, so nothing shows it is unaltered");
            }
            long lastEnd = 0;
            for (int i = 0; i < sigs.size(); i++) {
                PDSignature sig = sigs.get(i);
                String name = "signature " + (i + 1);
                int[] range = sig.getByteRange();
                if (range == null || range.length != 4 || range[0] != 0 || range[2] + range[3] > bytes.length) {
                    problems.add(name + ": its byte range does not fit the file");
                    continue;
                }
                lastEnd = Math.max(lastEnd, (long) range[2] + range[3]);
                try {
                    CMSSignedData cms = signedData(sig.getSignedContent(bytes), sig.getContents(bytes));
                    for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                        @SuppressWarnings("unchecked")
                        Collection<X509CertificateHolder> certs = cms.getCertificates()
                                .getMatches((Selector<X509CertificateHolder>) signer.getSID());
                        if (certs.isEmpty()) {
                            problems.add(name + ": the signer's certificate is not included");
                            continue;
                        }
                        X509Certificate cert = new JcaX509CertificateConverter()
                                .getCertificate(certs.iterator().next());
                        if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                            problems.add(name + ": the signature does not match the document's bytes (altered)");
                        } else {
                            signers.add(cert.getSubjectX500Principal().getName()
                                    + (signer.getUnsignedAttributes() != null && signer.getUnsignedAttributes()
                                            .get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers
                                                    .id_aa_signatureTimeStampToken) != null
                                            ? " (with a time-stamp)" : ""));
                        }
                    }
                } catch (CMSException | OperatorCreationException | java.security.GeneralSecurityException e) {
                    problems.add(name + ": the signature does not match the document's bytes (altered)");
                }
            }
            if (!sigs.isEmpty() && lastEnd < bytes.length - 2) {
                problems.add("the file was changed after it was signed (" + (bytes.length - lastEnd)
                        + " bytes were added after the last signature)");
            }
        }
        return new Result(problems, signers);
    }
}
