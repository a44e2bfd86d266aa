package org.redress.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the Redress libraries in use, as released (for example {@code 1.0.0}). All {@code org.redress}
 * artifacts share one version (import {@code redress-bom}), so this is also the version of the packs, the PDF
 * renderer and the evidence module that came with it.
 *
 * <p>Record it wherever a record must say which software made it: the {@code Tool} of a custody event or an evidence
 * record ({@code Tool.of("my-app", ...)} names the application; its notes may name this version), a document's
 * producer, a support request.
 *
 * @since 1.0
 */
public final class RedressVersion {

    private static final String VERSION = read();

    private RedressVersion() {
    }

    /**
     * {@return the version of {@code redress-core}, as the build that made it set it, such as {@code 1.0.0} or
     * {@code 1.1.0-SNAPSHOT}} Never empty.
     */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = RedressVersion.class.getResourceAsStream("redress-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("redress-version.properties is missing from redress-core: the jar"
                        + " was not built by its Maven build");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.startsWith("${")) {
                throw new IllegalStateException("redress-version.properties in redress-core has no version: the jar"
                        + " was not built by its Maven build");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("redress-version.properties in redress-core could not be read", e);
        }
    }
}
