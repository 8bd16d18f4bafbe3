package switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import switchboard.Server;
import switchboard.config.Config;
import switchboard.testing.CliRun;

/** The README quotes every command's help as the command prints it, and the start banner as serve prints it. */
class ReadmeCommandsTest {
    private static final String PROGRAM = "java -jar target/switchboard.jar";
    private static final Pattern QUOTED_HELP = Pattern.compile("```console\\n\\$ " + Pattern.quote(PROGRAM)
            + " ?(.*?) ?--help\\n(.*?)```", Pattern.DOTALL);

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    /** "" for the top command, "db migrate", ...: as README quotes them. */
    private static Map<String, String> quotedHelp() throws IOException {
        Map<String, String> quoted = new LinkedHashMap<>();
        Matcher m = QUOTED_HELP.matcher(readme());
        while (m.find()) quoted.put(m.group(1), m.group(2));
        return quoted;
    }

    @Test
    void every_command_quoted_in_the_readme_prints_exactly_that_help() throws IOException {
        Map<String, String> quoted = quotedHelp();
        assertThat(quoted).isNotEmpty();
        quoted.forEach((command, help) -> {
            String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
            CliRun run = CliRun.of(Map.of(), args);
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as("README's help of '%s'", command).isEqualTo(help);
        });
    }

    @Test
    void every_command_has_its_help_in_the_readme() throws IOException {
        CommandLine root = new Cli(Map.of(), System.out, System.err, Server::run).commandLine();
        TreeSet<String> commands = new TreeSet<>();
        collect(root, commands);
        assertThat(new TreeSet<>(quotedHelp().keySet())).as("commands whose help README quotes").isEqualTo(commands);
    }

    @Test
    void the_readme_shows_the_start_banner_of_a_first_start() throws IOException {
        String banner = String.join("\n", StartBanner.lines(Config.fromEnv(Map.of()), 8080,
                "embedded PostgreSQL, data in /home/you/switchboard/.switchboard/pgdata"));
        assertThat(readme()).contains("```\n" + banner + "\n```");
    }

    private static void collect(CommandLine command, TreeSet<String> into) {
        into.add(HelpLayout.path(command));
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
