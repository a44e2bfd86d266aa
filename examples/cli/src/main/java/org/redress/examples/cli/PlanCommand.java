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

    @Option(names = "--as-of", paramLabel = "TIME",
            description = "Plan as of this moment (ISO-8601 with offset, such as 2026-10-01T12:00:00Z) instead of now; "
                    + "deadlines count from it.")
    OffsetDateTime asOf;

    @Override
    public Integer call() throws IOException {
        Case c = CaseFile.read(caseFile);
        Plan plan = Planner.load().plan(c, asOf == null ? PlanningContext.now() : PlanningContext.at(asOf));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(new String(RedressJson.write(plan), StandardCharsets.UTF_8));
        } else {
            PlanText.print(plan, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
