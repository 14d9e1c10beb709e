package org.thematica.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges what a killed {@link CrashWorker} left in its project. It replays the worker's lines
 * (see there) on a model of the project, a set of facts such as {@code coding base c3 10 40} or
 * {@code member t1 c3} as {@link ProjectFacts} reads them, with the project's undo and redo
 * stacks. After a kill the stored facts must be exactly the model after every acknowledged edit,
 * or that plus the one edit announced and not acknowledged. So a lost acknowledged edit of any
 * kind fails, and so does anything that was never announced.
 * Knows nothing of projects, so it can be tested with hand-made lines.
 */
public final class CrashLedger {
    /** What one edit does to the facts; undoing it is the reverse. */
    private record Change(Set<String> added, Set<String> removed) {
        Change reversed() {
            return new Change(removed, added);
        }
    }

    private enum Stack { NEW, UNDO, REDO }

    /** An announced edit as it would act on the model now: empty when it would change nothing. */
    private record Effect(Optional<Change> change, Stack stack) {
    }

    private final Set<String> facts;
    private final Deque<Change> undos = new ArrayDeque<>();
    private final Deque<Change> redos = new ArrayDeque<>();
    private String pending;
    private final Map<String, Integer> acknowledged = new TreeMap<>();
    private int unchanged;
    private int landed;
    private int notLanded;

    /** Starts from the project as it is; edits made before this are never undone by the worker. */
    public CrashLedger(Set<String> initialFacts) {
        this.facts = new HashSet<>(initialFacts);
    }

    /**
     * Takes one line of the worker's output. Returns true when it acknowledges an edit. Throws
     * AssertionError when the line breaks the protocol, or when the worker reports a change the
     * model says cannot happen, or no change where the model expects one.
     */
    public boolean read(String line) {
        if (line.startsWith("begin ")) {
            if (pending != null) {
                throw new AssertionError("'" + line + "' announced while '" + pending + "' was not acknowledged");
            }
            effect(line.substring(6)); // fails now on an announcement it cannot read
            pending = line.substring(6);
            return false;
        }
        if (!line.equals("done") && !line.equals("unchanged")) {
            throw new AssertionError("unexpected line from the worker: '" + line + "'");
        }
        if (pending == null) {
            throw new AssertionError("'" + line + "' acknowledges nothing announced");
        }
        Effect effect = effect(pending);
        boolean done = line.equals("done");
        if (done != effect.change().isPresent()) {
            throw new AssertionError("the worker says '" + pending + "' " + (done ? "changed the project" : "changed nothing")
                    + ", but on the acknowledged edits before it, it " + (done ? "changes nothing" : "changes something"));
        }
        if (done) {
            commit(effect);
            acknowledged.merge(pending.split(" ")[0], 1, Integer::sum);
        } else {
            unchanged++;
        }
        pending = null;
        return true;
    }

    /**
     * Compares what a killed worker left stored with the model: exactly every acknowledged edit,
     * and the edit in flight either wholly there or wholly absent. Carries on from what is stored.
     */
    public void settle(Set<String> stored) {
        Effect inFlight = pending == null ? null : effect(pending);
        if (!stored.equals(facts)) {
            Set<String> after = inFlight == null ? facts : applied(inFlight.change());
            if (!stored.equals(after)) {
                throw new AssertionError(describeDifference(stored));
            }
            commit(inFlight);
            landed++;
        } else if (inFlight != null && inFlight.change().isPresent()) {
            notLanded++;
        }
        pending = null;
    }

    private String describeDifference(Set<String> stored) {
        Set<String> missing = new TreeSet<>(facts);
        missing.removeAll(stored);
        Set<String> extra = new TreeSet<>(stored);
        extra.removeAll(facts);
        return "the project is neither the acknowledged edits nor those plus the one in flight ("
                + (pending == null ? "none" : "'" + pending + "'") + "): missing " + missing + ", never acknowledged "
                + extra;
    }

    private Set<String> applied(Optional<Change> change) {
        Set<String> after = new HashSet<>(facts);
        change.ifPresent(c -> {
            after.removeAll(c.removed());
            after.addAll(c.added());
        });
        return after;
    }

    private void commit(Effect effect) {
        effect.change().ifPresent(c -> {
            facts.removeAll(c.removed());
            facts.addAll(c.added());
            switch (effect.stack()) {
                case NEW -> {
                    undos.push(c);
                    redos.clear(); // a new edit discards the redo branch, as the history does
                }
                case UNDO -> redos.push(undos.pop());
                case REDO -> undos.push(redos.pop());
            }
        });
    }

    /** What an announced edit would do now, mirroring the services' rules for refusing or skipping it. */
    private Effect effect(String edit) {
        String[] w = edit.split(" ");
        return switch (w[0]) {
            case "coding" -> {
                expectWords(edit, w, 5);
                String coding = "coding " + w[1] + " " + w[2] + " " + w[3] + " " + w[4];
                if (!facts.contains("doc " + w[1]) || facts.contains(coding)) { // the same passage again is refused
                    yield none();
                }
                yield added(coding, "code " + w[2]);
            }
            case "doc" -> {
                expectWords(edit, w, 2);
                if (facts.contains("doc " + w[1])) {
                    throw new AssertionError("the worker imported '" + w[1] + "' twice; its names must be new");
                }
                yield added("doc " + w[1]);
            }
            case "member" -> {
                expectWords(edit, w, 3);
                String member = "member " + w[1] + " " + w[2];
                if (!facts.contains("code " + w[2]) || facts.contains(member)) { // no such code, or already in
                    yield none();
                }
                yield added(member, "theme " + w[1]);
            }
            case "memo" -> {
                expectWords(edit, w, 3);
                if (memo(w[1]).isPresent()) {
                    throw new AssertionError("the worker wrote memo '" + w[1] + "' twice; its titles must be new");
                }
                yield added("memo " + w[1] + " " + w[2]);
            }
            case "memo-edit" -> {
                expectWords(edit, w, 3);
                String now = "memo " + w[1] + " " + w[2];
                Optional<String> before = memo(w[1]);
                if (before.isEmpty() || before.get().equals(now)) { // editing to the same text records nothing
                    yield none();
                }
                yield new Effect(Optional.of(new Change(Set.of(now), Set.of(before.get()))), Stack.NEW);
            }
            case "undo" -> new Effect(Optional.ofNullable(undos.peek()).map(Change::reversed), Stack.UNDO);
            case "redo" -> new Effect(Optional.ofNullable(redos.peek()), Stack.REDO);
            default -> throw new AssertionError("unknown edit '" + edit + "'");
        };
    }

    /** A new edit that adds {@code main} and, in the same step, whatever of {@code alsoCreated} is not there yet. */
    private Effect added(String main, String... alsoCreated) {
        Set<String> added = new HashSet<>(List.of(main));
        for (String fact : alsoCreated) {
            if (!facts.contains(fact)) {
                added.add(fact);
            }
        }
        return new Effect(Optional.of(new Change(added, Set.of())), Stack.NEW);
    }

    private static Effect none() {
        return new Effect(Optional.empty(), Stack.NEW);
    }

    private Optional<String> memo(String title) {
        return facts.stream().filter(f -> f.startsWith("memo " + title + " ")).findFirst();
    }

    private static void expectWords(String edit, String[] words, int count) {
        if (words.length != count) {
            throw new AssertionError("cannot read the announcement '" + edit + "'");
        }
    }

    /** The model: every fact the acknowledged edits leave. */
    public Set<String> facts() {
        return Set.copyOf(facts);
    }

    /** Acknowledged edits that changed the project, by kind (coding, doc, member, memo, memo-edit, undo, redo). */
    public Map<String, Integer> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Acknowledged edits that were refused or changed nothing. */
    public int unchanged() {
        return unchanged;
    }

    /** Edits in flight at a kill that turned out to be stored. */
    public int landed() {
        return landed;
    }

    /** Edits in flight at a kill that would have changed something and turned out not to be stored. */
    public int notLanded() {
        return notLanded;
    }
}
