package org.redress.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.redress.core.InvalidDataException;
import org.redress.core.model.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress validate CASE.json}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a case file and list every problem, each with where it is (a JSON Pointer such as "
                + "/incidents/0/occurredAt) and how to fix it.",
            "Exit code 0 when the case is valid, 1 when it is not."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE.json", description = "The case file.")
    Path caseFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Case c;
        try {
            c = CaseFile.read(caseFile);
        } catch (InvalidDataException e) {
            out.println(caseFile + ":");
            Problems.print(e, out);
            return ExitCodes.INVALID_INPUT;
        }
        out.println(caseFile + ": valid. Case " + c.getId() + " (" + c.getJurisdiction() + "): "
                + count(c.getIncidents().size(), "incident") + ", " + count(c.getEvidence().size(), "evidence item")
                + ", " + count(c.getReports().size(), "report") + " already made.");
        return ExitCodes.OK;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
