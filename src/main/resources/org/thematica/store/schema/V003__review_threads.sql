-- Thematica project file, schema version 3: review threads.
-- A review is a reviewer's verdict on a coding or on a code's definition (agree, disagree, or a
-- question), with a comment; replies to it ('reply', parent_id set) make a thread; the thread is
-- resolved when its verdict row has a resolved time. Version 1's table (verdicts on codings only,
-- 'unsure' for a question) was never written by a released build, but is carried over all the same.
CREATE TABLE review_v4 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    guid        TEXT NOT NULL UNIQUE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('coding', 'code')),
    target_id   INTEGER NOT NULL,
    parent_id   INTEGER REFERENCES review_v4 (id),
    reviewer_id INTEGER NOT NULL REFERENCES coder (id),
    verdict     TEXT NOT NULL CHECK (verdict IN ('agree', 'disagree', 'question', 'reply')),
    comment     TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    resolved    TEXT,
    resolved_by INTEGER REFERENCES coder (id),
    deleted     INTEGER NOT NULL DEFAULT 0,
    CHECK ((verdict = 'reply') = (parent_id IS NOT NULL))
);
INSERT INTO review_v4 (id, guid, target_kind, target_id, parent_id, reviewer_id, verdict, comment, created, deleted)
    SELECT id, guid, 'coding', coding_id, NULL, reviewer_id,
           CASE verdict WHEN 'unsure' THEN 'question' ELSE verdict END, comment, created, deleted
    FROM review;
DROP TABLE review;
ALTER TABLE review_v4 RENAME TO review;
CREATE INDEX review_target ON review (target_kind, target_id);
CREATE INDEX review_parent ON review (parent_id);
