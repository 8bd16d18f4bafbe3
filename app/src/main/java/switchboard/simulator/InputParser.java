package switchboard.simulator;

import java.util.List;
import java.util.Locale;

/** {@code <GetDigits>} and {@code <GetInput>}: a menu the caller answers with keys, or lets time out. */
final class InputParser {
    private static final String ALL_KEYS = "1234567890*#";

    private InputParser() {}

    static Verb.Input input(XmlNode n, List<Verb> prompts) {
        Verb.Hook action = n.hook("action", "method");
        boolean redirect = n.flag("redirect", true);
        n.flag("log", true);
        if (n.name().equals("GetDigits")) {
            n.url("invalidDigitsSound");
            int tries = n.number("retries", 1);
            return new Verb.Input("GetDigits", action, redirect, n.number("timeout", 5), n.number("digitTimeout", 2),
                    n.number("numDigits", 99), Math.max(1, tries), keys(n, "validDigits", ALL_KEYS),
                    keys(n, "finishOnKey", "#"), n.flag("playBeep", false), true, prompts);
        }
        if (action.url() == null) throw n.error("has no action: Plivo requires one for GetInput");
        String inputType = n.text("inputType");
        if (inputType == null) throw n.error("has no inputType (dtmf, speech or \"dtmf speech\")");
        List<String> types = List.of(inputType.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        if (!List.of("dtmf", "speech").containsAll(types)) throw n.error("inputType=\"" + inputType + "\" is not dtmf, speech or both");
        n.flag("profanityFilter", false);
        n.url("interimSpeechResultsCallback");
        n.method("interimSpeechResultsCallbackMethod");
        n.numberOrAuto("speechEndTimeout", 2, 2);
        return new Verb.Input("GetInput", action, redirect, n.number("executionTimeout", 15),
                n.numberOrAuto("digitEndTimeout", 2, 2), n.number("numDigits", 32), 1, ALL_KEYS,
                keys(n, "finishOnKey", "#"), false, types.contains("dtmf"), prompts);
    }

    private static String keys(XmlNode n, String name, String otherwise) {
        String keys = n.text(name, otherwise);
        if (!keys.matches("[0-9*#]*") && !keys.equalsIgnoreCase("none")) throw n.error(name + "=\"" + keys + "\" holds something other than keys");
        return keys.equalsIgnoreCase("none") ? "" : keys;
    }
}
