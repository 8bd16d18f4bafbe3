package switchboard.rota;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import switchboard.access.Principal;
import switchboard.access.Rules;
import switchboard.db.SharedDaos;
import switchboard.db.SqlErrors;
import switchboard.errors.Conflict;
import switchboard.errors.InvalidInput;
import switchboard.errors.NotFound;
import switchboard.json.Json;
import switchboard.notify.Mail;
import switchboard.rota.solver.RotaWeek;

/**
 * A user offers one of their published turns to a colleague, optionally taking one of the colleague's in return; the
 * colleague accepts (the published rota changes at once, the draft too where it still matches) or declines. The hard
 * rules are checked when it is offered and again when it is accepted.
 */
public final class Swaps {
    private final Jdbi jdbi;
    private final PublishNotices notices;

    /** {@code fromUserId} null: the key's own user. {@code inReturn} null: a turn given away. */
    public record Offer(RotaTurn.Key turn, Long fromUserId, long toUserId, RotaTurn.Key inReturn, String note) {}

    public Swaps(Jdbi jdbi, PublishNotices notices) {
        this.jdbi = jdbi;
        this.notices = notices;
    }

    public List<SwapView> list(RotaWeek week, long afterId, int limit) {
        return SharedDaos.with(jdbi, SwapDao.class, dao -> dao.page(week.toString(), afterId, limit)).stream().map(SwapView::of).toList();
    }

    public SwapView offer(RotaWeek week, Offer offer, Principal by) {
        Long from = offer.fromUserId() != null ? offer.fromUserId() : by.userId();
        if (from == null) throw InvalidInput.field("fromUserId", "is required with an admin key: whose turn is offered");
        Rules.requireMayOfferSwap(by, from);
        if (from == offer.toUserId()) throw InvalidInput.field("toUserId", "must be someone else than the one offering");
        return pendingUnique(() -> jdbi.inTransaction(h -> {
            RotaDao dao = published(h, week);
            List<RotaTurn> live = RotaCopies.read(dao, week, RotaDao.PUBLISHED);
            RotaInputs inputs = RotaInputs.toCheck(dao, week, live, List.of(from, offer.toUserId()));
            if (!inputs.people().containsKey(from)) throw InvalidInput.field("fromUserId", "no user " + from);
            if (!inputs.people().containsKey(offer.toUserId())) throw InvalidInput.field("toUserId", "no user " + offer.toUserId());
            Rotas.requireNoNewBreaches(inputs, live, exchange(live, from, offer.toUserId(), offer.turn(), offer.inReturn(), inputs),
                    "the swap");
            RotaTurn.Key back = offer.inReturn();
            SwapDao.Row swap = SharedDaos.of(h, SwapDao.class).insert(week.toString(), offer.turn().lineId(), offer.turn().date().toString(),
                    TurnTimes.minutes(offer.turn().start()), TurnTimes.minutes(offer.turn().end()), from, offer.toUserId(),
                    back == null ? null : back.lineId(), back == null ? null : back.date().toString(),
                    back == null ? null : TurnTimes.minutes(back.start()), back == null ? null : TurnTimes.minutes(back.end()),
                    offer.note());
            Rotas.log(dao, week, by, "swap-offered", Json.map("swap", SwapView.of(swap)));
            RotaDao.PersonRow to = inputs.people().get(offer.toUserId());
            mail(h, to, swap, "offered", notices.mails().swapOffered(to, inputs.people().get(from).name(), swap.id(), week,
                    inputs.describe(offer.turn()), back == null ? null : inputs.describe(back), offer.note()));
            return SwapView.of(swap);
        }));
    }

    public SwapView accept(RotaWeek week, long id, Principal by) {
        return jdbi.inTransaction(h -> {
            RotaDao dao = published(h, week);
            SwapDao.Row swap = swap(h, week, id);
            Rules.requireMayAnswerSwap(by, id, swap.toUserId());
            requirePending(swap);
            List<RotaTurn> live = RotaCopies.read(dao, week, RotaDao.PUBLISHED);
            RotaInputs inputs = RotaInputs.toCheck(dao, week, live, List.of(swap.fromUserId(), swap.toUserId()));
            List<RotaTurn> swapped = exchange(live, swap.fromUserId(), swap.toUserId(), SwapView.given(swap), SwapView.taken(swap), inputs);
            Rotas.requireNoNewBreaches(inputs, live, swapped, "the swap");
            RotaCopies.write(dao, week, RotaDao.PUBLISHED, swapped);
            List<RotaTurn> draft = RotaCopies.read(dao, week, RotaDao.DRAFT);
            try { // the draft too, unless it was edited since so that the swap no longer fits it
                RotaCopies.write(dao, week, RotaDao.DRAFT,
                        exchange(draft, swap.fromUserId(), swap.toUserId(), SwapView.given(swap), SwapView.taken(swap), inputs));
            } catch (Conflict | InvalidInput stale) {
                // left as the admin edited it; publishing it would say what changes
            }
            return decided(h, dao, week, swap, "accepted", by, inputs);
        });
    }

    public SwapView decline(RotaWeek week, long id, Principal by) {
        return jdbi.inTransaction(h -> {
            RotaDao dao = published(h, week);
            SwapDao.Row swap = swap(h, week, id);
            Rules.requireMayAnswerSwap(by, id, swap.toUserId());
            requirePending(swap);
            return decided(h, dao, week, swap, "declined", by, RotaInputs.toCheck(dao, week, List.of(), List.of(swap.fromUserId())));
        });
    }

    public SwapView cancel(RotaWeek week, long id, Principal by) {
        return jdbi.inTransaction(h -> {
            RotaDao dao = published(h, week);
            SwapDao.Row swap = swap(h, week, id);
            Rules.requireMayCancelSwap(by, id, swap.fromUserId());
            requirePending(swap);
            return decided(h, dao, week, swap, "cancelled", by, RotaInputs.toCheck(dao, week, List.of(), List.of(swap.toUserId())));
        });
    }

    /** The rota with the turn passed from one to the other (and the one in return passed back); 409 if they no longer hold them. */
    static List<RotaTurn> exchange(List<RotaTurn> rota, long from, long to, RotaTurn.Key turn, RotaTurn.Key inReturn, RotaInputs in) {
        if (turn.equals(inReturn)) throw InvalidInput.field("inReturn", "must be another turn than the one offered");
        List<RotaTurn> out = new ArrayList<>(rota);
        move(out, turn, from, to, "turn", in);
        if (inReturn != null) move(out, inReturn, to, from, "inReturn", in);
        return out;
    }

    private static void move(List<RotaTurn> rota, RotaTurn.Key key, long from, long to, String field, RotaInputs in) {
        int i = indexOf(rota, key);
        if (i < 0) throw InvalidInput.field(field, "the published rota has no turn " + in.describe(key));
        RotaTurn t = rota.get(i);
        if (!t.userIds().contains(from)) throw new Conflict(in.name(from) + " is not on " + in.describe(key));
        if (t.userIds().contains(to)) throw new Conflict(in.name(to) + " is already on " + in.describe(key));
        List<Long> people = new ArrayList<>(t.userIds());
        people.remove(from);
        people.add(to);
        rota.set(i, t.with(people));
    }

    private static int indexOf(List<RotaTurn> rota, RotaTurn.Key key) {
        for (int i = 0; i < rota.size(); i++) if (rota.get(i).key().equals(key)) return i;
        return -1;
    }

    private SwapView decided(Handle h, RotaDao dao, RotaWeek week, SwapDao.Row swap, String status, Principal by, RotaInputs in) {
        SwapDao.Row done = SharedDaos.of(h, SwapDao.class).decide(swap.id(), status, by.name());
        Rotas.log(dao, week, by, "swap-" + status, Json.map("swap", SwapView.of(done)));
        long tell = status.equals("cancelled") ? swap.toUserId() : swap.fromUserId();
        long who = status.equals("cancelled") ? swap.fromUserId() : swap.toUserId();
        RotaDao.PersonRow to = in.people().get(tell);
        if (to != null) mail(h, to, swap, status, notices.mails().swapAnswered(to, in.name(who), status, in.describe(SwapView.given(swap))));
        return SwapView.of(done);
    }

    private void mail(Handle h, RotaDao.PersonRow to, SwapDao.Row swap, String what, Mail mail) {
        if (to != null && to.email() != null) notices.notifier().mail(h, "rota-swap-" + swap.id() + "-" + what, mail);
    }

    private static RotaDao published(Handle h, RotaWeek week) {
        RotaDao dao = SharedDaos.of(h, RotaDao.class);
        RotaDao.WeekRow row = dao.lockWeek(week.toString()).orElseThrow(() -> Rotas.noRota(week));
        if (row.publication() == 0) throw new Conflict(week + " is not published yet: only published turns can be swapped");
        return dao;
    }

    private static SwapDao.Row swap(Handle h, RotaWeek week, long id) {
        return SharedDaos.of(h, SwapDao.class).lock(id, week.toString()).orElseThrow(() -> new NotFound("no swap " + id + " in " + week));
    }

    private static void requirePending(SwapDao.Row swap) {
        if (!swap.status().equals(SwapView.PENDING)) throw new Conflict("swap " + swap.id() + " is already " + swap.status());
    }

    private static <T> T pendingUnique(Supplier<T> work) {
        try {
            return work.get();
        } catch (UnableToExecuteStatementException e) {
            if (SqlErrors.uniqueConstraint(e).filter("rota_swaps_pending"::equals).isPresent()) {
                throw new Conflict("this turn is already offered by the same user: cancel that offer first");
            }
            throw e;
        }
    }
}
