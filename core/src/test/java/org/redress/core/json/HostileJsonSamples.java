package org.redress.core.json;

import org.redress.core.model.Case;

/** The smoke test's sample case, for test classes in other packages. */
public final class HostileJsonSamples {

    private HostileJsonSamples() {
    }

    /** A small valid fictional case. */
    public static Case sample() {
        return RedressJsonSmokeTest.sample();
    }
}
