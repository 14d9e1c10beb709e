package org.thematica.service;

import java.nio.file.Path;
import org.thematica.edit.EditHistory;
import org.thematica.model.Coder;
import org.thematica.store.Database;
import org.thematica.store.ProjectException;
import org.thematica.store.Repositories;

/**
 * An open project and the services that work on it; the command line and the UI share it.
 * Every change goes through {@link #history()}.
 */
public final class Project implements AutoCloseable {
    private final Database db;
    private final Repositories repos;
    private final Settings settings;
    private volatile Coder coder;
    private final EditHistory history;

    private final ImportService imports;
    private final DocumentService documents;
    private final CodingService coding;
    private final CodebookService codebook;
    private final CaseService cases;
    private final MemoService memos;
    private final ReviewService reviews;
    private final AuditService audit;
    private final StatsService stats;
    private final CheckService check;
    private final WorkspaceService workspace;
    private final AnalysisService analysis;
    private final FigureSettingsService figureSettings;
    private final MapService map;
    private final WordCloudService wordCloud;
    private final AgreementService agreement;
    private final AdjudicationService adjudication;
    private final CoderService coders;

    private Project(Database db, Settings settings) {
        this.db = db;
        this.repos = new Repositories(db);
        this.settings = settings;
        this.coder = known(settings.coderName());
        this.history = new EditHistory(repos, this::now, settings.coderName());
        this.imports = new ImportService(this);
        this.documents = new DocumentService(this);
        this.coding = new CodingService(this);
        this.codebook = new CodebookService(this);
        this.cases = new CaseService(this);
        this.memos = new MemoService(this);
        this.reviews = new ReviewService(this);
        this.audit = new AuditService(this);
        this.stats = new StatsService(this);
        this.check = new CheckService(this);
        this.workspace = new WorkspaceService(this);
        this.analysis = new AnalysisService(this);
        this.figureSettings = new FigureSettingsService(this);
        this.map = new MapService(this);
        this.wordCloud = new WordCloudService(this);
        this.agreement = new AgreementService(this);
        this.adjudication = new AdjudicationService(this);
        this.coders = new CoderService(this);
    }

    /** Creates a project named after its file. */
    public static Project create(Path file, Settings settings) throws ProjectException {
        return create(file, file.getFileName().toString().replaceFirst("\\.thematica$", ""), settings);
    }

    public static Project create(Path file, String name, Settings settings) throws ProjectException {
        return new Project(Database.create(file, name, settings.guids().get(), settings.clock().get().toString()),
                settings);
    }

    public static Project open(Path file, Database.Mode mode, Settings settings) throws ProjectException {
        return new Project(Database.open(file, mode), settings);
    }

    public Path file() {
        return db.file();
    }

    public String name() {
        return repos.info.name();
    }

    /** One line the user should read about opening the project (a foreign write-ahead log set aside), if any. */
    public java.util.Optional<String> notice() {
        return db.notice();
    }

    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    /** True once the project's files were changed from outside and this session stopped saving. */
    public boolean isLost() {
        return db.isLost();
    }

    /** True when {@code file} is the project file or one of its sidecars (never to be read as a document). */
    public boolean isOwnFile(Path file) {
        return db.isOwnFile(file);
    }

    /** After anything in this process opened and closed the project's files (a file dialog). */
    public void renewLocks() {
        db.renewLocks();
    }

    public Repositories repos() {
        return repos;
    }

    public EditHistory history() {
        return history;
    }

    /** The person whose codings and edits this session records. */
    public Coder coder() {
        return known(coder.name()); // registered by the first edit this session makes
    }

    /** The name of the person this session records, without reading the project (safe on any thread). */
    public String coderName() {
        return coder.name();
    }

    /** Everyone who has coded, reviewed or changed this project, by name. */
    public java.util.List<String> coderNames() {
        return repos.coders.allNames();
    }

    /** Records the following edits and codings as made by {@code name} (scripts with several coders). */
    public void actAs(String name) {
        coder = coderNamed(name);
        history.setActor(coder.name());
    }

    /**
     * The coder with this name (null: this session's), as registered so far: a coder who has
     * made no edit yet has id 0. Use it to read; {@link #coderIn} is for writing.
     */
    public Coder coderNamed(String name) {
        return known(name == null ? coder.name() : name);
    }

    private Coder known(String name) {
        return repos.coders.byName(name).orElse(new Coder(0, "", name));
    }

    /**
     * The coder with this name (null: this session's), registered inside the edit's transaction
     * if new: a refused command rolls the registration back with everything else.
     */
    public Coder coderIn(EditHistory.Session session, String name) throws org.thematica.model.UserError {
        String who = org.thematica.model.Names.require(name == null ? coder.name() : name, "coder");
        return session.repos().coders.findOrCreate(who, newGuid(), now());
    }

    /** Backs the project up now (unless the newest backup already holds every change); see store.Backups. */
    public java.util.Optional<org.thematica.store.Backups.Backup> backUp(String reason) throws java.io.IOException {
        return org.thematica.store.Backups.backUp(db, reason, settings.clock().get(), false);
    }

    public String now() {
        return settings.clock().get().toString();
    }

    public String newGuid() {
        return settings.guids().get();
    }

    public ImportService imports() {
        return imports;
    }

    public DocumentService documents() {
        return documents;
    }

    public CodingService coding() {
        return coding;
    }

    public CodebookService codebook() {
        return codebook;
    }

    public CaseService cases() {
        return cases;
    }

    public MemoService memos() {
        return memos;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public AuditService audit() {
        return audit;
    }

    public CoderService coders() {
        return coders;
    }

    public StatsService stats() {
        return stats;
    }

    public CheckService check() {
        return check;
    }

    public WorkspaceService workspace() {
        return workspace;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public FigureSettingsService figureSettings() {
        return figureSettings;
    }

    /** Where themes stand on the thematic map. */
    public MapService map() {
        return map;
    }

    /** Word counts, stop words and the word cloud's occurrences. */
    public WordCloudService wordCloud() {
        return wordCloud;
    }

    /** Agreement between two coders. */
    public AgreementService agreement() {
        return agreement;
    }

    /** The passages where two coders differ, and their adjudication. */
    public AdjudicationService adjudication() {
        return adjudication;
    }

    @Override
    public void close() {
        db.close();
    }
}
