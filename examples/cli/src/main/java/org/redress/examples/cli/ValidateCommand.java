package org.redress.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.redress.core.InvalidDataException;
import org.redress.core.model.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redress validate CASE.json...}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check case files and list every problem, each with where it is (a JSON Pointer such as "
                + "/incidents/0/occurredAt) and how to fix it.",
            "Exit code 0 when every case is valid, 1 when one is not, 4 when a file cannot be read."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE.json", arity = "1..*", description = "The case file(s).")
    List<Path> caseFiles;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int code = ExitCodes.OK;
        for (Path caseFile : caseFiles) {
            try {
                Case c = CaseFile.read(caseFile);
                out.println(caseFile + ": valid. Case " + c.id() + " (" + c.jurisdiction() + "): "
                        + count(c.incidents().size(), "incident") + ", "
                        + count(c.evidence().size(), "evidence item") + ", "
                        + count(c.reports().size(), "report") + " already made.");
            } catch (InvalidDataException e) {
                out.println(caseFile + ":");
                Problems.print(e, out);
                code = Math.max(code, ExitCodes.INVALID_INPUT);
            } catch (UserError | IOException e) {
                out.flush();
                code = Math.max(code, RedressCli.report(e, spec.commandLine().getErr()));
            }
        }
        return code;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
