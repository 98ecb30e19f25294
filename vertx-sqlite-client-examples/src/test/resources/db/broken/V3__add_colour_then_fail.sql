-- the first statement succeeds, the second is a syntax error: the migration must leave no trace
ALTER TABLE note ADD COLUMN colour TEXT;
CREATE TABLE label (id INTEGER PRIMARY KEY,);
