package switchboard.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command words, --help, --option VALUE pairs and --flags; anything else is an error for the caller to report. */
record Args(List<String> words, boolean help, Map<String, String> options, List<String> problems) {
    private static final Set<String> VALUED = Set.of("--name", "--role", "--user", "--since");
    private static final Set<String> FLAGS = Set.of("--dry-run");

    static Args parse(String... args) {
        List<String> words = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) help = true;
            else if (FLAGS.contains(a)) options.put(a, "true");
            else if (VALUED.contains(a)) {
                if (i + 1 < args.length && !args[i + 1].startsWith("--")) options.put(a, args[++i]);
                else problems.add(a + " needs a value");
            } else if (a.startsWith("-")) problems.add("unknown option: " + a);
            else words.add(a);
        }
        return new Args(List.copyOf(words), help, options, problems);
    }

    boolean is(String... command) {
        return words.equals(List.of(command));
    }

    /** Only these options make sense for the command at hand. */
    List<String> unexpected(Set<String> allowed) {
        return options.keySet().stream().filter(o -> !allowed.contains(o)).map(o -> "unknown option: " + o).toList();
    }
}
