package org.thematica.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Child process: a program that ignores Thematica's lock (an older Thematica, the sqlite3
 * shell) opens the project for writing, reads it and closes it. If it finds SQLite's locks
 * gone, it believes itself alone and deletes the write-ahead log on closing.
 */
public final class OtherSqliteProgram {
    private OtherSqliteProgram() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
            rs.next();
        }
        System.out.println("done");
    }
}
