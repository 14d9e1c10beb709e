package org.thematica.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Version 3 turns version 1's reviews (codings only, 'unsure') into threads without losing one. */
class ReviewMigrationTest {
    @Test
    void aVersionTwoReviewBecomesAQuestionOnItsCoding() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            Migrations.migrate(c, 0, 2);
            s.execute("INSERT INTO coder (id, guid, name, created) VALUES (1, 'g-coder', 'Ann', 't')");
            s.execute("INSERT INTO document (id, guid, name, kind, text, sha256, origin, format, encoding, length,"
                    + " word_count, imported_at, imported_by) VALUES (1, 'g-doc', 'P01', 'interview', 'some text',"
                    + " 'x', 'P01.txt', 'txt', 'UTF-8', 9, 2, 't', 1)");
            s.execute("INSERT INTO code (id, guid, name, colour) VALUES (1, 'g-code', 'c', '#000000')");
            s.execute("INSERT INTO coding (id, guid, document_id, code_id, start, \"end\", text, coder_id, created)"
                    + " VALUES (7, 'g-coding', 1, 1, 0, 4, 'some', 1, 't')");
            s.execute("INSERT INTO review (id, guid, coding_id, reviewer_id, verdict, comment, created, deleted)"
                    + " VALUES (3, 'g-review', 7, 1, 'unsure', 'why?', 't2', 0)");
            Migrations.migrate(c, 2, 3);
            try (ResultSet rs = s.executeQuery("SELECT id, guid, target_kind, target_id, parent_id, verdict, comment,"
                    + " created, resolved, deleted FROM review")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(3);
                assertThat(rs.getString(2)).isEqualTo("g-review");
                assertThat(rs.getString(3)).isEqualTo("coding");
                assertThat(rs.getLong(4)).isEqualTo(7);
                assertThat(rs.getObject(5)).isNull();
                assertThat(rs.getString(6)).isEqualTo("question");
                assertThat(rs.getString(7)).isEqualTo("why?");
                assertThat(rs.getString(8)).isEqualTo("t2");
                assertThat(rs.getObject(9)).isNull();
                assertThat(rs.getInt(10)).isZero();
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
