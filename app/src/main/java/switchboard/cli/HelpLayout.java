package switchboard.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How every command's help reads, the mounted ones included: a fixed width (so the README can quote it), options
 * written "--since 2h", a synopsis without the help options, and under a group every command it leads to, each
 * with its options and its one-line header.
 */
final class HelpLayout {
    static final int WIDTH = 100;
    private static final int COMMAND_COLUMN = 32;
    private static final int LISTED_MAX = 64; // a longer synopsis is its command's own help, not a group's list

    private HelpLayout() {}

    static void apply(CommandLine root) {
        root.setUsageHelpWidth(WIDTH);
        root.setUsageHelpAutoWidth(false);
        Map<String, CommandLine.IHelpSectionRenderer> sections = root.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsisLines(help.commandSpec()).substring("Usage: ".length()));
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commandList(help.commandSpec()));
        root.setHelpSectionMap(sections);
        List<String> keys = new ArrayList<>(root.getHelpSectionKeys());
        keys.removeAll(List.of(UsageMessageSpec.SECTION_KEY_HEADER_HEADING, UsageMessageSpec.SECTION_KEY_HEADER));
        root.setHelpSectionKeys(keys); // the header is the one-liner a group lists; a command's own help has its description
        everyCommand(root, line -> {
            line.setHelpFactory(SpacedHelp::new);
            UsageMessageSpec usage = line.getCommandSpec().usageMessage();
            usage.synopsisHeading("Usage: ").descriptionHeading("%n").parameterListHeading("%nArguments:%n")
                    .optionListHeading("%nOptions:%n").commandListHeading("%nCommands:%n");
        });
    }

    /** After a usage error: the synopsis, what a group offers, and where to read more. */
    static String shortUsage(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        String commands = spec.subcommands().isEmpty() ? "" : "Commands:\n" + commandList(spec);
        return synopsisLines(spec) + commands + "See '" + spec.qualifiedName() + " --help'.\n";
    }

    /** The words that name a command after the program's name: "plivo provision"; "" for the top command. */
    static String path(CommandLine command) {
        return path(command.getCommandSpec());
    }

    private static String path(CommandSpec spec) {
        return spec.qualifiedName().substring(spec.root().name().length()).trim();
    }

    /** "--since 2h", "[--dry-run]", "NAME", "[FILE...]": an option or argument as a synopsis writes it. */
    static String synopsis(ArgSpec arg) {
        String text;
        if (arg instanceof OptionSpec o) text = o.arity().max == 0 ? o.longestName() : o.longestName() + " " + o.paramLabel();
        else text = arg.paramLabel();
        if (arg.isMultiValue()) text += "...";
        return arg.required() ? text : "[" + text + "]";
    }

    private static String synopsisLines(CommandSpec spec) {
        return wrap("Usage: " + usageLine(spec), "Usage: ".length());
    }

    private static String usageLine(CommandSpec spec) {
        StringBuilder line = new StringBuilder(spec.qualifiedName());
        if (!spec.subcommands().isEmpty()) line.append(spec.root() == spec ? " [COMMAND]" : " COMMAND");
        line.append(arguments(spec));
        return line.toString();
    }

    /** The options (but the help options, listed below) and arguments, in the order they are declared. */
    private static String arguments(CommandSpec spec) {
        StringBuilder text = new StringBuilder();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden() && !o.usageHelp() && !o.versionHelp()) text.append(' ').append(synopsis(o));
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) text.append(' ').append(synopsis(p));
        }
        return text.toString();
    }

    /** Every command a group leads to, the groups under it opened up: "db migrate", "plivo reconcile [--since 2h]". */
    private static String commandList(CommandSpec group) {
        StringBuilder list = new StringBuilder();
        String column = " ".repeat(COMMAND_COLUMN);
        for (CommandSpec leaf : leaves(group)) {
            String name = "  " + listed(leaf);
            String summary = wrap(column + summary(leaf), COMMAND_COLUMN);
            if (name.length() < COMMAND_COLUMN) list.append(name).append(summary.substring(name.length()));
            else list.append(wrap(name, 6)).append(summary);
        }
        return list.toString();
    }

    /** A command as a group lists it: with its options, or, when they are many, its required ones and [options]. */
    private static String listed(CommandSpec leaf) {
        String full = path(leaf) + arguments(leaf);
        if (full.length() <= LISTED_MAX) return full;
        StringBuilder required = new StringBuilder(path(leaf));
        for (OptionSpec o : leaf.options()) if (o.required() && !o.hidden()) required.append(' ').append(synopsis(o));
        for (PositionalParamSpec p : leaf.positionalParameters()) if (!p.hidden()) required.append(' ').append(synopsis(p));
        return required + " [options]";
    }

    private static List<CommandSpec> leaves(CommandSpec group) {
        List<CommandSpec> leaves = new ArrayList<>();
        for (CommandLine sub : group.subcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.usageMessage().hidden() || leaves.contains(spec)) continue; // an alias is listed once
            if (spec.subcommands().isEmpty()) leaves.add(spec);
            else leaves.addAll(leaves(spec));
        }
        return leaves;
    }

    /** The command's header, or the first line of its description. */
    private static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] description = spec.usageMessage().description();
        return header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
    }

    /** Words wrapped at the width, the text's own indentation kept; lines after the first indented by {@code indent}. */
    private static String wrap(String text, int indent) {
        String body = text.stripLeading();
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(text.substring(0, text.length() - body.length()));
        int start = line.length();
        for (String word : body.split(" +")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(" ".repeat(indent));
                start = indent;
            } else if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).append('\n').toString();
    }

    private static void everyCommand(CommandLine command, java.util.function.Consumer<CommandLine> action) {
        action.accept(command);
        command.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
    }
}
