-- rows already in the table get the default
ALTER TABLE note ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
