package org.redress.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.redress.core.model.Case;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import org.redress.interchange.caseuco.CaseUcoExport;
import org.redress.interchange.dsa.DsaNotice;
import org.redress.interchange.dsa.PlatformAction;
import org.redress.interchange.dsa.StatementsOfReasons;
import org.redress.interchange.xarf.XarfReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code redress export --format FORMAT INPUT ...}: machine-readable reports for platforms and investigators. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a machine-readable report: a DSA notice or statement of reasons, an X-ARF abuse report "
                + "for a host, or a CASE/UCO description of an evidence bundle. Incomplete reports are refused, "
                + "naming what is missing.",
            "  dsa-notice CASE.json --service NAME",
            "  dsa-statement-of-reasons CASE.json --incident ID --puid ID --terms CLAUSE [--applied DATE]",
            "  xarf CASE.json --incident ID --reporter-org NAME --reporter-email ADDRESS --to ABUSE-ADDRESS",
            "  case-uco BUNDLE.zip"})
final class ExportCommand implements Callable<Integer> {

    enum Format {
        DSA_NOTICE, DSA_STATEMENT_OF_REASONS, XARF, CASE_UCO
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "dsa-notice, dsa-statement-of-reasons, xarf or case-uco.")
    Format format;

    @Parameters(paramLabel = "INPUT", description = "The case file (or, for case-uco, the bundle).")
    Path input;

    @Option(names = "--service", description = "dsa-notice: the platform, as the case's incidents name it.")
    String service;

    @Option(names = "--incident", description = "The incident the report is about.")
    String incident;

    @Option(names = "--puid", description = "dsa-statement-of-reasons: the platform's id for the statement.")
    String puid;

    @Option(names = "--terms", description = "dsa-statement-of-reasons: the clause of the terms relied on.")
    String terms;

    @Option(names = "--applied", paramLabel = "DATE", description = "dsa-statement-of-reasons: the day the "
            + "decision took effect (default: today).")
    LocalDate applied;

    @Option(names = "--reporter-org", description = "xarf: who sends the report.")
    String reporterOrg;

    @Option(names = "--reporter-email", description = "xarf: the address the host answers.")
    String reporterEmail;

    @Option(names = "--to", description = "xarf: the host's abuse contact (its platform guide lists it).")
    String to;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the screen.")
    Path out;

    @Option(names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Clock clock = Clock.systemUTC();
        JsonNode result = switch (format) {
            case DSA_NOTICE -> {
                Case c = CaseFile.read(input);
                Plan plan = Planner.load().plan(c, PlanningContext.now());
                yield DsaNotice.fromCase(c, need(service, "--service"), plan, LocalDate.now(clock)).toJson();
            }
            case DSA_STATEMENT_OF_REASONS -> {
                Case c = CaseFile.read(input);
                need(incident, "--incident");
                PlatformAction action = PlatformAction.removedOnNotice(need(puid, "--puid"),
                        applied == null ? LocalDate.now(clock) : applied, need(terms, "--terms"));
                yield StatementsOfReasons.toJson(StatementsOfReasons.decisionFor(c, checkedIncident(c), action));
            }
            case XARF -> {
                Case c = CaseFile.read(input);
                need(incident, "--incident");
                ArrayNode reports = JsonNodeFactory.instance.arrayNode();
                XarfReports.forIncident(c, checkedIncident(c), new XarfReports.Reporter(
                        need(reporterOrg, "--reporter-org"), need(reporterEmail, "--reporter-email")),
                        need(to, "--to"), clock.instant()).forEach(r -> reports.add(r.json()));
                yield reports;
            }
            case CASE_UCO -> CaseUcoExport.fromBundle(input);
        };
        byte[] bytes = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(result);
        if (out == null) {
            PrintWriter w = spec.commandLine().getOut();
            w.println(new String(bytes, StandardCharsets.UTF_8));
            w.flush();
        } else {
            write(bytes);
            spec.commandLine().getOut().println("Wrote " + out);
        }
        return ExitCodes.OK;
    }

    private String checkedIncident(Case c) {
        if (c.incident(incident).isEmpty()) {
            throw new UserError(ExitCodes.USAGE, "the case has no incident with id '" + incident + "'.",
                    "use one of: " + String.join(", ", c.incidents().stream().map(i -> i.id()).toList()));
        }
        return incident;
    }

    private String need(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new UserError(ExitCodes.USAGE, "--format " + format.name().toLowerCase().replace('_', '-')
                    + " needs " + option + ".", "see redress export --help");
        }
        return value;
    }

    /** Writes the whole file or nothing: a temporary file beside it, moved into place. */
    private void write(byte[] bytes) throws IOException {
        Path target = out.toAbsolutePath();
        if (Files.exists(target) && !force) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path tmp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads dsa-notice, dsa-statement-of-reasons, xarf and case-uco. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format: use "
                        + "dsa-notice, dsa-statement-of-reasons, xarf or case-uco");
            }
        }
    }
}
