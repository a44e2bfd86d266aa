package org.redress.us;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.redress.core.model.HarassmentKind;
import org.redress.core.plan.JurisdictionPack;
import org.redress.tck.JurisdictionPackContract;

/** The US pack passes the shared compatibility kit, in the covered states, federal-only, and an uncovered state. */
class UsPackContractTest extends JurisdictionPackContract {

    @Override
    protected JurisdictionPack pack() {
        return new UsPack();
    }

    @Override
    protected List<String> jurisdictions() {
        return List.of("US", "US-CA", "US-NY", "US-TX", "US-FL", "US-IL", "US-WA");
    }

    @Override
    protected Path documentedIds() {
        return Path.of("../docs/routes-us.md");
    }

    /** The offences that need conduct on at least two occasions by the same person. */
    @Override
    protected Set<String> courseOfConductLaw() {
        return Set.of("us.18-usc-2261a", "us.47-usc-223-a", "us-ny.pl-120-45", "us-ca.pc-646-9",
                "us-tx.pc-42-07", "us-tx.pc-42-072", "us-fl.784-048", "us-il.720-5-12-7-3", "us-il.720-5-12-7-5");
    }

    /** Laws that need only one act: one incident of the kind must bring them (the course-of-conduct rule never hides them). */
    @Override
    protected Set<String> singleActLaw(String jurisdiction, HarassmentKind kind) {
        Set<String> law = new java.util.HashSet<>();
        if (kind == HarassmentKind.THREAT_OF_VIOLENCE && jurisdiction.equals("US-CA")) {
            law.add("us-ca.ccp-527-6"); // a credible threat of violence needs no course of conduct (CCP 527.6(b)(3))
        }
        if (kind == HarassmentKind.DOXXING && jurisdiction.equals("US-CA")) {
            law.add("us-ca.pc-653-2");
        }
        if (kind == HarassmentKind.NON_CONSENSUAL_INTIMATE_IMAGE) {
            law.add("us.47-usc-223-h");
            switch (jurisdiction) {
                case "US-CA" -> law.add("us-ca.pc-647-j-4");
                case "US-NY" -> law.add("us-ny.pl-245-15");
                case "US-TX" -> law.add("us-tx.pc-21-16");
                case "US-FL" -> law.add("us-fl.784-049");
                case "US-IL" -> law.add("us-il.720-5-11-23-5");
                default -> { }
            }
        }
        return law;
    }

    @Override
    protected Set<String> childExploitationRoutes() {
        return Set.of(UsRouteIds.NCMEC_CYBERTIPLINE);
    }
}
