package org.redress.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress plan CASE.json [--json]}. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Show where and how the case can be reported, in order: safety first, then keeping evidence, "
                + "then the reporting routes and support, each with why it applies, who to contact, what is still "
                + "needed and what to watch out for."})
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE.json", description = "The case file.")
    Path caseFile;

    @Option(names = "--json", description = "Print the plan as JSON (steps[].routeId, warnings[].id, ...) for programs.")
    boolean json;

    @Option(names = "--as-of", paramLabel = "TIME", converter = Moment.class,
            description = "Plan as of this moment instead of now: a date (2026-10-01, the start of that day in UTC) "
                    + "or a time with its offset (2026-10-01T12:00:00Z); deadlines count from it.")
    OffsetDateTime asOf;

    /** A date or a date and time with offset, with a message a person can act on. */
    static final class Moment implements picocli.CommandLine.ITypeConverter<OffsetDateTime> {
        @Override
        public OffsetDateTime convert(String value) {
            try {
                return OffsetDateTime.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                try {
                    return java.time.LocalDate.parse(value).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
                } catch (java.time.format.DateTimeParseException again) {
                    throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a real date or "
                            + "time. Give a date such as 2026-10-01, or a time with its offset such as "
                            + "2026-10-01T12:00:00Z.");
                }
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        Case c = CaseFile.read(caseFile);
        Plan plan = Planner.load().plan(c, asOf == null ? PlanningContext.now() : PlanningContext.at(asOf));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(new String(RedressJson.write(plan), StandardCharsets.UTF_8));
        } else {
            PlanText.print(plan, c, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
