-- Thematica project file, schema version 1.
-- Rows that users delete are soft-deleted (deleted = 1) so that undo restores them exactly,
-- with the same ids; the live_* views are what every reader uses.
-- Ids use AUTOINCREMENT so an id is never reused, which lets undo re-create a row under its old id.

CREATE TABLE project_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE coder (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    guid    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);

CREATE TABLE document (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('interview', 'source')),
    text        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    origin      TEXT,
    format      TEXT NOT NULL,
    encoding    TEXT,
    length      INTEGER NOT NULL,
    word_count  INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by INTEGER REFERENCES coder (id),
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX document_live_name ON document (name) WHERE deleted = 0;

-- Speaker turns found at import; case_id links a speaker's turns to a participant.
CREATE TABLE turn (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document (id),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    speaker     TEXT NOT NULL,
    start_ms    INTEGER NOT NULL DEFAULT -1,
    end_ms      INTEGER NOT NULL DEFAULT -1,
    case_id     INTEGER REFERENCES "case" (id),
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX turn_document ON turn (document_id, start);

CREATE TABLE sync_point (
    document_id INTEGER NOT NULL REFERENCES document (id),
    "offset"    INTEGER NOT NULL,
    time_ms     INTEGER NOT NULL
);
CREATE INDEX sync_point_document ON sync_point (document_id, "offset");

CREATE TABLE "case" (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX case_live_name ON "case" (name) WHERE deleted = 0;

CREATE TABLE attribute (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'boolean'))
);

CREATE TABLE case_attribute (
    case_id      INTEGER NOT NULL REFERENCES "case" (id),
    attribute_id INTEGER NOT NULL REFERENCES attribute (id),
    value        TEXT NOT NULL,
    PRIMARY KEY (case_id, attribute_id)
);

CREATE TABLE document_case (
    document_id INTEGER NOT NULL REFERENCES document (id),
    case_id     INTEGER NOT NULL REFERENCES "case" (id),
    PRIMARY KEY (document_id, case_id)
);

CREATE TABLE code (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    colour      TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    parent_id   INTEGER REFERENCES code (id),
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX code_live_name ON code (name) WHERE deleted = 0;

CREATE TABLE theme (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('candidate', 'reviewed', 'final')),
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX theme_live_name ON theme (name) WHERE deleted = 0;

CREATE TABLE theme_code (
    theme_id INTEGER NOT NULL REFERENCES theme (id),
    code_id  INTEGER NOT NULL REFERENCES code (id),
    PRIMARY KEY (theme_id, code_id)
);
CREATE INDEX theme_code_code ON theme_code (code_id);

CREATE TABLE theme_link (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    guid          TEXT NOT NULL UNIQUE,
    from_theme_id INTEGER NOT NULL REFERENCES theme (id),
    to_theme_id   INTEGER NOT NULL REFERENCES theme (id),
    label         TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT 'leads-to',
    deleted       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE map_position (
    theme_id INTEGER PRIMARY KEY REFERENCES theme (id),
    x        REAL NOT NULL,
    y        REAL NOT NULL
);

CREATE TABLE coding (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guid        TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES document (id),
    code_id     INTEGER NOT NULL REFERENCES code (id),
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    coder_id    INTEGER NOT NULL REFERENCES coder (id),
    created     TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX coding_document ON coding (document_id, start);
CREATE INDEX coding_code ON coding (code_id);

CREATE TABLE memo (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guid        TEXT NOT NULL UNIQUE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'case', 'code', 'theme', 'coding')),
    target_id   INTEGER NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    author_id   INTEGER NOT NULL REFERENCES coder (id),
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX memo_target ON memo (target_kind, target_id);

CREATE TABLE review (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guid        TEXT NOT NULL UNIQUE,
    coding_id   INTEGER NOT NULL REFERENCES coding (id),
    reviewer_id INTEGER NOT NULL REFERENCES coder (id),
    verdict     TEXT NOT NULL CHECK (verdict IN ('agree', 'disagree', 'unsure')),
    comment     TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX review_coding ON review (coding_id);

-- The edit log: undo/redo stack and audit trail in one.
-- action 'do' rows carry the edit (redo) and its inverse (undo) as JSON; state says whether
-- the edit is currently applied, undone (redoable) or discarded (a new edit cut the redo branch).
-- 'undo' and 'redo' rows are audit entries pointing at the 'do' row they acted on.
CREATE TABLE history (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    time    TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('do', 'undo', 'redo')),
    label   TEXT NOT NULL,
    target  INTEGER REFERENCES history (id),
    redo    TEXT,
    undo    TEXT,
    state   TEXT CHECK (state IN ('applied', 'undone', 'discarded'))
);
CREATE INDEX history_state ON history (action, state, id);

CREATE VIEW live_document AS SELECT * FROM document WHERE deleted = 0;
CREATE VIEW live_code AS SELECT * FROM code WHERE deleted = 0;
CREATE VIEW live_theme AS SELECT * FROM theme WHERE deleted = 0;
CREATE VIEW live_case AS SELECT * FROM "case" WHERE deleted = 0;
CREATE VIEW live_coding AS
    SELECT c.* FROM coding c
    JOIN document d ON d.id = c.document_id AND d.deleted = 0
    JOIN code k ON k.id = c.code_id AND k.deleted = 0
    WHERE c.deleted = 0;
CREATE VIEW live_theme_code AS
    SELECT tc.* FROM theme_code tc
    JOIN theme t ON t.id = tc.theme_id AND t.deleted = 0
    JOIN code k ON k.id = tc.code_id AND k.deleted = 0;
CREATE VIEW live_theme_link AS
    SELECT l.* FROM theme_link l
    JOIN theme a ON a.id = l.from_theme_id AND a.deleted = 0
    JOIN theme b ON b.id = l.to_theme_id AND b.deleted = 0
    WHERE l.deleted = 0;

-- Full-text search over document text. External content: the text is stored once, in document.
CREATE VIRTUAL TABLE document_fts USING fts5 (
    text, content = 'document', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
    INSERT INTO document_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER document_fts_update AFTER UPDATE OF text ON document BEGIN
    INSERT INTO document_fts (document_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO document_fts (rowid, text) VALUES (new.id, new.text);
END;
