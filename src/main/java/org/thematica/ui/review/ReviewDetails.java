package org.thematica.ui.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.Review;
import org.thematica.service.Project;
import org.thematica.service.RetrievalService;
import org.thematica.service.ReviewQueue;
import org.thematica.service.ReviewService;
import org.thematica.ui.transcript.TranscriptContent;
import org.thematica.ui.transcript.TranscriptLayout;

/**
 * What the review screen reads, on the project thread only, through the services: the queue with
 * its progress and filter choices, and for the item in front its context (the document prepared
 * for display, the reviewed codings' marks), memos and threads, or for a code some of its passages.
 * The prepared document is kept while nothing changes, so stepping through one interview lays it
 * out once.
 */
public final class ReviewDetails {
    /** The queue as read. */
    public record Queue(ReviewViewModel.Mode mode, List<ReviewRow> rows, String progress, ReviewQueue.Options options) {
    }

    /**
     * The item in front of the reviewer.
     *
     * @param context  the coding's document, prepared for display (null for a code)
     * @param marks    the reviewed codings of that document, for their badges
     * @param examples a code's first passages (empty for a coding)
     */
    public record Detail(ReviewRow row, int position, int count, TranscriptContent context, List<ReviewQueue.Mark> marks,
                  List<Memo> memos, List<ReviewService.Thread> threads, List<RetrievalService.Passage> examples,
                  Map<Long, String> names) {
        public ReviewQueue.Item item() {
            return row.item();
        }

        public ReviewQueue.CodeItem code() {
            return row.code();
        }

        /** The thread a reply goes to: the newest one waiting for an answer, else the newest. */
        public ReviewService.Thread threadToAnswer() {
            return threads.stream().filter(ReviewService.Thread::isOpen).reduce((a, b) -> b)
                    .or(() -> threads.stream().reduce((a, b) -> b)).orElse(null);
        }

        /** My newest verdict's thread here, or null. */
        public ReviewService.Thread myLatestThread(String me) {
            return threads.stream().filter(t -> t.reviewer().equals(me)).reduce((a, b) -> b).orElse(null);
        }
    }

    static final int EXAMPLES = 8;

    private final Project project;
    private final AtomicLong edits = new AtomicLong();
    private TranscriptContent cached;
    private long cachedAt = -1;

    ReviewDetails(Project project) {
        this.project = project;
    }

    /** Something changed in the project: a prepared document may show old codings. */
    void projectChanged() {
        edits.incrementAndGet();
    }

    Queue queue(ReviewViewModel.Mode mode, ReviewQueue.Filter filter) {
        ReviewQueue q = project.reviews().queue();
        if (mode == ReviewViewModel.Mode.CODES) {
            ReviewQueue.Codes codes = q.codes(filter);
            return new Queue(mode, codes.items().stream().map(ReviewRow::of).toList(), codes.progress().line()
                    .replace("reviewed", "codes reviewed"), q.options());
        }
        ReviewQueue.Codings codings = q.codings(filter);
        return new Queue(mode, codings.items().stream().map(ReviewRow::of).toList(), codings.progress().line(), q.options());
    }

    Detail detail(ReviewRow row, int position, int count) {
        ReviewService reviews = project.reviews();
        if (row.item() != null) {
            long documentId = row.item().coding().documentId();
            List<ReviewService.Thread> threads = reviews.threadsOn(Review.Target.CODING, row.key());
            return new Detail(row, position, count, document(documentId),
                    reviews.queue().marksInDocument(documentId),
                    project.memos().of(MemoTarget.CODING, row.key()), threads, List.of(), names(threads));
        }
        List<RetrievalService.Passage> passages = new RetrievalService(project)
                .passages(RetrievalService.Target.code(row.key()), RetrievalService.Filter.NONE).rows();
        List<ReviewService.Thread> threads = reviews.threadsOn(Review.Target.CODE, row.key());
        return new Detail(row, position, count, null, List.of(), project.memos().of(MemoTarget.CODE, row.key()),
                threads, passages.subList(0, Math.min(EXAMPLES, passages.size())), names(threads));
    }

    /** Who wrote each reply and who resolved each thread, by coder id. */
    private Map<Long, String> names(List<ReviewService.Thread> threads) {
        Map<Long, String> names = new HashMap<>();
        for (ReviewService.Thread t : threads) {
            names.computeIfAbsent(t.verdict().resolvedBy(), project.reviews()::coderName);
            t.replies().forEach(r -> names.computeIfAbsent(r.reviewerId(), project.reviews()::coderName));
        }
        return names;
    }

    private TranscriptContent document(long documentId) {
        long now = edits.get();
        if (cached == null || cached.documentId() != documentId || cachedAt != now) {
            cached = TranscriptLayout.prepare(project.workspace().transcript(documentId), project.repos().codes.all());
            cachedAt = now;
        }
        return cached;
    }
}
