package org.redress.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.redress.evidence.CaptureResult;
import org.redress.core.model.Case;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.ImmutableCase;
import org.redress.core.model.ImmutableIncident;
import org.redress.core.model.Incident;
import org.redress.core.plan.SafetyAssessment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress capture FILE --case CASE.json --vault DIR [--url URL ...]}. */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Preserve a piece of evidence: hash the file (SHA-256), encrypt it into the vault, record "
                + "it in the custody log, and add its evidence record to the case file.",
            "The vault passphrase comes from the environment variable " + Passphrase.ENV
                + " or is asked for; it is never given on the command line."})
final class CaptureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The evidence file (a screenshot, a saved page, an export).")
    Path file;

    @Option(names = "--case", required = true, paramLabel = "CASE.json",
            description = "The case file; the new evidence record is added to it.")
    Path caseFile;

    @Option(names = "--vault", required = true, paramLabel = "DIR",
            description = "The vault folder (created, with a new passphrase, if it does not exist).")
    Path vault;

    @Option(names = "--url", paramLabel = "URL", converter = WebAddress.class,
            description = "Where the content was, a full web address such as https://social.example/post/123 "
                    + "(repeat for several).")
    List<URI> urls = new ArrayList<>();

    @Option(names = "--incident", paramLabel = "ID", description = "The incident this evidence shows (repeatable).")
    List<String> incidents = new ArrayList<>();

    @Option(names = "--description", paramLabel = "TEXT", description = "What the file shows, in a sentence.")
    String description;

    /** Files from this size on get the AES-GCM and SHA-256 warm-up ({@link CryptoWarmUp}). */
    static final long WARM_UP_FROM = 32L << 20;

    @Override
    public Integer call() throws IOException {
        CaseFile.requireFile(file, "evidence file");
        if (Files.size(file) >= WARM_UP_FROM && !"false".equals(System.getProperty(CryptoWarmUp.PROPERTY))) {
            CryptoWarmUp.start();
        }
        Case c = CaseFile.read(caseFile);
        for (String id : incidents) {
            if (c.incident(id).isEmpty()) {
                throw new UserError(ExitCodes.INVALID_INPUT, "the case has no incident with id '" + id + "'.",
                        "Use the id of one of the case's incidents (see 'redress validate').");
            }
        }
        String mediaType = mediaType(file);
        requireIncidentWhereAChildOrIntimateImageMayBeShown(c, mediaType);
        boolean newVault = !Files.exists(vault.resolve("items"));
        PrintWriter err = spec.commandLine().getErr();
        if (newVault) {
            err.println("Creating a new evidence vault in " + vault + ".");
            err.println("Choose a passphrase only you know, and keep it safe: if it is lost, the evidence in the "
                    + "vault is lost too; nobody, including redress, can recover it.");
        }
        char[] passphrase = Passphrase.obtain(newVault);
        CaptureResult result;
        try (Preservation p = Preservation.open(vault, passphrase)) {
            p.warnUnreadable(err);
            refuseDuplicate(c, p);
            String id = nextId(c, p);
            try (InputStream in = new Progress(Files.newInputStream(file), Files.size(file), err)) {
            result = p.importFile(c, incidentToCheck(c, incidents), in,
                    new Preservation.Details(id, file.getFileName().toString(), mediaType, kind(mediaType),
                            description, urls, zone(c)));
            }
        }
        EvidenceRecord record = result.record();
        CaseFile.write(caseFile, withEvidence(c, record, incidents));
        PrintWriter out = spec.commandLine().getOut();
        if (result.childProtection().isPresent()) {
            PlanText.wrap(out, "", "", result.childProtection().get().message());
            result.childProtection().get().routes().forEach(r -> r.contacts().forEach(
                    ch -> PlanText.wrap(out, "  ", "    ", r.name() + ": " + ch.describe())));
            out.println("Nothing was stored. Only the location and your description were recorded, as "
                    + record.id() + ", in " + caseFile + ".");
            return ExitCodes.OK;
        }
        out.println("Kept " + file.getFileName() + " as evidence " + record.id() + " in the vault " + vault + ".");
        out.println("SHA-256: " + Preservation.sha256(record));
        out.println("Size:    " + record.size().orElse(0L) + " bytes");
        out.println("Added its record to " + caseFile + " and the import to the custody log.");
        return ExitCodes.OK;
    }

    /**
     * Without {@code --incident}, capture cannot apply the rule that the vault never stores a sexual image of a child
     * (it reads that from the incident, {@link SafetyAssessment#childSexualImage}). So when the case has such an
     * incident, every capture must name its incident; and when the person is or was a child, or any incident involves
     * an intimate image, every capture of an image, a video or a file of unknown type must. Nothing is read or stored
     * before this check.
     */
    private void requireIncidentWhereAChildOrIntimateImageMayBeShown(Case c, String mediaType) {
        if (!incidents.isEmpty()) {
            return;
        }
        SafetyAssessment safety = SafetyAssessment.of(c, OffsetDateTime.now(zone(c)));
        boolean mayBeImage = mediaType.startsWith("image/") || mediaType.startsWith("video/")
                || mediaType.equals("application/octet-stream");
        if (safety.anyChildSexualImage() || (mayBeImage && (safety.anyChild() || safety.anyIntimateImage()))) {
            throw new UserError(ExitCodes.USAGE, "this case has an incident involving "
                    + (safety.anyChild() || safety.anyChildSexualImage() ? "a child" : "an intimate image")
                    + ", so capture must know which incident " + file.getFileName() + " shows before keeping it: "
                    + "the vault never stores a sexual image of a child. Nothing was stored.",
                    "Run the command again with --incident ID, the id of the incident the file shows (the ids are in "
                            + "the case file, under incidents).");
        }
    }

    /**
     * The incident whose rules the capture applies: of the incidents given, the first whose material is a sexual image
     * of a child, else the first.
     */
    static Optional<Incident> incidentToCheck(Case c, List<String> incidentIds) {
        SafetyAssessment safety = SafetyAssessment.of(c, OffsetDateTime.now(zone(c)));
        List<Incident> given = incidentIds.stream().map(c::incident).flatMap(Optional::stream).toList();
        return given.stream().filter(safety::childSexualImage).findFirst().or(() -> given.stream().findFirst());
    }

    /**
     * Refuses a file whose bytes the case or the vault already holds, naming that evidence. Only files of the same
     * size as a held item are hashed first, so a new file is read once.
     */
    private void refuseDuplicate(Case c, Preservation p) throws IOException {
        long size = Files.size(file);
        java.util.Map<String, String> sameSize = new java.util.LinkedHashMap<>();
        for (EvidenceRecord r : c.evidence()) {
            if (r.size().orElse(-1L) == size) {
                r.sha256().ifPresent(h -> sameSize.put(r.id(), h));
            }
        }
        for (String id : p.vault().ids()) {
            if (!sameSize.containsKey(id) && c.evidence(id).isEmpty()) {
                EvidenceRecord r = p.vault().record(id);
                if (r.size().orElse(-1L) == size) {
                    r.sha256().ifPresent(h -> sameSize.put(id, h));
                }
            }
        }
        if (sameSize.isEmpty()) {
            return;
        }
        String hash;
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                sha.update(buffer, 0, n);
            }
            hash = java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (var e : sameSize.entrySet()) {
            if (e.getValue().equals(hash)) {
                throw new UserError(ExitCodes.INVALID_INPUT, file + " is already kept as evidence " + e.getKey()
                        + " (the same SHA-256, " + hash + ").", "Nothing was added. Use evidence " + e.getKey()
                        + "; to link it to another incident, add its id to that incident's evidenceIds.");
            }
        }
    }

    /** A --url: a full http or https address. */
    static final class WebAddress implements picocli.CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                URI u = new URI(value.trim());
                if (u.isAbsolute() && ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(
                        u.getScheme())) && u.getHost() != null) {
                    return u;
                }
            } catch (java.net.URISyntaxException e) {
                // reported below
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a web address. Give the "
                    + "full address, starting with https:// (copy it from the browser's address bar).");
        }
    }

    static Case withEvidence(Case c, EvidenceRecord record, List<String> incidentIds) {
        List<EvidenceRecord> evidence = new ArrayList<>(c.evidence());
        evidence.add(record);
        return ImmutableCase.copyOf(c).withEvidence(evidence).withIncidents(c.incidents().stream()
                .map(i -> {
                    if (!incidentIds.contains(i.id())) {
                        return i;
                    }
                    List<String> ids = new ArrayList<>(i.evidenceIds());
                    ids.add(record.id());
                    return ImmutableIncident.copyOf(i).withEvidenceIds(ids);
                }).toList());
    }

    private static String nextId(Case c, Preservation p) throws IOException {
        for (int n = c.evidence().size() + 1; ; n++) {
            String id = "ev-" + n;
            if (c.evidence(id).isEmpty() && !p.vault().contains(id)) {
                return id;
            }
        }
    }

    static ZoneId zone(Case c) {
        return "US".equals(c.jurisdiction().country()) ? ZoneId.of("America/New_York")
                : ZoneId.of("Europe/London");
    }

    static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "pdf" -> "application/pdf";
            case "mp4" -> "video/mp4";
            case "html", "htm" -> "text/html";
            case "txt" -> "text/plain";
            case "eml" -> "message/rfc822";
            case "json" -> "application/json";
            default -> "application/octet-stream";
        };
    }

    static EvidenceKind kind(String mediaType) {
        if (mediaType.startsWith("image/")) {
            return EvidenceKind.SCREENSHOT;
        }
        if (mediaType.startsWith("video/")) {
            return EvidenceKind.VIDEO;
        }
        return switch (mediaType) {
            case "text/html" -> EvidenceKind.PAGE_SOURCE;
            case "message/rfc822" -> EvidenceKind.EMAIL;
            default -> EvidenceKind.DOCUMENT;
        };
    }
}
