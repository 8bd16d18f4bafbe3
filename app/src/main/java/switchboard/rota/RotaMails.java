package switchboard.rota;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import switchboard.notify.Mail;
import switchboard.rota.solver.RotaWeek;

/** The words of the rota's mails: plain text, each turn on a line of its own, times in the line's time zone. */
final class RotaMails {
    private final String publicUrl;

    RotaMails(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** Someone's turns in a newly published rota; {@code added} and {@code removed} say what changed since the last one. */
    Mail turns(RotaDao.PersonRow to, RotaWeek week, List<String> turns, List<String> added, List<String> removed, boolean first) {
        StringBuilder text = new StringBuilder(greeting(to));
        if (turns.isEmpty()) {
            text.append("You have no turns on the phone in ").append(span(week)).append(" any more.\n");
        } else {
            text.append("Your turns on the phone in ").append(span(week)).append(":\n\n");
            turns.forEach(t -> text.append("  ").append(t).append('\n'));
        }
        if (!first) {
            if (!added.isEmpty()) text.append("\nNew for you:\n").append(lines(added));
            if (!removed.isEmpty()) text.append("\nNo longer yours:\n").append(lines(removed));
        }
        text.append("\nYour calendar feed follows the rota too: its address is the calendarUrl of GET ").append(publicUrl)
                .append("/api/users/").append(to.id()).append(".\n-- Switchboard\n");
        String subject = "Your phone turns for " + week + (first ? "" : " have changed");
        return new Mail(to.email(), subject, text.toString());
    }

    Mail swapOffered(RotaDao.PersonRow to, String from, long swapId, RotaWeek week, String turn, String inReturn, String note) {
        String text = greeting(to) + from + " asks you to take their turn " + turn
                + (inReturn == null ? "" : ", and to give them yours, " + inReturn) + "."
                + (note == null ? "" : "\n\n\"" + note + "\"") + "\n\nAccept: POST " + swapUrl(week, swapId) + "/accept\n"
                + "Decline: POST " + swapUrl(week, swapId) + "/decline\n-- Switchboard\n";
        return new Mail(to.email(), from + " offers you a phone turn: " + turn, text);
    }

    Mail swapAnswered(RotaDao.PersonRow to, String who, String status, String turn) {
        String text = greeting(to) + "Your swap of the turn " + turn + " was " + status + " by " + who + "."
                + (status.equals("accepted") ? " The rota now shows the new turns." : " The rota is unchanged.") + "\n-- Switchboard\n";
        return new Mail(to.email(), "Swap " + status + ": " + turn, text);
    }

    /** "Mon 7 Dec 09:00-11:00 Support (Europe/Paris), with Ben". */
    static String turn(RotaTurn.Key key, RotaDao.LineRow line, List<String> colleagues) {
        String day = key.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + key.date().getDayOfMonth()
                + " " + key.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String where = line == null ? "line " + key.lineId() : line.name() + " (" + line.timeZone() + ")";
        return day + " " + RotaJson.hours(key.start(), key.end()) + " " + where
                + (colleagues.isEmpty() ? "" : ", with " + String.join(", ", colleagues));
    }

    private String swapUrl(RotaWeek week, long swapId) {
        return publicUrl + "/api/rota/" + week + "/swaps/" + swapId;
    }

    private static String span(RotaWeek week) {
        return week + " (" + week.monday() + " to " + week.monday().plusDays(6) + ")";
    }

    private static String lines(List<String> turns) {
        return turns.stream().map(t -> "  " + t + "\n").collect(Collectors.joining());
    }

    private static String greeting(RotaDao.PersonRow to) {
        return "Hello " + to.name() + ",\n\n";
    }
}
