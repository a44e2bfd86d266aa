package org.redress.uk;

import java.nio.file.Path;
import java.util.List;
import org.redress.core.plan.JurisdictionPack;
import org.redress.tck.JurisdictionPackContract;

/** The UK pack passes the compatibility kit. */
class UkPackContractTest extends JurisdictionPackContract {

    @Override
    protected JurisdictionPack pack() {
        return new UkPack();
    }

    @Override
    protected List<String> jurisdictions() {
        return List.of("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR");
    }

    @Override
    protected Path documentedIds() {
        return Path.of("../docs/routes-uk.md");
    }
}
