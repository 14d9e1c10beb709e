package org.thematica.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Review;
import org.thematica.model.ReviewBadge;
import org.thematica.model.Theme;
import org.thematica.model.Verdict;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.store.Repositories;
import org.thematica.store.RetrievalRepository;
import org.thematica.store.RetrievalRepository.CodedPassage;

/**
 * What a reviewer works through: the codings (or the code definitions) of a project, narrowed by
 * theme, code, document, coder and case attribute, and by where each stands for "me", the
 * session's coder. Every state is defined here:
 * <ul>
 *   <li><b>reviewed</b>: I have a verdict (agree, disagree, question) on it; <b>unreviewed</b>: I have none;</li>
 *   <li><b>changed</b>: reviewed, and changed since my latest verdict on it ({@link ReviewChanges});</li>
 *   <li><b>disputed</b>: someone's disagreement on it is not resolved;</li>
 *   <li><b>question</b>: someone's question on it is not resolved;</li>
 *   <li><b>open</b>: disputed or question, what the analyst has to answer.</li>
 * </ul>
 * The progress counts the items the other filters leave, whatever the state chosen.
 */
public final class ReviewQueue {
    /** Which items of the filtered set to list. */
    public enum State {
        ALL("All"), UNREVIEWED("Not reviewed by me"), REVIEWED("Reviewed by me"),
        CHANGED("Changed since my review"), DISPUTED("Disputed"), QUESTIONS("Open questions"),
        OPEN("Waiting for an answer");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The filters; a null part lets everything through. Codes are filtered by theme and code only. */
    public record Filter(State state, Long themeId, Long codeId, Long documentId, String coder,
                         AttributeFilter attribute) {
        public static final Filter ALL = new Filter(State.ALL, null, null, null, null, null);

        public Filter {
            state = state == null ? State.ALL : state;
        }

        public Filter with(State s) {
            return new Filter(s, themeId, codeId, documentId, coder, attribute);
        }
    }

    /**
     * One coding to review.
     *
     * @param mine    my latest verdict on it, or null
     * @param changed reviewed by me and changed since
     */
    public record Item(Coding coding, String document, String code, String codeColour, List<String> themes,
                       String coder, String cases, Review mine, boolean changed, ReviewBadge badge) {
        public boolean reviewed() {
            return mine != null;
        }
    }

    /** One code definition to review. */
    public record CodeItem(Code code, String parent, List<String> themes, long codings, Review mine, boolean changed,
                           ReviewBadge badge) {
        public boolean reviewed() {
            return mine != null;
        }
    }

    /** Where the filtered set stands: "37 of 120 reviewed". */
    public record Progress(int total, int reviewed, int changed, int disputed, int questions) {
        public String line() {
            StringBuilder s = new StringBuilder().append(reviewed).append(" of ").append(total).append(" reviewed");
            if (changed > 0) {
                s.append(" · ").append(changed).append(" changed since your review");
            }
            if (disputed > 0) {
                s.append(" · ").append(disputed).append(" disputed");
            }
            if (questions > 0) {
                s.append(" · ").append(questions).append(questions == 1 ? " open question" : " open questions");
            }
            return s.toString();
        }
    }

    public record Codings(List<Item> items, Progress progress) {
    }

    public record Codes(List<CodeItem> items, Progress progress) {
    }

    /** A thing to filter by: its id and name. */
    public record Choice(long id, String name) {
    }

    /** What the filter boxes offer. */
    public record Options(List<Choice> themes, List<Choice> codes, List<Choice> documents, List<String> coders,
                          List<AttributeFilter> attributes) {
    }

    private final Project project;

    ReviewQueue(Project project) {
        this.project = project;
    }

    // ---- codings ------------------------------------------------------------------------------

    public Codings codings(Filter filter) {
        Repositories r = project.repos();
        RetrievalRepository retrieval = new RetrievalRepository(r.db);
        List<CodedPassage> passages = retrieval.passagesOf(codeIds(r, filter));
        PassageCases cases = PassageCases.read(retrieval,
                passages.stream().map(p -> p.coding().documentId()).collect(Collectors.toSet()));
        Set<Long> withValue = filter.attribute() == null ? Set.of() : cases.withValue(retrieval, filter.attribute());
        List<CodedPassage> kept = new ArrayList<>();
        for (CodedPassage p : passages) {
            Coding c = p.coding();
            if ((filter.documentId() == null || filter.documentId() == c.documentId())
                    && (filter.coder() == null || filter.coder().equals(p.coderName()))
                    && (filter.attribute() == null
                    || cases.of(c).stream().anyMatch(k -> withValue.contains(k.caseId())))) {
                kept.add(p);
            }
        }
        Verdicts verdicts = verdicts(r, Review.Target.CODING, kept.stream().map(p -> p.coding().id()).toList());
        Map<Long, List<String>> themes = themeNames(r);
        List<Item> all = new ArrayList<>();
        for (CodedPassage p : kept) {
            long id = p.coding().id();
            Review mine = verdicts.mine.get(id);
            all.add(new Item(p.coding(), p.documentName(), p.codeName(), p.codeColour(),
                    themes.getOrDefault(p.coding().codeId(), List.of()), p.coderName(),
                    PassageCases.names(cases.of(p.coding())), mine, mine != null && verdicts.changed.contains(mine.id()),
                    ReviewBadge.of(verdicts.on(id))));
        }
        Progress progress = progress(all.stream().map(i -> new Standing(i.reviewed(), i.changed(),
                verdicts.on(i.coding().id()))).toList());
        return new Codings(all.stream().filter(i -> in(filter.state(), i.reviewed(), i.changed(),
                verdicts.on(i.coding().id()))).toList(), progress);
    }

    /** The codes whose codings are listed: the chosen code, the chosen theme's codes, or every code. */
    private static List<Long> codeIds(Repositories r, Filter filter) {
        if (filter.codeId() != null) {
            return List.of(filter.codeId());
        }
        if (filter.themeId() != null) {
            return r.themes.codeIds(filter.themeId());
        }
        return r.codes.all().stream().map(Code::id).toList();
    }

    // ---- code definitions ---------------------------------------------------------------------

    /** The live codes in codebook order (by name), narrowed by theme and code. */
    public Codes codes(Filter filter) {
        Repositories r = project.repos();
        Set<Long> wanted = filter.codeId() != null || filter.themeId() != null ? new HashSet<>(codeIds(r, filter)) : null;
        List<Code> codes = r.codes.all().stream().filter(c -> wanted == null || wanted.contains(c.id()))
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name())).toList();
        Map<Long, String> names = r.codes.all().stream().collect(Collectors.toMap(Code::id, Code::name));
        Map<Long, Long> counts = new HashMap<>();
        r.stats.codeCounts().forEach(c -> counts.put(c.codeId(), c.codings()));
        Verdicts verdicts = verdicts(r, Review.Target.CODE, codes.stream().map(Code::id).toList());
        Map<Long, List<String>> themes = themeNames(r);
        List<CodeItem> all = new ArrayList<>();
        for (Code c : codes) {
            Review mine = verdicts.mine.get(c.id());
            all.add(new CodeItem(c, c.parentId() == null ? "" : names.getOrDefault(c.parentId(), ""),
                    themes.getOrDefault(c.id(), List.of()), counts.getOrDefault(c.id(), 0L), mine,
                    mine != null && verdicts.changed.contains(mine.id()), ReviewBadge.of(verdicts.on(c.id()))));
        }
        Progress progress = progress(all.stream().map(i -> new Standing(i.reviewed(), i.changed(),
                verdicts.on(i.code().id()))).toList());
        return new Codes(all.stream().filter(i -> in(filter.state(), i.reviewed(), i.changed(),
                verdicts.on(i.code().id()))).toList(), progress);
    }

    // ---- the states ---------------------------------------------------------------------------

    private record Standing(boolean reviewed, boolean changed, List<Review> verdicts) {
    }

    private static boolean in(State state, boolean reviewed, boolean changed, List<Review> verdicts) {
        return switch (state) {
            case ALL -> true;
            case UNREVIEWED -> !reviewed;
            case REVIEWED -> reviewed;
            case CHANGED -> changed;
            case DISPUTED -> open(verdicts, Verdict.DISAGREE);
            case QUESTIONS -> open(verdicts, Verdict.QUESTION);
            case OPEN -> verdicts.stream().anyMatch(Review::isOpen);
        };
    }

    private static boolean open(List<Review> verdicts, Verdict kind) {
        return verdicts.stream().anyMatch(v -> v.verdict() == kind && v.isOpen());
    }

    private static Progress progress(List<Standing> all) {
        int reviewed = 0;
        int changed = 0;
        int disputed = 0;
        int questions = 0;
        for (Standing s : all) {
            reviewed += s.reviewed() ? 1 : 0;
            changed += s.changed() ? 1 : 0;
            disputed += open(s.verdicts(), Verdict.DISAGREE) ? 1 : 0;
            questions += open(s.verdicts(), Verdict.QUESTION) ? 1 : 0;
        }
        return new Progress(all.size(), reviewed, changed, disputed, questions);
    }

    /** The verdicts (not replies) on each target, my latest one, and which of mine are out of date. */
    private record Verdicts(Map<Long, List<Review>> byTarget, Map<Long, Review> mine, Set<Long> changed) {
        List<Review> on(long targetId) {
            return byTarget.getOrDefault(targetId, List.of());
        }
    }

    private Verdicts verdicts(Repositories r, Review.Target target, Collection<Long> targetIds) {
        Set<Long> wanted = new HashSet<>(targetIds);
        long me = project.coderNamed(null).id();
        Map<Long, List<Review>> byTarget = new HashMap<>();
        Map<Long, Review> mine = new HashMap<>();
        for (Review v : r.reviews.all()) { // oldest first: the last of mine seen is my latest
            if (v.isReply() || v.target() != target || !wanted.contains(v.targetId())) {
                continue;
            }
            byTarget.computeIfAbsent(v.targetId(), k -> new ArrayList<>()).add(v);
            if (me != 0 && v.reviewerId() == me) {
                mine.put(v.targetId(), v);
            }
        }
        return new Verdicts(byTarget, mine, ReviewChanges.since(r, List.copyOf(mine.values())));
    }

    private static Map<Long, List<String>> themeNames(Repositories r) {
        Map<Long, List<String>> names = new HashMap<>();
        for (Theme t : r.themes.all()) {
            for (long codeId : r.themes.codeIds(t.id())) {
                names.computeIfAbsent(codeId, k -> new ArrayList<>()).add(t.name());
            }
        }
        names.values().forEach(l -> l.sort(String.CASE_INSENSITIVE_ORDER));
        return names;
    }

    // ---- for the analyst and the filter boxes -------------------------------------------------

    /** The badge of each of these codings that has a verdict (for the Passages list). */
    public Map<Long, ReviewBadge> badges(Collection<Long> codingIds) {
        Set<Long> wanted = new HashSet<>(codingIds);
        Map<Long, ReviewBadge> badges = new HashMap<>();
        verdictsOnCodings().forEach((id, verdicts) -> {
            if (wanted.contains(id)) {
                badges.put(id, ReviewBadge.of(verdicts));
            }
        });
        return badges;
    }

    /**
     * A reviewed coding in a document, for its badge in the transcript.
     *
     * @param summary the most pressing verdict, who gave it and what they said
     */
    public record Mark(long codingId, int start, int end, ReviewBadge badge, String summary) {
    }

    /** The reviewed live codings of a document, by position; nothing is read when nothing is reviewed. */
    public List<Mark> marksInDocument(long documentId) {
        Map<Long, List<Review>> byCoding = verdictsOnCodings();
        if (byCoding.isEmpty()) {
            return List.of();
        }
        Repositories r = project.repos();
        List<Mark> marks = new ArrayList<>();
        for (Coding c : new RetrievalRepository(r.db).liveCodings(byCoding.keySet())) {
            if (c.documentId() == documentId) {
                List<Review> verdicts = byCoding.get(c.id());
                marks.add(new Mark(c.id(), c.start(), c.end(), ReviewBadge.of(verdicts), summary(r, verdicts)));
            }
        }
        marks.sort(java.util.Comparator.comparingInt(Mark::end).thenComparingLong(Mark::codingId));
        return marks;
    }

    /** "Question from Dr Haddad: Is this …?" (the open ones first, then the newest), and how many more. */
    static String summary(Repositories r, List<Review> verdicts) {
        Review first = verdicts.stream().filter(v -> v.isOpen() && v.verdict() == Verdict.QUESTION).reduce((a, b) -> b)
                .or(() -> verdicts.stream().filter(Review::isOpen).reduce((a, b) -> b))
                .orElse(verdicts.get(verdicts.size() - 1));
        String who = r.coders.byId(first.reviewerId()).map(org.thematica.model.Coder::name).orElse("?");
        String what = switch (first.verdict()) {
            case AGREE -> "Agreed by ";
            case DISAGREE -> first.isOpen() ? "Disputed by " : "Disagreement (resolved) by ";
            case QUESTION -> first.isOpen() ? "Question from " : "Question (resolved) from ";
            case REPLY -> "Reply by ";
        };
        String more = verdicts.size() > 1 ? " (+" + (verdicts.size() - 1) + " more)" : "";
        return what + who + (first.comment().isBlank() ? "" : ": " + first.comment()) + more;
    }

    /** The verdicts (not replies) on codings, by coding, oldest first. */
    private Map<Long, List<Review>> verdictsOnCodings() {
        Map<Long, List<Review>> byCoding = new HashMap<>();
        for (Review v : project.repos().reviews.all()) {
            if (!v.isReply() && v.target() == Review.Target.CODING) {
                byCoding.computeIfAbsent(v.targetId(), k -> new ArrayList<>()).add(v);
            }
        }
        return byCoding;
    }

    public Options options() {
        Repositories r = project.repos();
        RetrievalService.FilterOptions retrieval = new RetrievalService(project).filterOptions();
        return new Options(
                r.themes.all().stream().map(t -> new Choice(t.id(), t.name())).sorted(BY_NAME).toList(),
                r.codes.all().stream().map(c -> new Choice(c.id(), c.name())).sorted(BY_NAME).toList(),
                r.documents.all().stream().map(d -> new Choice(d.id(), d.name())).sorted(BY_NAME).toList(),
                retrieval.coders(), retrieval.attributes());
    }

    private static final java.util.Comparator<Choice> BY_NAME =
            (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name());
}
