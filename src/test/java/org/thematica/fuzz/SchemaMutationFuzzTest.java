package org.thematica.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.thematica.edit.Batch;
import org.thematica.edit.Edit;
import org.thematica.edit.EditCodec;
import org.thematica.edit.Entity;
import org.thematica.edit.MoveCodings;
import org.thematica.edit.SetDeleted;
import org.thematica.model.MemoTarget;
import org.thematica.model.UserError;
import org.thematica.service.CodebookService;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;
import org.thematica.store.ProjectException;
import org.thematica.store.SchemaCheck;
import org.thematica.store.SchemaRepair;
import org.thematica.testing.ProjectDump;
import org.thematica.testing.TestProjects;

/**
 * The project opener fuzzed with schema mutations, beside the byte mutations of
 * {@link ProjectFileFuzzTest}: triggers, views, indexes and tables added, our views, triggers
 * and indexes rewritten or dropped, columns added to our tables. Every mutated project is refused
 * on opening (for writing, for reading, by a new person) with one line naming a mutated object,
 * left byte for byte as it was; {@code check}'s list names every mutated object; repair gives
 * back a project that opens, checks healthy and holds every row it held. History rows rewritten
 * at random are refused at undo or redo, or, when what they hold is consistent, lose nothing:
 * the opposite step gives every row back.
 */
class SchemaMutationFuzzTest {
    private static final List<String> TABLES = List.of("coder", "document", "code", "coding", "history", "memo",
            "theme", "turn", "project_info");
    private static final List<String> VIEWS = List.of("live_document", "live_code", "live_theme", "live_case",
            "live_coding", "live_theme_code", "live_theme_link");
    private static final List<String> TRIGGERS = List.of("document_fts_insert", "document_fts_delete",
            "document_fts_update");
    private static final List<String> INDEXES = List.of("coding_document", "coding_code", "turn_document",
            "memo_target", "history_state", "code_live_name");
    private static final List<String> BODIES = List.of("DELETE FROM coding;", "DELETE FROM memo;",
            "UPDATE coding SET code_id = (SELECT MIN(id) FROM code);", "UPDATE code SET name = name || '!';",
            "INSERT INTO project_info (key, value) VALUES ('pwned-' || random(), 'x');");

    static Path good;
    static String goodDump;

    @BeforeAll
    static void makeAProjectWithAHistory() throws Exception {
        Path dir = Files.createTempDirectory("fuzz-schema");
        try (Project p = TestProjects.create(dir)) {
            TestProjects.importText(p, dir, "A.txt", "Interviewer: Why?\nKarim: The militias came after the army left.\n"
                    .repeat(20));
            TestProjects.importText(p, dir, "B.txt", "Interviewer: And then?\nHuda: Violence, and later silence.\n"
                    .repeat(20));
            for (int i = 0; i < 12; i++) {
                p.coding().codeRange(i % 2 == 0 ? "A" : "B", "code " + (i % 4), i * 30, i * 30 + 20, null);
            }
            p.memos().add(MemoTarget.PROJECT, (String) null, "", "first thoughts");
            p.codebook().renameCode("code 1", "renamed");
            p.codebook().deleteCode("code 3", CodebookService.CodingsPolicy.MOVE, "code 2");
            p.memos().add(MemoTarget.CODE, "renamed", "", "a memo on a code");
            good = p.file();
        }
        goodDump = ProjectDump.of(good);
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.walk(good.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** Some DDL and the objects it makes foreign, altered or missing. */
    record Mutation(List<String> sql, List<String> objects) {
    }

    static Mutation schemaMutation(Random r) {
        List<String> sql = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String id = "x" + i + "_" + r.nextInt(1000);
            String table = TABLES.get(r.nextInt(TABLES.size()));
            switch (r.nextInt(8)) {
                case 0 -> {
                    sql.add("CREATE TRIGGER t_" + id + " " + (r.nextBoolean() ? "BEFORE" : "AFTER") + " "
                            + List.of("INSERT", "UPDATE", "DELETE").get(r.nextInt(3)) + " ON \"" + table + "\" BEGIN "
                            + BODIES.get(r.nextInt(BODIES.size())) + " END");
                    objects.add("trigger \"t_" + id + "\"");
                }
                case 1 -> {
                    sql.add(r.nextBoolean() ? "CREATE VIEW v_" + id + " AS SELECT * FROM \"" + table + "\""
                            : "CREATE VIEW v_" + id + " AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
                                    + " SELECT i FROM n");
                    objects.add("view \"v_" + id + "\"");
                }
                case 2 -> {
                    sql.add("CREATE INDEX i_" + id + " ON \"" + table + "\" (" + firstColumn(table) + ")");
                    objects.add("index \"i_" + id + "\"");
                }
                case 3 -> {
                    sql.add("CREATE TABLE loot_" + id + " (x TEXT)");
                    objects.add("table \"loot_" + id + "\"");
                }
                case 4 -> {
                    String view = VIEWS.get(r.nextInt(VIEWS.size()));
                    if (!objects.contains("view \"" + view + "\"")) {
                        sql.add("DROP VIEW " + view);
                        sql.add("CREATE VIEW " + view + " AS SELECT * FROM " + view.substring(5).replace("case", "\"case\"") + (r.nextBoolean() ? " WHERE deleted = 0 AND id % 2 = 0" : ""));
                        objects.add("view \"" + view + "\"");
                    }
                }
                case 5 -> {
                    String trigger = TRIGGERS.get(r.nextInt(TRIGGERS.size()));
                    if (!objects.contains("trigger \"" + trigger + "\"")) {
                        sql.add("DROP TRIGGER " + trigger);
                        if (r.nextBoolean()) {
                            sql.add("CREATE TRIGGER " + trigger + " AFTER INSERT ON document BEGIN DELETE FROM coding; END");
                        }
                        objects.add("trigger \"" + trigger + "\"");
                    }
                }
                case 6 -> {
                    String index = INDEXES.get(r.nextInt(INDEXES.size()));
                    if (!objects.contains("index \"" + index + "\"")) {
                        sql.add("DROP INDEX " + index);
                        objects.add("index \"" + index + "\"");
                    }
                }
                default -> {
                    if (!objects.contains("table \"" + table + "\"")) {
                        sql.add("ALTER TABLE \"" + table + "\" ADD COLUMN extra_" + id + " TEXT DEFAULT 'x'");
                        objects.add("table \"" + table + "\"");
                    }
                }
            }
        }
        return objects.isEmpty() ? schemaMutation(r) : new Mutation(sql, objects);
    }

    private static String firstColumn(String table) {
        return table.equals("project_info") ? "value" : table.equals("turn") ? "speaker" : "id";
    }

    private static Path copyOfGood(String name) throws Exception {
        Path dir = Files.createTempDirectory("fuzz-schema-case");
        Path file = dir.resolve(name);
        Files.copy(good, file);
        return file;
    }

    private static void execute(Path file, List<String> sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static String query(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.getString(1);
        }
    }

    private static String rowCounts(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String table : List.of("document", "coding", "code", "memo", "history", "coder", "turn")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    out.append(table).append('=').append(rs.getLong(1)).append(' ');
                }
            }
        }
        return out.toString();
    }

    private static void refusedAndRepaired(Mutation m) throws Exception {
        Path file = copyOfGood("mutated.thematica");
        String counts = rowCounts(file);
        execute(file, m.sql());
        byte[] mutated = Files.readAllBytes(file);
        String[] folder = file.getParent().toFile().list();
        for (Database.Mode mode : Database.Mode.values()) {
            assertThatThrownBy(() -> Project.open(file, mode, Settings.forUser("a new person")).close())
                    .isInstanceOf(ProjectException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith("mutated.thematica: ").doesNotContain("\n")
                            .satisfies(msg -> assertThat(m.objects()).anyMatch(msg::contains)));
        }
        assertThat(Files.readAllBytes(file)).as("a refused project is unchanged").isEqualTo(mutated);
        assertThat(file.getParent().toFile().list()).containsExactlyInAnyOrder(folder);
        List<String> named = SchemaCheck.of(file).stream().map(SchemaCheck.Difference::problem).toList();
        for (String object : m.objects()) {
            assertThat(named).as("check names " + object).anyMatch(p -> p.startsWith(object + " "));
        }

        SchemaRepair.Result repaired = SchemaRepair.repair(file, java.time.Instant.parse("2026-06-01T00:00:00Z"));
        assertThat(repaired.backup()).exists();
        assertThat(rowCounts(file)).as("repair keeps every row").isEqualTo(counts);
        assertThat(ProjectDump.of(file)).isEqualTo(goodDump);
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, Settings.forUser("a new person"))) {
            assertThat(p.check().run().problems()).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> aMutatedSchemaIsRefusedNamingTheObjectAndRepairedWithoutLoss() {
        return Seeds.cases("schema mutation", 40, SchemaMutationFuzzTest::schemaMutation,
                SchemaMutationFuzzTest::refusedAndRepaired);
    }

    /** A rewritten half of the newest step (the undo of an applied one, or the redo of an undone one). */
    record HistoryMutation(boolean undoFirst, boolean bothHalves, Edit edit) {
    }

    static HistoryMutation historyMutation(Random r) {
        List<Long> ids = new ArrayList<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            ids.add((long) (1 + r.nextInt(14)));
        }
        Entity entity = Entity.values()[r.nextInt(Entity.values().length)];
        Edit edit = switch (r.nextInt(4)) {
            case 0 -> new SetDeleted(entity, ids, r.nextBoolean());
            case 1 -> new MoveCodings(ids, 1 + r.nextInt(4), 1 + r.nextInt(4));
            case 2 -> Batch.of(new SetDeleted(Entity.DOCUMENT, List.of(1L, 2L), true),
                    new SetDeleted(Entity.CODING, ids, true));
            default -> new SetDeleted(Entity.DOCUMENT, List.of(1L, 2L), true);
        };
        return new HistoryMutation(r.nextBoolean(), r.nextInt(3) == 0, edit);
    }

    private static void refusedAtUndoOrLossless(HistoryMutation m) throws Exception {
        Path file = copyOfGood("history.thematica");
        EditCodec codec = new EditCodec();
        if (!m.undoFirst()) { // the newest step undone, so the rewritten half is a redo
            try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
                p.history().undo();
            }
        }
        String column = m.undoFirst() ? "undo" : "redo";
        String other = m.undoFirst() ? "redo" : "undo";
        String state = m.undoFirst() ? "applied" : "undone";
        List<String> sql = new ArrayList<>();
        sql.add("UPDATE history SET " + column + " = '" + codec.write(m.edit()) + "' WHERE id = (SELECT "
                + (m.undoFirst() ? "MAX" : "MIN") + "(id) FROM history WHERE action = 'do' AND state = '" + state + "')");
        if (m.bothHalves()) { // consistent: the other half is its exact inverse, as Thematica would store it
            Edit inverse = inverse(file, m.edit());
            sql.add("UPDATE history SET " + other + " = '" + codec.write(inverse) + "' WHERE id = (SELECT "
                    + (m.undoFirst() ? "MAX" : "MIN") + "(id) FROM history WHERE action = 'do' AND state = '" + state + "')");
        }
        String where = " FROM history WHERE id = (SELECT " + (m.undoFirst() ? "MAX" : "MIN")
                + "(id) FROM history WHERE action = 'do' AND state = '" + state + "')";
        Edit original = codec.read(query(file, "SELECT " + column + where));
        execute(file, sql);
        // one half rewritten into something else: the halves no longer reverse each other
        boolean mustRefuse = !m.bothHalves() && !original.equals(m.edit());
        String before = ProjectDump.of(file);
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            boolean stepped;
            try {
                stepped = (m.undoFirst() ? p.history().undo() : p.history().redo()).isPresent();
            } catch (UserError refused) {
                assertThat(refused.getMessage()).doesNotContain("\n").contains("nothing was changed");
                stepped = false;
            }
            assertThat(stepped && mustRefuse).as("a step whose halves do not reverse each other is refused").isFalse();
            if (stepped) { // consistent enough to run: the opposite step must give every row back
                var back = m.undoFirst() ? p.history().redo() : p.history().undo();
                assertThat(back).isPresent();
            }
        }
        assertThat(ProjectDump.of(file)).as("nothing is lost").isEqualTo(before);
    }

    /** What Thematica stores beside {@code edit}: soft deletion and recoding reverse themselves. */
    private static Edit inverse(Path file, Edit edit) {
        if (edit instanceof SetDeleted d) {
            return new SetDeleted(d.entity(), d.ids(), !d.deleted());
        }
        if (edit instanceof MoveCodings mc) {
            return new MoveCodings(mc.ids(), mc.toCodeId(), mc.fromCodeId());
        }
        List<Edit> reversed = new ArrayList<>();
        for (Edit e : ((Batch) edit).edits()) {
            reversed.add(0, inverse(file, e));
        }
        return new Batch(reversed);
    }

    @TestFactory
    Stream<DynamicTest> aRewrittenHistoryRowIsRefusedAtUndoOrLosesNothing() {
        return Seeds.cases("history mutation", 40, SchemaMutationFuzzTest::historyMutation,
                SchemaMutationFuzzTest::refusedAtUndoOrLossless);
    }

    @org.junit.jupiter.api.Test
    void theGoodProjectIsNotRefused() throws Exception {
        assertThat(SchemaCheck.of(good)).isEmpty();
        assertThat(Arrays.asList(good.getParent().toFile().list())).contains("test.thematica");
    }
}
