package org.redress.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.redress.core.InvalidDataException;
import org.redress.core.plan.UnsupportedJurisdictionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code redress} command. Run {@code java -jar redress.jar --help}.
 *
 * <p>Every failure a person can cause (a wrong path, an invalid case, a wrong passphrase) is printed as what went
 * wrong and what to do, with one of the exit codes of {@link ExitCodes}, never as a stack trace. Set the
 * environment variable {@code REDRESS_DEBUG=1} to see stack traces of unexpected errors.
 */
@Command(name = "redress",
        mixinStandardHelpOptions = true,
        versionProvider = RedressCli.Version.class,
        description = {
            "Keep a harassment case, preserve its evidence, find where to report it and prepare the papers.",
            "All data stays on this computer: redress makes no network requests."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  the input is invalid (every problem is listed)",
            "  2  the command line is wrong, or no command was given (see --help)",
            "  3  verify: the bundle or PDF failed a check",
            "  4  a file or folder could not be read or written",
            "  5  not available in this build (a feature or a jurisdiction)",
            "  6  the vault could not be opened (wrong or missing passphrase)",
            "  7  stored evidence or its custody log failed an integrity check (the item or event is named)",
            "  8  verify: the bundle is intact but its signer is UNCONFIRMED (give --expect-fingerprint)",
            " 70  a bug in redress: please report it"})
public final class RedressCli implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        QUIET_LIBRARY_LOGS.setLevel(java.util.logging.Level.WARNING);
        if (Boolean.getBoolean(ClassDataTraining.PROPERTY)) {
            System.exit(ClassDataTraining.run());
        }
        System.exit(run(args));
    }

    /** Hibernate Validator announces itself at INFO level; a command-line tool prints only what the user asked. */
    private static final java.util.logging.Logger QUIET_LIBRARY_LOGS =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    /** Runs the command and returns its exit code (for embedding and tests). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command with its output and errors going to these writers; returns its exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new RedressCli());
        String only = commandNamed(args);
        COMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(RedressCli::handle);
        return cli.execute(args);
    }

    /** The commands, in the order the usage lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("demo", DemoCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("capture", CaptureCommand::new);
        m.put("documents", DocumentsCommand::new);
        m.put("bundle", BundleCommand::new);
        m.put("verify", VerifyCommand::new);
        m.put("key", KeyCommand::new);
        m.put("export", ExportCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    /**
     * The command the arguments run, when it is one of {@link #COMMANDS} other than {@code help}, else null. Only that
     * command is then set up, since picocli reads every registered command's annotations by reflection: the other
     * eight cost 50-70 ms of a 0.6-0.9 s {@code validate} or {@code plan} ({@code docs/evidence-performance.md}).
     * The top-level command's only options are {@code --help} and {@code --version}, which take no value, so the
     * first argument that is not an option names the command. Anything else (no command, a misspelt one,
     * {@code help}) gets every command, for the usage and picocli's suggestions.
     */
    static String commandNamed(String... args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return COMMANDS.containsKey(arg) && !arg.equals("help") ? arg : null;
            }
        }
        return null;
    }

    /** Without a command: the usage, on standard error, and exit code 2 (nothing was done). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The system property the launcher script sets to its own absolute path. */
    static final String LAUNCHER_PROPERTY = "redress.launcher";

    /**
     * How to run redress again from the current folder, as a person can paste it into a shell: the launcher script
     * when redress was started by it ({@value #LAUNCHER_PROPERTY}), else {@code java -jar} with the path of the
     * running jar, else {@code redress}. A path below the current folder is shown relative to it, any other path in
     * full, and quoted for the shell where needed.
     */
    static String invocation() {
        Path jar = null;
        try {
            java.net.URL where = RedressCli.class.getProtectionDomain().getCodeSource().getLocation();
            jar = Path.of(where.toURI());
        } catch (RuntimeException | java.net.URISyntaxException e) {
            // not run from a file: fall back to the command's name
        }
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        return invocation(launcher == null || launcher.isEmpty() ? null : Path.of(launcher), jar,
                Path.of("").toAbsolutePath());
    }

    /** {@link #invocation()} for a launcher path (or null), the running jar (or null) and the current folder. */
    static String invocation(Path launcher, Path jar, Path here) {
        if (launcher != null && launcher.isAbsolute() && Files.isRegularFile(launcher)) {
            String shown = shown(launcher, here);
            // A bare name would be looked up on the PATH, not in the current folder.
            return shellWord(shown.contains("/") ? shown : "./" + shown);
        }
        if (jar != null && jar.getFileName() != null && jar.getFileName().toString().endsWith(".jar")) {
            return "java -jar " + shellWord(shown(jar, here));
        }
        return "redress";
    }

    private static String shown(Path file, Path here) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : absolute.toString();
    }

    /** A path or other word as a shell reads it back unchanged: as it is when safe, else in single quotes. */
    static String shellWord(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** {@link #shellWord} of a path as given. */
    static String shellWord(Path path) {
        return shellWord(path.toString());
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code = report(e, err);
        if (code == ExitCodes.INTERNAL_ERROR && "1".equals(System.getenv("REDRESS_DEBUG"))) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Prints a failure for people and returns its exit code. */
    static int report(Throwable e, PrintWriter err) {
        if (e instanceof UncheckedIOException u) {
            return report(u.getCause(), err);
        }
        if (e instanceof UserError u) {
            err.println("redress: " + u.getMessage());
            if (!u.fix().isEmpty()) {
                err.println("What to do: " + u.fix());
            }
            return u.exitCode();
        }
        if (e instanceof InvalidDataException invalid) {
            Problems.print(invalid, err);
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof UnsupportedJurisdictionException u) {
            err.println("redress: this build has no reporting routes for jurisdiction " + u.jurisdiction() + ".");
            err.println("What to do: check the case's 'jurisdiction' (such as GB-ENG or US-CA). If it is right, "
                    + "this jurisdiction is not covered yet.");
            return ExitCodes.UNAVAILABLE;
        }
        if (e instanceof org.redress.evidence.EvidenceIntegrityException
                || e instanceof org.redress.evidence.custody.BrokenCustodyLogException) {
            err.println("redress: " + e.getMessage());
            err.println("What to do: keep the vault folder exactly as it is (do not delete anything) and restore the "
                    + "named file from a backup; everything else in the vault is unaffected.");
            return ExitCodes.INTEGRITY;
        }
        if (e instanceof org.redress.evidence.VaultException v) {
            err.println("redress: " + v.getMessage());
            err.println("What to do: check the --vault folder; nothing in it was changed.");
            return ExitCodes.FILE_ERROR;
        }
        if (e instanceof IOException io) {
            err.println("redress: " + describe(io));
            err.println("What to do: check the path, that the folder exists and that you may read and write it.");
            return ExitCodes.FILE_ERROR;
        }
        err.println("redress: something went wrong inside redress (" + e.getClass().getSimpleName() + ").");
        err.println("What to do: this is a bug. Please report it with the command you ran (not your case data). "
                + "Set REDRESS_DEBUG=1 to see the details.");
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException f) {
            return "cannot find " + f.getFile() + ".";
        }
        if (e instanceof AccessDeniedException f) {
            return "not allowed to use " + f.getFile() + ".";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists.";
        }
        if (e instanceof FileSystemException f) {
            return "cannot use " + f.getFile() + (f.getReason() == null ? "." : ": " + f.getReason() + ".");
        }
        return "a file could not be read or written (" + e.getClass().getSimpleName() + ").";
    }

    /** The version printed by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"redress " + org.redress.core.RedressVersion.current()};
        }
    }
}
