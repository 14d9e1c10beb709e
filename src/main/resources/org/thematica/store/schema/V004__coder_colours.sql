-- Each coder has a colour for the views that compare coders (agreement, disagreements, review).
-- NULL: not chosen; the coder then shows the palette colour of their place in the order coders
-- joined the project (model.CoderColours, the one home of the palette), so projects made before
-- this version need no colour written here and every copy of a project agrees.
ALTER TABLE coder ADD COLUMN colour TEXT
    CHECK (colour IS NULL OR (length(colour) = 7 AND colour GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'));
