package org.redress.uk;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.redress.core.model.HarassmentKind;
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

    /** The offences that need conduct on at least two occasions by the same person. */
    @Override
    protected Set<String> courseOfConductLaw() {
        return Set.of("uk.pha-1997-s2", "uk.pha-1997-s2a", "uk.pha-1997-s4", "uk.pha-1997-s4a",
                "uk.phnio-1997-art4", "uk.psa-ni-2022-s1", "uk.cjlsa-2010-s39");
    }

    /** Offences that need only one act: one incident of the kind must bring them (the course-of-conduct rule never hides them). */
    @Override
    protected Set<String> singleActLaw(String jurisdiction, HarassmentKind kind) {
        boolean scotland = jurisdiction.equals("GB-SCT");
        boolean englandWales = jurisdiction.equals("GB-ENG") || jurisdiction.equals("GB-WLS");
        return switch (kind) {
            case THREAT_OF_VIOLENCE, DEATH_THREAT -> Set.of(scotland ? "uk.cjlsa-2010-s38" : "uk.osa-2023-s181");
            case NON_CONSENSUAL_INTIMATE_IMAGE -> scotland ? Set.of("uk.absha-2016-s2")
                    : englandWales ? Set.of("uk.soa-2003-s66b") : Set.of();
            default -> Set.of();
        };
    }

    @Override
    protected Set<String> childExploitationRoutes() {
        return Set.of(UkRouteIds.CEOP);
    }
}
