package org.redress.core.internal;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps the libraries Redress uses from writing to the host's console unless the host's logging asks for it.
 *
 * <p>Hibernate Validator announces its version at INFO level the first time it starts. It logs through JBoss
 * Logging, which picks the host's logging framework (Log4j 2, Logback, SLF4J) when one is present and otherwise
 * {@code java.util.logging}, whose default configuration prints INFO to standard error. Only in that last case, and
 * only when the host has not configured {@code java.util.logging} itself (no {@code java.util.logging.config.file}
 * or {@code config.class}, no level for the logger) and has not chosen a JBoss Logging provider, the announcing
 * logger is set to WARNING. Anything the host configured wins, and warnings and errors still show.
 */
final class QuietLogging {

    /** Hibernate Validator's logger that prints the version banner (HV000001). */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    /** Held so the level set here is not lost when the logger would otherwise be garbage collected. */
    private static volatile Logger held;

    private QuietLogging() {
    }

    /** Quiets Hibernate Validator's start-up banner unless the host configured logging; call before it starts. */
    static void quietValidatorBanner() {
        if (hostConfiguredLogging()) {
            return;
        }
        Logger logger = Logger.getLogger(VERSION_LOGGER);
        if (logger.getLevel() == null) {
            logger.setLevel(Level.WARNING);
            held = logger;
        }
    }

    /** Whether the host chose a JBoss Logging provider or configured {@code java.util.logging} itself. */
    static boolean hostConfiguredLogging() {
        if (System.getProperty("org.jboss.logging.provider") != null
                || System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return true;
        }
        LogManager manager = LogManager.getLogManager();
        for (String name = VERSION_LOGGER; !name.isEmpty(); name = parent(name)) {
            if (manager.getProperty(name + ".level") != null) {
                return true;
            }
        }
        return false;
    }

    private static String parent(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }
}
