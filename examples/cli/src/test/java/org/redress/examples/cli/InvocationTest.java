package org.redress.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command redress prints in its hints runs redress again from the folder the person is in. */
class InvocationTest {

    @Test
    void theLauncherIsNamedByAPathThatWorksFromTheCurrentFolder(@TempDir Path tmp) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("repo/examples/cli/target"));
        Path launcher = Files.createFile(bin.resolve("redress"));
        Path jar = Files.createFile(bin.resolve("redress.jar"));

        assertThat(RedressCli.invocation(launcher, jar, tmp.resolve("repo"))).isEqualTo("examples/cli/target/redress");
        // In the launcher's own folder a bare name would be looked up on the PATH.
        assertThat(RedressCli.invocation(launcher, jar, bin)).isEqualTo("./redress");
        // Elsewhere: the full path.
        assertThat(RedressCli.invocation(launcher, jar, tmp.resolve("other"))).isEqualTo(launcher.toString());
    }

    @Test
    void withoutTheLauncherTheJarIsRunWithJavaDashJar(@TempDir Path tmp) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("repo/target"));
        Path jar = Files.createFile(bin.resolve("redress.jar"));

        assertThat(RedressCli.invocation(null, jar, tmp.resolve("repo"))).isEqualTo("java -jar target/redress.jar");
        assertThat(RedressCli.invocation(null, jar, bin)).isEqualTo("java -jar redress.jar");
        assertThat(RedressCli.invocation(null, jar, tmp.resolve("other"))).isEqualTo("java -jar " + jar);
        // A launcher that is not there (a stale property) is not suggested.
        assertThat(RedressCli.invocation(tmp.resolve("gone/redress"), jar, bin)).isEqualTo("java -jar redress.jar");
        // Classes not in a jar (an IDE): the command's name.
        assertThat(RedressCli.invocation(null, tmp.resolve("classes"), tmp)).isEqualTo("redress");
    }

    @Test
    void pathsAreQuotedForTheShellWhereNeeded(@TempDir Path tmp) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("my tools"));
        Path jar = Files.createFile(bin.resolve("redress.jar"));
        assertThat(RedressCli.invocation(null, jar, tmp)).isEqualTo("java -jar 'my tools/redress.jar'");
        assertThat(RedressCli.shellWord("case-1/bundle.zip")).isEqualTo("case-1/bundle.zip");
        assertThat(RedressCli.shellWord("Sam's bundle.zip")).isEqualTo("'Sam'\\''s bundle.zip'");
        assertThat(RedressCli.shellWord("$HOME;rm")).isEqualTo("'$HOME;rm'");
    }
}
