package switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import switchboard.testing.CliRun;

class VersionAndCompletionTest {

    @Test
    void version_is_the_builds() throws IOException {
        Matcher version = Pattern.compile("<artifactId>switchboard</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        for (String flag : new String[] {"--version", "-V"}) {
            CliRun run = CliRun.of(Map.of("PORT", "not even read"), flag);
            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("Switchboard " + version.group(1) + "\nJava ");
        }
    }

    /** The script, sourced by a real bash, completes commands, subcommands and an option's values. */
    @Test
    void the_completion_script_completes_in_bash(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash");
        CliRun run = CliRun.of(Map.of(), "completion");
        assertThat(run.code()).isZero();
        Path script = dir.resolve("switchboard-completion.bash");
        Files.writeString(script, run.out());
        assertThat(complete(script, "switchboard", "pl")).isEqualTo("plivo");
        assertThat(complete(script, "switchboard", "plivo", "")).isEqualTo("provision reconcile");
        assertThat(complete(script, "switchboard", "apikey", "create", "--role", "")).isEqualTo("admin user");
        assertThat(complete(script, "switchboard", "plivo", "provision", "--d")).isEqualTo("--dry-run");
    }

    /** What bash offers for the last word of the line. */
    private static String complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) array.append('\'').append(w).append("' ");
        String line = String.join(" ", words);
        String program = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + "; _complete_switchboard; echo \"${COMPREPLY[*]}\"";
        // outside a real completion, bash says compopt is not running from one: only stdout counts
        Process bash = new ProcessBuilder("/bin/bash", "-c", program).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes()).strip();
        assertThat(bash.waitFor()).as(out).isZero();
        return out;
    }
}
