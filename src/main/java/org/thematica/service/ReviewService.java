package org.thematica.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thematica.edit.CreateReview;
import org.thematica.edit.SetReviewResolved;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Review;
import org.thematica.model.UserError;
import org.thematica.model.Verdict;
import org.thematica.store.Repositories;

/**
 * A supervisor's review: a verdict (agree, disagree, question) with a comment on a coding or on
 * a code's definition; the analyst and the reviewer reply under it, and either resolves the
 * thread. Every step is an undoable edit that names who made it and when.
 */
public final class ReviewService {
    /** A verdict with its replies, who gave it, and what it is about. */
    public record Thread(Review verdict, List<Review> replies, String reviewer, Subject subject) {
        /** A question or a disagreement waits for an answer until someone resolves it. */
        public boolean isOpen() {
            return verdict.isOpen();
        }

        /** What the verdict is about, in one line. */
        public String about() {
            return subject.document().isEmpty() ? "code '" + subject.code() + "'"
                    : "'" + subject.code() + "' on \"" + snippet(subject.passage()) + "\" in " + subject.document()
                            + " by " + subject.coder();
        }
    }

    /**
     * The code a verdict is about and, for a coding, its document, coded passage and coder (empty
     * for a code's definition).
     */
    public record Subject(String code, String document, String passage, String coder) {
    }

    private final Project project;
    private final ReviewQueue queue;

    ReviewService(Project project) {
        this.project = project;
        this.queue = new ReviewQueue(project);
    }

    /** The codings and code definitions to review, filtered, with where each stands for this session's coder. */
    public ReviewQueue queue() {
        return queue;
    }

    /** Judges a coding (by its GUID) as this session's coder. */
    public Review judgeCoding(String codingGuid, Verdict verdict, String comment) throws UserError {
        Repositories r = project.repos();
        Coding coding = r.codings.byGuid(codingGuid.strip()).filter(c -> r.codings.isLive(c.id()))
                .orElseThrow(() -> new UserError("no coding with GUID '" + codingGuid + "' in this project"));
        return judge(Review.Target.CODING, coding.id(), verdict, comment, "Review a coding of '"
                + codeName(r, coding.codeId()) + "' as " + verdict.key());
    }

    /**
     * The GUID of the one live coding of {@code codeName} in {@code documentName} whose passage
     * contains {@code match} (and, when given, made by {@code codedBy}): a way to name a coding
     * without its GUID, for scripts and people.
     */
    public String findCoding(String documentName, String codeName, String match, String codedBy) throws UserError {
        Repositories r = project.repos();
        long documentId = Lookup.document(r, documentName).id();
        long codeId = Lookup.code(r, codeName).id();
        Long coderId = codedBy == null ? null : r.coders.byName(codedBy).map(org.thematica.model.Coder::id)
                .orElseThrow(() -> new UserError("no coder named '" + codedBy + "'"));
        List<Coding> found = r.codings.ofDocument(documentId).stream()
                .filter(c -> c.codeId() == codeId && c.text().contains(match))
                .filter(c -> coderId == null || c.coderId() == coderId).toList();
        if (found.size() != 1) {
            throw new UserError(found.isEmpty() ? "no coding of '" + codeName + "' in " + documentName + " contains \""
                    + match + "\"" : found.size() + " codings of '" + codeName + "' in " + documentName
                    + " contain \"" + match + "\"; say whose (--coded-by) or give its GUID");
        }
        return found.get(0).guid();
    }

    /** Judges a code's definition (its name, description and place in the codebook). */
    public Review judgeCode(String codeName, Verdict verdict, String comment) throws UserError {
        Code code = Lookup.code(project.repos(), codeName);
        return judge(Review.Target.CODE, code.id(), verdict, comment,
                "Review the code '" + code.name() + "' as " + verdict.key());
    }

    private Review judge(Review.Target target, long targetId, Verdict verdict, String comment, String label)
            throws UserError {
        if (verdict == Verdict.REPLY) {
            throw new UserError("a verdict is agree, disagree or question; a reply answers a review");
        }
        String text = comment == null ? "" : comment.strip();
        if (verdict == Verdict.QUESTION && text.isEmpty()) {
            throw new UserError("a question needs its text (--comment)");
        }
        return create(label, target, targetId, 0, verdict, text);
    }

    /** The GUID of the newest verdict on a coding (by GUID) or, with a null coding, on the code's definition. */
    public String latestVerdictOn(String codingGuid, String codeName) throws UserError {
        Repositories r = project.repos();
        Review.Target target = codingGuid == null ? Review.Target.CODE : Review.Target.CODING;
        long id = codingGuid == null ? Lookup.code(r, codeName).id()
                : r.codings.byGuid(codingGuid).orElseThrow(() -> new UserError("no coding with GUID '" + codingGuid
                        + "' in this project")).id();
        return r.reviews.of(target, id).stream().filter(v -> !v.isReply()).reduce((a, b) -> b).map(Review::guid)
                .orElseThrow(() -> new UserError("nobody has reviewed " + (codingGuid == null ? "the code '" + codeName
                        + "'" : "that coding") + " yet"));
    }

    /** Replies in the thread of a review (a reply to a reply joins the same thread). */
    public Review reply(String reviewGuid, String text) throws UserError {
        if (text == null || text.isBlank()) {
            throw new UserError("a reply needs some text");
        }
        Review about = review(reviewGuid);
        Review root = about.isReply() ? project.repos().reviews.byId(about.parentId()).orElseThrow() : about;
        return create("Reply to a review", root.target(), root.targetId(), root.id(), Verdict.REPLY, text.strip());
    }

    private Review create(String label, Review.Target target, long targetId, long parentId, Verdict verdict,
                          String comment) throws UserError {
        String guid = project.newGuid();
        String now = project.now();
        project.history().perform(label, session -> session.apply(new CreateReview(new Review(0, guid, target,
                targetId, parentId, project.coderIn(session, null).id(), verdict, comment, now, null, 0))));
        return project.repos().reviews.byGuid(guid).orElseThrow();
    }

    /** Resolves a thread (named by its verdict or any reply in it), or opens it again. */
    public Review setResolved(String reviewGuid, boolean resolved) throws UserError {
        Review about = review(reviewGuid);
        Review root = about.isReply() ? project.repos().reviews.byId(about.parentId()).orElseThrow() : about;
        if (root.isResolved() == resolved) {
            throw new UserError("the thread is already " + (resolved ? "resolved" : "open"));
        }
        String now = resolved ? project.now() : null;
        project.history().perform(resolved ? "Resolve a review thread" : "Reopen a review thread", session ->
                session.apply(new SetReviewResolved(root.id(), root.resolved(), root.resolvedBy(), now,
                        resolved ? project.coderIn(session, null).id() : 0)));
        return project.repos().reviews.byId(root.id()).orElseThrow();
    }

    private Review review(String guid) throws UserError {
        return project.repos().reviews.byGuid(guid.strip())
                .orElseThrow(() -> new UserError("no review with GUID '" + guid + "' in this project"));
    }

    /** Every thread, oldest first; only those waiting for an answer when {@code openOnly}. */
    public List<Thread> threads(boolean openOnly) {
        return threads(project.repos().reviews.all(), openOnly);
    }

    /** The threads on one coding or code's definition, oldest first. */
    public List<Thread> threadsOn(Review.Target target, long targetId) {
        return threads(project.repos().reviews.of(target, targetId), false);
    }

    private List<Thread> threads(List<Review> reviews, boolean openOnly) {
        Repositories r = project.repos();
        Map<Long, Review> verdicts = new LinkedHashMap<>();
        Map<Long, List<Review>> replies = new LinkedHashMap<>();
        for (Review review : reviews) {
            if (review.isReply()) {
                replies.computeIfAbsent(review.parentId(), k -> new ArrayList<>()).add(review);
            } else {
                verdicts.put(review.id(), review);
            }
        }
        List<Thread> threads = new ArrayList<>();
        for (Review v : verdicts.values()) {
            Thread t = new Thread(v, List.copyOf(replies.getOrDefault(v.id(), List.of())),
                    r.coders.byId(v.reviewerId()).map(org.thematica.model.Coder::name).orElse("?"), subject(r, v));
            if (!openOnly || t.isOpen()) {
                threads.add(t);
            }
        }
        return threads;
    }

    /** When this session's coder last gave a verdict or replied; empty if never. */
    public java.util.Optional<java.time.Instant> lastReviewByMe() {
        long me = project.coderNamed(null).id();
        return project.repos().reviews.all().stream().filter(r -> r.reviewerId() == me)
                .map(r -> java.time.Instant.parse(r.created())).max(java.util.Comparator.naturalOrder());
    }

    /** The coder's name, for a reply or a resolution. */
    public String coderName(long coderId) {
        return project.repos().coders.byId(coderId).map(org.thematica.model.Coder::name).orElse("?");
    }

    private static Subject subject(Repositories r, Review v) {
        if (v.target() == Review.Target.CODE) {
            return new Subject(codeName(r, v.targetId()), "", "", "");
        }
        return r.codings.byId(v.targetId()).map(c -> new Subject(codeName(r, c.codeId()),
                r.documents.byId(c.documentId()).map(d -> d.name()).orElse("?"), c.text(),
                r.coders.byId(c.coderId()).map(org.thematica.model.Coder::name).orElse("?")))
                .orElse(new Subject("?", "?", "", "?"));
    }

    private static String codeName(Repositories r, long codeId) {
        return r.codes.byId(codeId).map(Code::name).orElse("?");
    }

    /** The first words of a coded passage, cut at a code point boundary. */
    static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= 60) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, 59)) + "…";
    }
}
