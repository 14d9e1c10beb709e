package org.thematica.store;

/** The repositories of one open project, built once and shared. */
public final class Repositories {
    public final Database db;
    public final ProjectInfoRepository info;
    public final CoderRepository coders;
    public final DocumentRepository documents;
    public final CaseRepository cases;
    public final CodeRepository codes;
    public final ThemeRepository themes;
    public final MapRepository map;
    public final CodingRepository codings;
    public final MemoRepository memos;
    public final ReviewRepository reviews;
    public final HistoryRepository history;
    public final SearchRepository search;
    public final StatsRepository stats;

    public Repositories(Database db) {
        this.db = db;
        this.info = new ProjectInfoRepository(db);
        this.coders = new CoderRepository(db);
        this.documents = new DocumentRepository(db);
        this.cases = new CaseRepository(db);
        this.codes = new CodeRepository(db);
        this.themes = new ThemeRepository(db);
        this.map = new MapRepository(db);
        this.codings = new CodingRepository(db);
        this.memos = new MemoRepository(db);
        this.reviews = new ReviewRepository(db);
        this.history = new HistoryRepository(db);
        this.search = new SearchRepository(db, documents);
        this.stats = new StatsRepository(db);
    }
}
