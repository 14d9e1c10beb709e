package org.thematica.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.thematica.edit.Batch;
import org.thematica.edit.CreateReview;
import org.thematica.edit.Edit;
import org.thematica.edit.EditCodec;
import org.thematica.edit.Entity;
import org.thematica.edit.MoveCodings;
import org.thematica.edit.ResizeCoding;
import org.thematica.edit.SetDeleted;
import org.thematica.edit.UpdateCode;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Review;
import org.thematica.store.HistoryRepository.Entry;
import org.thematica.store.Repositories;

/**
 * "Changed since my last review", the one home of that rule. A coding has changed when its range,
 * its code, or its code's name differ now from what they were just after the reviewer's verdict
 * was recorded (it was resized, recoded, or its code renamed); a code's definition has changed
 * when its name, description or parent differ. A change undone since, or a name renamed back, is
 * no change: what counts is the difference, not the activity.
 *
 * <p>How: walk the history back from now (every do, undo and redo row, in the order they
 * happened), reversing on a small copy of those fields each step that changed them, until the
 * step that made each verdict live (its creation, or the redo that restored it). A verdict the
 * history does not record counts as unchanged: there is nothing to compare with.
 */
final class ReviewChanges {
    private static final int PAGE = 500;

    private record CodingState(int start, int end, long codeId) {
    }

    private record CodeState(String name, String description, Long parentId) {
        static CodeState of(Code c) {
            return new CodeState(c.name(), c.description(), c.parentId());
        }
    }

    private final Repositories r;
    private final EditCodec codec = new EditCodec();
    private final Map<Long, CodingState> codings = new HashMap<>();
    private final Map<Long, CodeState> codes = new HashMap<>();
    private final Map<String, Review> pendingByGuid = new HashMap<>();
    private final Map<Long, Review> pendingById = new HashMap<>();
    private final Set<Long> changed = new HashSet<>();

    private ReviewChanges(Repositories r) {
        this.r = r;
    }

    /**
     * Of these verdicts (each the reviewer's latest on its coding or code, all live), the ids of
     * those whose coding or code has changed since.
     */
    static Set<Long> since(Repositories r, List<Review> verdicts) {
        ReviewChanges walk = new ReviewChanges(r);
        for (Review v : verdicts) {
            if (v.target() == Review.Target.CODING) {
                Coding c = r.codings.byId(v.targetId()).orElse(null);
                if (c == null) {
                    continue;
                }
                walk.codings.put(c.id(), new CodingState(c.start(), c.end(), c.codeId()));
            }
            walk.pendingByGuid.put(v.guid(), v);
            walk.pendingById.put(v.id(), v);
        }
        walk.run();
        return walk.changed;
    }

    private void run() {
        long before = Long.MAX_VALUE;
        while (!pendingById.isEmpty()) {
            List<Entry> rows = r.history.find(null, null, before, PAGE);
            for (Entry row : rows) {
                String json = effect(row);
                if (json != null && concerns(json)) {
                    reverse(codec.read(json));
                }
                if (pendingById.isEmpty()) {
                    return;
                }
            }
            if (rows.size() < PAGE) {
                return;
            }
            before = rows.get(rows.size() - 1).id();
        }
    }

    /** The edit a row applied when it happened: a do or redo applied the redo half, an undo the undo half. */
    private String effect(Entry row) {
        if (row.action().equals("do")) {
            return row.redo();
        }
        Entry step = row.target() == null ? null : r.history.byId(row.target()).orElse(null);
        return step == null ? null : row.action().equals("undo") ? step.undo() : step.redo();
    }

    /** Most steps (an import, a thousand codings) touch none of the fields followed: skip reading them. */
    private static boolean concerns(String json) {
        return json.contains("\"resize-coding\"") || json.contains("\"move-codings\"")
                || json.contains("\"update-code\"") || json.contains("\"create-review\"")
                || json.contains("\"set-deleted\"");
    }

    /** Takes one applied edit back on the copy; meeting a verdict's making compares then with now. */
    private void reverse(Edit edit) {
        if (edit instanceof Batch batch) {
            List<Edit> parts = batch.edits();
            for (int i = parts.size() - 1; i >= 0; i--) {
                reverse(parts.get(i));
            }
        } else if (edit instanceof ResizeCoding resize) {
            codings.computeIfPresent(resize.id(), (id, s) -> new CodingState(resize.oldStart(), resize.oldEnd(),
                    s.codeId()));
        } else if (edit instanceof MoveCodings move) {
            for (long id : move.ids()) {
                codings.computeIfPresent(id, (k, s) -> new CodingState(s.start(), s.end(), move.fromCodeId()));
            }
        } else if (edit instanceof UpdateCode update) {
            codes.put(update.before().id(), CodeState.of(update.before()));
        } else if (edit instanceof CreateReview create) {
            Review made = pendingByGuid.get(create.review().guid());
            if (made != null) {
                settle(made);
            }
        } else if (edit instanceof SetDeleted restore && restore.entity() == Entity.REVIEW && !restore.deleted()) {
            for (long id : restore.ids()) {
                Review made = pendingById.get(id);
                if (made != null) {
                    settle(made);
                }
            }
        }
    }

    /** The walk stands just after {@code verdict} was made: compare its target then and now. */
    private void settle(Review verdict) {
        pendingById.remove(verdict.id());
        pendingByGuid.remove(verdict.guid());
        boolean differs;
        if (verdict.target() == Review.Target.CODING) {
            Coding now = r.codings.byId(verdict.targetId()).orElse(null);
            CodingState then = codings.get(verdict.targetId());
            differs = now != null && then != null && (now.start() != then.start() || now.end() != then.end()
                    || now.codeId() != then.codeId()
                    || !Objects.equals(nameNow(now.codeId()), codeThen(then.codeId()).name()));
        } else {
            differs = !Objects.equals(codeNow(verdict.targetId()), codeThen(verdict.targetId()));
        }
        if (differs) {
            changed.add(verdict.id());
        }
    }

    private CodeState codeThen(long codeId) {
        CodeState state = codes.get(codeId);
        return state != null ? state : codeNow(codeId);
    }

    private CodeState codeNow(long codeId) {
        return r.codes.byId(codeId).map(CodeState::of).orElse(new CodeState(null, null, null));
    }

    private String nameNow(long codeId) {
        return codeNow(codeId).name();
    }
}
