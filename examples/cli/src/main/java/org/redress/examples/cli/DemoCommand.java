package org.redress.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.redress.evidence.PrivateFiles;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.model.EvidenceKind;
import org.redress.core.model.EvidenceRecord;
import org.redress.core.model.Incident;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress demo --out DIR}: the whole workflow on a bundled, fictional case. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole workflow on a built-in fictional case (harassment by an ex-partner: "
                + "impersonation, doxxing, threats): check the case, preserve its screenshots in an encrypted vault, "
                + "plan the reports, prepare every document as PDF and export the evidence bundle.",
            "Writes DIR/case.json, DIR/plan.json, DIR/documents/*.pdf and DIR/*-bundle.zip."})
final class DemoCommand implements Callable<Integer> {

    /** The demo vault's passphrase when {@link Passphrase#ENV} is not set. Fine for fictional data only. */
    static final String DEMO_PASSPHRASE = "demo passphrase - fictional data only";

    /** The bundled samples. */
    enum Sample {
        /** England (GB-ENG), planned by redress-workflows-uk. */
        england,
        /** California (US-CA), planned by redress-workflows-us. */
        us
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write everything to (created if needed; must be empty if it exists).")
    Path out;

    @Option(names = "--sample", paramLabel = "NAME", defaultValue = "england",
            description = "Which fictional case: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Sample sample;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        prepareOut();
        Case demo = sampleCase(sample);
        o.println("1. Checked the fictional case " + demo.id() + " (" + demo.jurisdiction() + "): valid.");

        Path shots = PrivateFiles.createDirectories(out.resolve("screenshots"));
        Path vault = out.resolve("vault");
        String env = System.getenv(Passphrase.ENV);
        char[] passphrase = (env == null || env.isEmpty() ? DEMO_PASSPHRASE : env).toCharArray();
        try (Preservation p = Preservation.open(vault, passphrase)) {
            for (int i = 0; i < demo.incidents().size(); i++) {
                Incident incident = demo.incidents().get(i);
                Path f = shots.resolve("screenshot-" + (i + 1) + ".png");
                PrivateFiles.write(f, DemoScreenshots.png(post(demo, incident)));
                try (InputStream in = Files.newInputStream(f)) {
                    EvidenceRecord record = p.importFile(demo, Optional.of(incident), in,
                            new Preservation.Details("ev-" + (i + 1),
                            f.getFileName().toString(), "image/png", EvidenceKind.SCREENSHOT,
                            "Screenshot: " + incident.summary().orElse("incident " + incident.id()),
                            incident.locations().stream().flatMap(l -> l.url().stream()).toList(),
                            CaptureCommand.zone(demo))).record();
                    demo = CaptureCommand.withEvidence(demo, record, List.of(incident.id()));
                }
            }
            o.println("2. Drew " + demo.evidence().size() + " fictional screenshots and kept them, hashed and "
                    + "encrypted, in the vault, with a custody log.");
            Path caseJson = out.resolve("case.json");
            CaseFile.write(caseJson, demo);

            Planner planner = Planner.load();
            Plan plan = planner.plan(demo, PlanningContext.now());
            Path planJson = out.resolve("plan.json");
            PrivateFiles.write(planJson, RedressJson.write(plan));
            o.println("3. Planned " + plan.steps().size() + " steps with " + plan.warnings().size()
                    + " warnings.");

            Papers.Built built = Papers.build(planner, demo, plan, DocumentOptions.defaults());
            Papers.printNotBuilt(built.notBuilt(), o);
            List<Papers.Rendered> papers = Papers.render(built.documents(), out.resolve("documents"), false,
                    Optional.empty(), Optional.of(p.vault()), false);
            o.println("4. Rendered " + papers.size() + " documents as PDF/A-3.");
            Path zip = out.resolve(demo.id() + "-bundle.zip");
            BundleCommand.Exported bundle = BundleCommand.export(demo, p, zip,
                    org.redress.evidence.bundle.ExportProfile.FULL);
            o.println("5. Exported the evidence bundle (" + bundle.manifest().items().size() + " items), signed "
                    + "with the OpenPGP key " + bundle.manifest().signerFingerprint() + ".");

            o.println();
            o.println("Screenshots: " + shots);
            o.println("Vault:       " + vault + "   (passphrase: " + (env == null || env.isEmpty()
                    ? "\"" + DEMO_PASSPHRASE + "\"" : "from " + Passphrase.ENV) + ")");
            o.println("Case:        " + caseJson);
            o.println("Plan:        " + planJson);
            o.println("Documents:");
            papers.forEach(r -> o.println("  " + Papers.describe(r)));
            o.println("Bundle:      " + zip);
            o.println();
            o.println("Next: " + RedressCli.invocation() + " verify " + zip);
        }
        return ExitCodes.OK;
    }

    static Case sampleCase(Sample sample) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/case-" + sample + ".json")) {
            return RedressJson.readCase(in);
        }
    }

    /** The fictional post an incident's screenshot shows: its platform, the author's handle, the time, the words. */
    static DemoScreenshots.Post post(Case c, Incident i) {
        String author = i.perpetratorIds().stream().flatMap(id -> c.party(id).stream())
                .flatMap(p -> p.accounts().stream())
                .filter(a -> i.platform().map(a.platform()::equals).orElse(false))
                .map(a -> a.handle()).findFirst().orElse("Unknown number");
        String when = i.occurredAt().instant()
                .map(t -> t.atZoneSameInstant(i.occurredAt().zone())
                        .format(DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH)))
                .orElse("");
        String app = i.platform().map(p -> p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1))
                .orElse("Messages") + " (fictional)";
        return new DemoScreenshots.Post(app, author, when,
                i.quotes().isEmpty() ? i.summary().orElse("") : i.quotes().get(0).text());
    }

    private void prepareOut() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError(ExitCodes.FILE_ERROR, out + " exists and is not a folder.",
                    "Give a new folder name with --out.");
        }
        if (Files.isDirectory(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new UserError(ExitCodes.FILE_ERROR, "the folder " + out + " is not empty.",
                            "Give a new or empty folder with --out, so nothing of yours is overwritten.");
                }
            }
        }
        PrivateFiles.createDirectories(out);
        PrivateFiles.restrict(out);
    }
}
