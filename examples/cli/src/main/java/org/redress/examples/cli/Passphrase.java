package org.redress.examples.cli;

import java.io.Console;

/**
 * The vault passphrase: from the environment variable {@value #ENV}, or asked for at the terminal without echo.
 * Never a command-line option (command lines are visible to other users and kept in shell history).
 */
final class Passphrase {

    /** The environment variable holding the passphrase. */
    static final String ENV = "REDRESS_VAULT_PASSPHRASE";

    private Passphrase() {
    }

    /** The lowest zxcvbn score (0 to 4) a new vault's passphrase may have: 3, "safely unguessable". */
    static final int MIN_SCORE = 3;

    /**
     * The passphrase. For a new vault ({@code newVault}) it is asked twice when prompting, and refused when its
     * estimated strength (zxcvbn) is below {@link #MIN_SCORE}, with the estimator's advice.
     */
    /** The passphrase in {@value #ENV}, or null when it is not set (it is then asked for, by {@link #obtain}). */
    static char[] fromEnvironment() {
        String env = System.getenv(ENV);
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }

    /** The advice when the passphrase in {@value #ENV} is too weak for a new vault. */
    static final String WEAK_ENV = "Set " + ENV + " to a longer passphrase";

    static char[] obtain(boolean newVault) {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) {
            char[] given = env.toCharArray();
            if (newVault) {
                requireStrong(given, WEAK_ENV);
            }
            return given;
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError(ExitCodes.VAULT_LOCKED, "the vault needs a passphrase and there is no terminal to ask "
                    + "for it.", "Set the environment variable " + ENV + ", or run the command in a terminal.");
        }
        char[] first = console.readPassword(newVault ? "New vault passphrase: " : "Vault passphrase: ");
        if (first == null || first.length == 0) {
            throw new UserError(ExitCodes.VAULT_LOCKED, "no passphrase was given.", "Type the vault's passphrase.");
        }
        if (newVault) {
            requireStrong(first, "Run the command again and choose a longer passphrase");
            char[] again = console.readPassword("Type it again: ");
            if (again == null || !java.util.Arrays.equals(first, again)) {
                throw new UserError(ExitCodes.VAULT_LOCKED, "the two passphrases differ.", "Run the command again.");
            }
        }
        return first;
    }

    /** Refuses a passphrase whose zxcvbn score is below {@link #MIN_SCORE}; nothing is created. */
    static void requireStrong(char[] passphrase, String what) {
        // A copy: Strength.wipe() clears the characters it was given, which must not be the passphrase itself.
        char[] copy = passphrase.clone();
        com.nulabinc.zxcvbn.Strength s = new com.nulabinc.zxcvbn.Zxcvbn().measure(java.nio.CharBuffer.wrap(copy));
        int score = s.getScore();
        String warning = s.getFeedback().getWarning();
        java.util.List<String> suggestions = s.getFeedback().getSuggestions();
        s.wipe();
        java.util.Arrays.fill(copy, '\0');
        if (score < MIN_SCORE) {
            StringBuilder advice = new StringBuilder(what + ": several unrelated words (such as four or five) are "
                    + "strong and easy to remember.");
            if (warning != null && !warning.isBlank()) {
                advice.append(" ").append(warning.endsWith(".") ? warning : warning + ".");
            }
            suggestions.forEach(x -> advice.append(" ").append(x));
            throw new UserError(ExitCodes.VAULT_LOCKED, "the passphrase is too weak for a new vault (strength "
                    + score + " of 4; redress needs at least " + MIN_SCORE + "). No vault was created.",
                    advice.toString());
        }
    }
}
