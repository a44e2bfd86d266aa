package org.redress.us;

import java.nio.file.Path;
import java.util.List;
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
}
