package org.redress.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.redress.pdf.SigningOptions;

/**
 * Signs a rendered PDF into its empty signature field with an incremental update: PAdES baseline B-B (CAdES
 * detached CMS with the signing-certificate-v2 attribute and no signing-time attribute; the time is in the
 * signature dictionary), and B-T when a time-stamp authority is configured (an RFC 3161 token over the signature
 * value as the signature-time-stamp unsigned attribute). Uses the JDK's providers; registers none.
 */
public final class PadesSigner implements SignatureInterface {

    private final SigningOptions options;

    /** A signer for these options. */
    public PadesSigner(SigningOptions options) {
        this.options = options;
    }

    /** Signs {@code unsigned} into {@code out} at {@code time}. */
    public void sign(Path unsigned, Path out, Instant time) throws IOException {
        try (PDDocument pd = Loader.loadPDF(unsigned.toFile())) {
            // without the default fix-up, which would add a Helvetica resource: resolving it makes PDFBox scan the
            // system's fonts, log about it and write a font cache to ~/.pdfbox.cache; signing needs none of that
            PDAcroForm form = pd.getDocumentCatalog().getAcroForm(null);
            PDField field = form == null ? null : form.getField(Forms.SIGNATURE_FIELD);
            if (field == null) {
                throw new IOException("the rendered document has no signature field");
            }
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            sig.setName(commonName(options.chain().get(0)));
            options.reason().ifPresent(sig::setReason);
            options.location().ifPresent(sig::setLocation);
            options.contactInfo().ifPresent(sig::setContactInfo);
            sig.setSignDate(Metadata.calendar(time));
            field.getCOSObject().setItem(COSName.V, sig);
            field.getCOSObject().setNeedToBeUpdated(true);
            try (SignatureOptions so = new SignatureOptions()) {
                int size = 12_000 + options.chain().stream().mapToInt(PadesSigner::encodedLength).sum()
                        + (options.timeStampAuthority().isPresent() ? 12_000 : 0);
                so.setPreferredSignatureSize(size);
                pd.addSignature(sig, this, so);
                try (OutputStream os = Files.newOutputStream(out)) {
                    pd.saveIncremental(os);
                }
            }
        }
    }

    private static int encodedLength(X509Certificate c) {
        try {
            return c.getEncoded().length;
        } catch (GeneralSecurityException e) {
            return 4096;
        }
    }

    private static String commonName(X509Certificate c) {
        String dn = c.getSubjectX500Principal().getName();
        for (String part : dn.split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return dn;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            X509Certificate cert = options.chain().get(0);
            PrivateKey key = options.key();
            X509CertificateHolder holder = new JcaX509CertificateHolder(cert);
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash,
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
            ASN1EncodableVector signed = new ASN1EncodableVector();
            signed.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            DefaultSignedAttributeTableGenerator attributes =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(signed)) {
                        @Override
                        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map params) {
                            return super.getAttributes(params).remove(CMSAttributes.signingTime);
                        }
                    };
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(attributes)
                    .build(new JcaContentSignerBuilder(algorithm(key)).build(key), cert));
            gen.addCertificates(new JcaCertStore(options.chain()));
            CMSSignedData data = gen.generate(new StreamedContent(content), false);
            if (options.timeStampAuthority().isPresent()) {
                data = timeStamp(data);
            }
            return data.toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("signing failed: " + e.getMessage(), e);
        }
    }

    private CMSSignedData timeStamp(CMSSignedData data) throws IOException, GeneralSecurityException {
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        byte[] token = options.timeStampAuthority().get().timeStamp(digest);
        ASN1EncodableVector unsigned = signer.getUnsignedAttributes() == null ? new ASN1EncodableVector()
                : signer.getUnsignedAttributes().toASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(data, new SignerInformationStore(stamped));
    }

    private static String algorithm(PrivateKey key) {
        switch (key.getAlgorithm()) {
            case "RSA":
                return "SHA256withRSA";
            case "EC":
            case "ECDSA":
                return "SHA256withECDSA";
            case "Ed25519":
            case "EdDSA":
                return "Ed25519";
            default:
                throw new IllegalArgumentException("unsupported signing key algorithm: " + key.getAlgorithm()
                        + " (use RSA, EC or Ed25519)");
        }
    }

    /** The signed byte ranges, streamed once into the digest. */
    private static final class StreamedContent implements CMSTypedData {
        private final InputStream in;

        StreamedContent(InputStream in) {
            this.in = in;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
