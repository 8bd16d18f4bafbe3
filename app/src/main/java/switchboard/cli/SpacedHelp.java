package switchboard.cli;

import java.util.List;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** picocli's help, with "--since 2h" where it writes "--since=2h" (both are accepted). */
final class SpacedHelp extends Help {
    private final IParamLabelRenderer labels;

    SpacedHelp(CommandSpec spec, ColorScheme colors) {
        super(spec, colors);
        IParamLabelRenderer standard = super.parameterLabelRenderer();
        String separator = spec.parser().separator();
        this.labels = new IParamLabelRenderer() {
            @Override
            public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<Ansi.IStyle> styles) {
                String text = standard.renderParameterLabel(arg, ansi, styles).toString();
                if (arg.isOption() && text.startsWith(separator)) text = " " + text.substring(separator.length());
                return ansi.new Text(text, colorScheme());
            }

            @Override
            public String separator() {
                return " ";
            }
        };
    }

    @Override
    public IParamLabelRenderer parameterLabelRenderer() {
        return labels;
    }
}
