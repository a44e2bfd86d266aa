package org.redress.us;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        return Set.of("us.18-usc-2261a", "us.47-usc-223-a", "us-ny.pl-120-45",
                "us-tx.pc-42-07", "us-tx.pc-42-072", "us-fl.784-048", "us-il.720-5-12-7-3", "us-il.720-5-12-7-5");
    }
}
