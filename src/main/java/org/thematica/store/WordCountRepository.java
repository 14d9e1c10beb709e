package org.thematica.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thematica.analysis.DocumentWords.Turn;
import org.thematica.analysis.WordIndex;

/**
 * The reads and writes behind the word cloud: each document's stored word counts (derived data,
 * outside the history; see schema V002), its turns with their labels and cases, and texts read
 * a batch at a time so that a large project is never held in memory at once.
 */
public final class WordCountRepository implements WordIndex.Source {
    private static final int BATCH = 200;
    private final Database db;
    private final int rules;

    /** @param rules the version of the word rules whose counts are current */
    public WordCountRepository(Database db, int rules) {
        this.db = db;
        this.rules = rules;
    }

    @Override
    public Map<Long, String> storedCounts(Collection<Long> documents) {
        Map<Long, String> out = new HashMap<>();
        for (List<Long> batch : batches(documents)) {
            db.query("SELECT document_id, words FROM document_words WHERE rules = ? AND document_id IN ("
                    + placeholders(batch.size()) + ")", rs -> out.put(rs.getLong(1), rs.getString(2)),
                    args(rules, batch));
        }
        return out;
    }

    @Override
    public void storeCounts(long document, String counts) {
        if (!db.isReadOnly()) {
            put(document, counts);
        }
    }

    /** Stores a document's counts (inside the import's transaction, or on their own). */
    public void put(long document, String counts) {
        db.update("INSERT INTO document_words (document_id, rules, words) VALUES (?, ?, ?)"
                + " ON CONFLICT (document_id) DO UPDATE SET rules = excluded.rules, words = excluded.words",
                document, rules, counts);
    }

    /** How many documents have counts under the current rules (for tests and the check). */
    public long countedDocuments() {
        return db.queryLong("SELECT COUNT(*) FROM document_words WHERE rules = ?", rules);
    }

    @Override
    public Map<Long, List<Turn>> turns(Collection<Long> documents) {
        Map<Long, List<Turn>> out = new HashMap<>();
        for (List<Long> batch : batches(documents)) {
            db.query("SELECT t.document_id, t.start, t.\"end\", t.speaker, COALESCE(c.id, 0) FROM turn t"
                    + " LEFT JOIN live_case c ON c.id = t.case_id WHERE t.document_id IN (" + placeholders(batch.size())
                    + ") ORDER BY t.document_id, t.start", rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Turn(rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getLong(5))), batch.toArray());
        }
        return out;
    }

    @Override
    public void texts(Collection<Long> documents, WordIndex.TextConsumer consumer) {
        for (List<Long> batch : batches(documents, 20)) {
            record Text(long id, String text) {
            }
            List<Text> texts = db.query("SELECT id, text FROM document WHERE id IN (" + placeholders(batch.size()) + ")"
                    + " ORDER BY id", rs -> new Text(rs.getLong(1), rs.getString(2)), batch.toArray());
            for (Text t : texts) {
                consumer.text(t.id(), t.text());
            }
        }
    }

    private static List<List<Long>> batches(Collection<Long> ids) {
        return batches(ids, BATCH);
    }

    private static List<List<Long>> batches(Collection<Long> ids, int size) {
        List<Long> sorted = new ArrayList<>(ids);
        java.util.Collections.sort(sorted);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += size) {
            out.add(sorted.subList(i, Math.min(sorted.size(), i + size)));
        }
        return out;
    }

    private static Object[] args(Object first, List<Long> rest) {
        Object[] a = new Object[rest.size() + 1];
        a[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            a[i + 1] = rest.get(i);
        }
        return a;
    }

    private static String placeholders(int n) {
        return n == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
