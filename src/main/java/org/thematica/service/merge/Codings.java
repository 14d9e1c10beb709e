package org.thematica.service.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.edit.CreateCodings;
import org.thematica.edit.CreateMemo;
import org.thematica.edit.CreateReview;
import org.thematica.edit.EditHistory;
import org.thematica.edit.MoveCodings;
import org.thematica.edit.ResizeCoding;
import org.thematica.model.Coding;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.Review;
import org.thematica.model.UserError;
import org.thematica.service.merge.Key.Field;
import org.thematica.service.merge.Key.Kind;
import org.thematica.store.ProjectRows.CodingRow;
import org.thematica.store.Repositories;

/** The copy's new codings (one edit, every snapshot checked against our text), its recodings, resizings, memos and reviews. */
final class Codings {
    /** Our coder for one of the copy's. */
    interface Coders {
        long coder(long theirId) throws UserError;
    }

    private final Plan p;
    private final EditHistory.Session session;
    private final Repositories r;
    private final Renames.Ids ids;
    private final Coders coders;

    Codings(Plan plan, EditHistory.Session session, Renames.Ids ids, Coders coders) {
        this.p = plan;
        this.session = session;
        this.r = session.repos();
        this.ids = ids;
        this.coders = coders;
    }

    void apply() throws UserError {
        create();
        changes();
        memos();
        reviews();
        resolutions();
    }

    private void create() throws UserError {
        List<Long> theirIds = p.creates.get(Kind.CODING);
        if (theirIds.isEmpty()) {
            return;
        }
        Map<Long, String> texts = p.theirs.rows.codingTexts(theirIds);
        List<Coding> codings = new ArrayList<>(theirIds.size());
        for (long id : theirIds) {
            CodingRow c = p.theirs.codings.get(id);
            codings.add(new Coding(0, c.guid(), ids.id(Kind.DOCUMENT, p.tr(p.theirs.guid(Kind.DOCUMENT, c.documentId()))),
                    ids.id(Kind.CODE, p.tr(p.theirs.guid(Kind.CODE, c.codeId()))), c.start(), c.end(), texts.get(id),
                    coders.coder(c.coderId()), c.created()));
        }
        codings.sort(Comparator.comparingLong(Coding::documentId).thenComparingInt(Coding::start)); // texts are cached by document
        session.apply(new CreateCodings(codings));
    }

    /** Recodings grouped by the codes they move between; resizings one by one. */
    private void changes() throws UserError {
        Map<List<Long>, List<Long>> moves = new LinkedHashMap<>();
        for (var e : p.changes.entrySet()) {
            Key key = e.getKey();
            if (key.kind() != Kind.CODING) {
                continue;
            }
            long id = ids.id(Kind.CODING, key.a());
            if (key.field() == Field.CODE) {
                long from = r.codings.byId(id).orElseThrow().codeId();
                long to = ids.id(Kind.CODE, (String) e.getValue());
                if (from != to) {
                    moves.computeIfAbsent(List.of(from, to), k -> new ArrayList<>()).add(id);
                }
            } else if (key.field() == Field.RANGE) {
                Coding c = r.codings.byId(id).orElseThrow();
                int[] range = Key.range(e.getValue());
                session.apply(new ResizeCoding(id, c.start(), c.end(), range[0], range[1]));
            }
        }
        for (var m : moves.entrySet()) {
            session.apply(new MoveCodings(m.getValue(), m.getKey().get(0), m.getKey().get(1)));
        }
    }

    private void memos() throws UserError {
        for (long id : p.creates.get(Kind.MEMO)) {
            Memo m = p.theirs.memos.get(id);
            String[] target = ((String) Key.translate(Key.row(Kind.MEMO, m.guid(), Field.TARGET), p.theirs.target(m),
                    p::tr)).split(":", 2);
            MemoTarget kind = MemoTarget.parse(target[0]);
            long targetId = kind == MemoTarget.PROJECT ? 0 : ids.id(Kind.valueOf(kind.name()), target[1]);
            session.apply(new CreateMemo(new Memo(0, m.guid(), kind, targetId, m.title(), m.text(),
                    coders.coder(m.authorId()), m.created(), m.modified())));
        }
    }

    /** Threads the copy resolved or opened again: the resolution and who resolved, as there. */
    private void resolutions() throws UserError {
        for (var e : p.changes.entrySet()) {
            Key key = e.getKey();
            if (key.kind() != Kind.REVIEW || key.field() != Field.RESOLVED) {
                continue;
            }
            Review now = session.repos().reviews.byGuid(key.a()).orElse(null);
            if (now == null) {
                continue;
            }
            String[] to = e.getValue() == null ? null : ((String) e.getValue()).split("\\|", 2);
            long by = 0;
            if (to != null) {
                Long ours = p.ours.coderId(to[1]);
                Long theirs = p.theirs.coderId(to[1]);
                by = ours != null ? ours : theirs != null ? coders.coder(theirs) : 0;
            }
            session.apply(new org.thematica.edit.SetReviewResolved(now.id(), now.resolved(), now.resolvedBy(),
                    to == null ? null : to[0], by));
        }
    }

    private void reviews() throws UserError {
        for (long id : p.creates.get(Kind.REVIEW)) {
            Review v = p.theirs.reviews.get(id);
            Kind target = v.target() == Review.Target.CODE ? Kind.CODE : Kind.CODING;
            long targetId = ids.id(target, p.tr(p.theirs.guid(target, v.targetId())));
            // replies come after their verdict (ids ascending), so the parent is in the project by now
            long parent = !v.isReply() ? 0 : session.repos().reviews.byGuid(p.tr(p.theirs.guid(Kind.REVIEW,
                    v.parentId()))).map(Review::id).orElseThrow(() -> new UserError("a review reply lost its thread"));
            session.apply(new CreateReview(new Review(0, v.guid(), v.target(), targetId, parent,
                    coders.coder(v.reviewerId()), v.verdict(), v.comment(), v.created(), v.resolved(),
                    v.resolvedBy() == 0 ? 0 : coders.coder(v.resolvedBy()))));
        }
    }
}
