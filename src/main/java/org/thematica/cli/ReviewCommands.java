package org.thematica.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thematica.model.Review;
import org.thematica.model.Verdict;
import org.thematica.service.ReviewService;

/** A supervisor's review from the command line: verdicts, replies, resolving, and the list of threads. */
final class ReviewCommands {
    private ReviewCommands() {
    }

    static List<Command> all() {
        Command.Access w = Command.Access.WRITE;
        return List.of(
            new Command("review", "review PROJECT (--coding GUID | --code NAME [--doc NAME --match TEXT [--coded-by"
                    + " CODER]]) --verdict agree|disagree|question [--comment TEXT]", "give a verdict on a coding (its"
                    + " GUID as in the CSV export, or its code, document and words) or, with --code alone, on a code's"
                    + " definition; a question needs its text", w,
                    Args.Spec.of(1, 1).values("coding", "code", "doc", "match", "coded-by", "verdict", "comment"),
                    ReviewCommands::review),
            new Command("reply", "reply PROJECT (--review GUID | --code NAME [--doc NAME --match TEXT [--coded-by"
                    + " CODER]]) --text TEXT", "answer in a review's thread (named by its GUID, or the newest verdict"
                    + " on a coding or a code)", w,
                    Args.Spec.of(1, 1).values("review", "code", "doc", "match", "coded-by", "text"), ReviewCommands::reply),
            new Command("resolve", "resolve PROJECT (--review GUID | --code NAME [--doc NAME --match TEXT [--coded-by"
                    + " CODER]]) [--reopen]", "mark a review thread resolved (--reopen: open it again)", w,
                    Args.Spec.of(1, 1).values("review", "code", "doc", "match", "coded-by").flags("reopen"),
                    ReviewCommands::resolve),
            new Command("reviews", "reviews PROJECT [--open] [--json]", "list review threads with their replies"
                    + " (--open: the questions and disagreements not yet resolved)", Command.Access.READ,
                    Args.Spec.of(1, 1).flags("open", "json"), ReviewCommands::reviews),
            new Command("review-report", "review-report PROJECT --out DIR [--format md|csv|docx] [--open]"
                    + " [--reviewer NAME]", "write the review report (verdicts, comments, replies, what is open)"
                    + " for the analyst", Command.Access.READ,
                    Args.Spec.of(1, 1).values("out", "format", "reviewer").flags("open"), ReviewCommands::report)
        );
    }

    private static int review(Context c, Args a) throws Exception {
        Verdict verdict;
        try {
            verdict = Verdict.parse(a.required("verdict"));
        } catch (IllegalArgumentException e) {
            verdict = null;
        }
        if (verdict == null || verdict == Verdict.REPLY) {
            throw new UsageError("--verdict takes agree, disagree or question");
        }
        String coding = a.option("coding");
        String code = a.option("code");
        if ((coding == null) == (code == null)) {
            throw new UsageError("say what is reviewed: --coding GUID or --code NAME");
        }
        if ((a.option("doc") == null) != (a.option("match") == null) || (code == null && a.option("doc") != null)) {
            throw new UsageError("--doc and --match go together, with --code, to name a coding by its words");
        }
        ReviewService reviews = c.project.reviews();
        if (a.option("doc") != null) {
            coding = reviews.findCoding(a.option("doc"), code, a.option("match"), a.option("coded-by"));
        }
        Review made = coding != null ? reviews.judgeCoding(coding, verdict, a.option("comment"))
                : reviews.judgeCode(code, verdict, a.option("comment"));
        c.out.println("reviewed as " + verdict.key() + " (review " + made.guid() + ")");
        return Cli.OK;
    }

    private static int reply(Context c, Args a) throws Exception {
        Review made = c.project.reviews().reply(thread(c, a), a.required("text"));
        c.out.println("replied (review " + made.guid() + ")");
        return Cli.OK;
    }

    private static int resolve(Context c, Args a) throws Exception {
        boolean reopen = a.flag("reopen");
        c.project.reviews().setResolved(thread(c, a), !reopen);
        c.out.println(reopen ? "reopened" : "resolved");
        return Cli.OK;
    }

    /** The thread a reply or a resolution is about: its GUID, or the newest verdict on a coding or a code. */
    private static String thread(Context c, Args a) throws Exception {
        ReviewService reviews = c.project.reviews();
        String review = a.option("review");
        if ((review == null) == (a.option("code") == null)) {
            throw new UsageError("say which thread: --review GUID, or --code NAME (with --doc and --match for a coding)");
        }
        if (review != null) {
            return review;
        }
        String coding = a.option("doc") == null ? null
                : reviews.findCoding(a.option("doc"), a.option("code"), a.required("match"), a.option("coded-by"));
        return reviews.latestVerdictOn(coding, a.option("code"));
    }

    private static int report(Context c, Args a) throws Exception {
        java.nio.file.Path out = c.resolve(a.required("out"));
        org.thematica.export.TableWriter.Format format;
        try {
            format = a.option("format") == null ? org.thematica.export.TableWriter.Format.DOCX
                    : org.thematica.export.TableWriter.Format.parse(a.option("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--format takes md, csv or docx");
        }
        java.nio.file.Files.createDirectories(out);
        var options = new org.thematica.export.ReviewReport.Options(a.flag("open"), a.option("reviewer"));
        var table = org.thematica.export.ReviewReport.build(c.project, options);
        c.out.println("wrote " + org.thematica.export.TableWriter.write(table, format, out) + " (" + table.note() + ")");
        return Cli.OK;
    }

    private static int reviews(Context c, Args a) throws Exception {
        ReviewService service = c.project.reviews();
        List<ReviewService.Thread> threads = service.threads(a.flag("open"));
        if (a.flag("json")) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (ReviewService.Thread t : threads) {
                Review v = t.verdict();
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("guid", v.guid());
                json.put("verdict", v.verdict().key());
                json.put("target", v.target().key());
                json.put("about", t.about());
                json.put("reviewer", t.reviewer());
                json.put("comment", v.comment());
                json.put("created", v.created());
                json.put("open", t.isOpen());
                json.put("resolved", v.resolved());
                json.put("resolved_by", v.isResolved() ? service.coderName(v.resolvedBy()) : null);
                List<Map<String, Object>> replies = new ArrayList<>();
                for (Review r : t.replies()) {
                    Map<String, Object> reply = new LinkedHashMap<>();
                    reply.put("guid", r.guid());
                    reply.put("by", service.coderName(r.reviewerId()));
                    reply.put("text", r.comment());
                    reply.put("created", r.created());
                    replies.add(reply);
                }
                json.put("replies", replies);
                out.add(json);
            }
            c.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(Map.of("threads", out)));
            return Cli.OK;
        }
        if (threads.isEmpty()) {
            c.out.println(a.flag("open") ? "no open review threads" : "no reviews yet");
        }
        for (ReviewService.Thread t : threads) {
            Review v = t.verdict();
            String state = t.isOpen() ? "OPEN" : v.isResolved() ? "resolved" : "";
            c.out.println((state.isEmpty() ? "" : "[" + state + "] ") + v.verdict().key().toUpperCase(Locale.ROOT)
                    + " by " + t.reviewer() + ", " + v.created() + ": " + t.about()
                    + (v.comment().isEmpty() ? "" : "\n    " + v.comment()) + "\n    review " + v.guid());
            for (Review r : t.replies()) {
                c.out.println("    ↳ " + service.coderName(r.reviewerId()) + ", " + r.created() + ": " + r.comment());
            }
        }
        return Cli.OK;
    }
}
