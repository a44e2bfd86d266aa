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

    /** The passphrase; {@code confirm} asks twice when prompting (for a new vault). */
    static char[] obtain(boolean confirm) {
        String env = System.getenv(ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError(ExitCodes.VAULT_LOCKED, "the vault needs a passphrase and there is no terminal to ask "
                    + "for it.", "Set the environment variable " + ENV + ", or run the command in a terminal.");
        }
        char[] first = console.readPassword("Vault passphrase: ");
        if (first == null || first.length == 0) {
            throw new UserError(ExitCodes.VAULT_LOCKED, "no passphrase was given.", "Type the vault's passphrase.");
        }
        if (confirm) {
            char[] again = console.readPassword("Type it again: ");
            if (again == null || !java.util.Arrays.equals(first, again)) {
                throw new UserError(ExitCodes.VAULT_LOCKED, "the two passphrases differ.", "Run the command again.");
            }
        }
        return first;
    }
}
