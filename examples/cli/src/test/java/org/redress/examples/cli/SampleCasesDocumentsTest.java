package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.redress.core.document.ReportDocument;
import org.redress.core.json.RedressJson;
import org.redress.core.model.Case;
import org.redress.core.plan.DocumentOptions;
import org.redress.core.plan.Plan;
import org.redress.core.plan.Planner;
import org.redress.core.plan.PlanningContext;

/**
 * Every document a plan lists can be built: a pack lists a document on a step only once the case has what the
 * document needs (otherwise the step's 'missing' says what to add), so no sample case fails to produce its papers.
 */
class SampleCasesDocumentsTest {

    static Stream<Path> sampleCases() throws IOException {
        return Files.list(Path.of("../cases")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("sampleCases")
    void everyListedDocumentBuilds(Path file) throws IOException {
        Case c = RedressJson.readCase(file);
        Planner planner = Planner.load();
        Plan plan = planner.plan(c, PlanningContext.at(OffsetDateTime.parse("2026-11-22T12:00:00Z")));
        List<ReportDocument> docs = planner.documents(c, plan, DocumentOptions.defaults());
        long listed = plan.steps().stream().flatMap(s -> s.documentKinds().stream()).distinct().count();
        assertThat(docs).hasSize((int) listed);
    }
}
