-- Thematica project file, schema version 2: word counts for the word cloud.
-- Each document's words as written and how often each occurs ("word TAB count" lines, sorted),
-- counted once at import: a stored text never changes, so neither do its counts. 'rules' is the
-- version of what counts as a word (analysis.DocumentWords.RULES); counts made under other
-- rules are counted again. Derived data, not part of the history: documents of a project made
-- before this version are counted the first time a word cloud needs them.
CREATE TABLE document_words (
    document_id INTEGER PRIMARY KEY REFERENCES document (id),
    rules       INTEGER NOT NULL,
    words       TEXT NOT NULL
);
