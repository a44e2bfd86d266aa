package org.redress.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress demo --out DIR}: the whole workflow on a bundled, fictional case. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole workflow on a built-in fictional case (harassment by an ex-partner in "
                + "England: impersonation, doxxing, threats): check the case, preserve its screenshots in an "
                + "encrypted vault, plan the reports, prepare every document as PDF and export the evidence bundle.",
            "Writes DIR/case.json, DIR/plan.json, DIR/documents/*.pdf and DIR/*-bundle.zip."})
final class DemoCommand implements Callable<Integer> {

    /** The demo vault's passphrase when {@link Passphrase#ENV} is not set. Fine for fictional data only. */
    static final String DEMO_PASSPHRASE = "demo passphrase - fictional data only";

    static final List<DemoScreenshots.Post> POSTS = List.of(
            new DemoScreenshots.Post("Instagram (fictional)", "sam.placeholder.art.official", "2 Sept, 21:14",
                    "Hi, it's Sam, I've got a new account, the old one was hacked"),
            new DemoScreenshots.Post("Instagram (fictional)", "sam.placeholder.art.official", "9 Sept, 23:40",
                    "Everyone should pay Sam a visit at home, here's where to find them"),
            new DemoScreenshots.Post("WhatsApp (fictional)", "+44 7700 900123", "12 Sept, 08:05",
                    "Nice walk to the station this morning. I'll be watching"));

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write everything to (created if needed; must be empty if it exists).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        prepareOut();
        Case demo;
        try (InputStream in = DemoCommand.class.getResourceAsStream("demo/case.json")) {
            demo = RedressJson.readCase(in);
        }
        o.println("1. Checked the fictional case " + demo.getId() + ": valid.");

        Path shots = Files.createDirectories(out.resolve("screenshots"));
        Path vault = out.resolve("vault");
        String env = System.getenv(Passphrase.ENV);
        char[] passphrase = (env == null || env.isEmpty() ? DEMO_PASSPHRASE : env).toCharArray();
        try (Preservation p = Preservation.open(vault, passphrase)) {
            for (int i = 0; i < POSTS.size(); i++) {
                Path f = shots.resolve("screenshot-" + (i + 1) + ".png");
                Files.write(f, DemoScreenshots.png(POSTS.get(i)));
                String incident = demo.getIncidents().get(i).getId();
                try (InputStream in = Files.newInputStream(f)) {
                    var record = p.importFile(in, new Preservation.Details("ev-" + (i + 1), f.getFileName().toString(),
                            "image/png", org.redress.core.model.EvidenceKind.SCREENSHOT,
                            "Screenshot of " + POSTS.get(i).app() + " (fictional)", List.of(),
                            CaptureCommand.zone(demo)));
                    demo = CaptureCommand.withEvidence(demo, record, List.of(incident));
                }
            }
        }
        o.println("2. Drew " + POSTS.size() + " fictional screenshots in " + shots + " and kept them, encrypted, in "
                + vault + " (custody log included).");

        Path caseJson = out.resolve("case.json");
        CaseFile.write(caseJson, demo);
        Plan plan = Planner.load().plan(demo, PlanningContext.now());
        Path planJson = out.resolve("plan.json");
        Files.write(planJson, RedressJson.write(plan));
        o.println("3. Planned " + plan.getSteps().size() + " steps.");
        o.println();
        o.println("Case:  " + caseJson);
        o.println("Plan:  " + planJson);
        o.flush();
        throw UserError.unavailable("Rendering PDFs and exporting the bundle");
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
        Files.createDirectories(out);
    }
}
