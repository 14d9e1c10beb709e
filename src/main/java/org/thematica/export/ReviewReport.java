package org.thematica.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.thematica.export.ThesisTables.Table;
import org.thematica.model.Review;
import org.thematica.model.Verdict;
import org.thematica.service.Project;
import org.thematica.service.ReviewService;

/**
 * The review report: what a supervisor sends back. One row per verdict (on a coding or a code's
 * definition) with the passage, the comment, the thread of replies and whether it is still open,
 * written as Markdown, CSV or Word through {@link TableWriter} (so right-to-left quotes stay right
 * to left and the same review gives the same bytes).
 */
public final class ReviewReport {
    private ReviewReport() {
    }

    /** Which verdicts: every one, or only the threads still waiting for an answer; optionally one reviewer's. */
    public record Options(boolean openOnly, String reviewer) {
        public static final Options ALL = new Options(false, null);
    }

    public static Table build(Project project, Options options) {
        ReviewService reviews = project.reviews();
        List<ReviewService.Thread> threads = reviews.threads(options.openOnly()).stream()
                .filter(t -> options.reviewer() == null || t.reviewer().equals(options.reviewer())).toList();
        List<List<List<String>>> rows = new ArrayList<>();
        for (ReviewService.Thread t : threads) {
            Review v = t.verdict();
            ReviewService.Subject s = t.subject();
            List<String> replies = t.replies().stream()
                    .map(r -> reviews.coderName(r.reviewerId()) + " (" + day(r.created()) + "): " + r.comment())
                    .toList();
            rows.add(List.of(
                    List.of(v.verdict().key()),
                    List.of(s.document().isEmpty() ? "code definition" : s.document()),
                    List.of(s.code()),
                    s.passage().isEmpty() ? List.of() : List.of(s.passage()),
                    s.coder().isEmpty() ? List.of() : List.of(s.coder()),
                    List.of(t.reviewer() + " (" + day(v.created()) + ")"),
                    v.comment().isEmpty() ? List.of() : List.of(v.comment()),
                    replies,
                    List.of(state(t, reviews))));
        }
        return new Table("review-report", "Review of " + project.name(), summary(threads),
                List.of("verdict", "document", "code", "passage", "coded by", "reviewer", "comment", "replies", "state"),
                rows);
    }

    /** Writes the report into {@code dir} as {@code review-report.md|csv|docx}; refuses the project's own files. */
    public static Path write(Project project, Options options, TableWriter.Format format, Path dir) throws IOException {
        return TableWriter.write(build(project, options), format, dir);
    }

    private static String state(ReviewService.Thread t, ReviewService reviews) {
        if (t.verdict().isResolved()) {
            return "resolved by " + reviews.coderName(t.verdict().resolvedBy()) + " (" + day(t.verdict().resolved()) + ")";
        }
        return t.isOpen() ? "open" : "";
    }

    /** "12 verdicts: 8 agree, 3 disagree, 1 question; 2 open." */
    static String summary(List<ReviewService.Thread> threads) {
        if (threads.isEmpty()) {
            return "No verdicts.";
        }
        Map<Verdict, Long> counts = threads.stream().collect(Collectors.groupingBy(t -> t.verdict().verdict(),
                () -> new EnumMap<>(Verdict.class), Collectors.counting()));
        long open = threads.stream().filter(ReviewService.Thread::isOpen).count();
        return threads.size() + (threads.size() == 1 ? " verdict: " : " verdicts: ") + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().key()).collect(Collectors.joining(", "))
                + "; " + open + " open.";
    }

    /** History times are ISO instants; a report reads better with the day. */
    private static String day(String instant) {
        return instant == null || instant.length() < 10 ? String.valueOf(instant) : instant.substring(0, 10);
    }
}
