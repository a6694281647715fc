-- The Strategy Board's quarterly rounds: one per period, the replies in its thread as submissions.
CREATE TABLE rounds (
  id           INTEGER PRIMARY KEY,
  period       TEXT NOT NULL UNIQUE,          -- 2012-Q3 or FY2012-Q1: opening twice finds this row
  status       TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  deadline_utc TEXT NOT NULL,
  expected     TEXT,                          -- JSON list of organisation ids the secretariat set; null: those with a mapped person
  opened_at    TEXT NOT NULL,
  opened_by    TEXT NOT NULL,
  closed_at    TEXT
);

CREATE TABLE submissions (
  id              INTEGER PRIMARY KEY,
  round_id        INTEGER NOT NULL REFERENCES rounds(id),
  organisation_id INTEGER REFERENCES organisations(id),   -- null: from someone unmapped, held for the secretariat
  person_id       INTEGER REFERENCES people(id),
  by_label        TEXT NOT NULL,                           -- chat id of the sender
  platform        TEXT NOT NULL CHECK (platform IN ('slack', 'teams', 'cli')),
  message_ref     TEXT NOT NULL UNIQUE,                    -- platform:conversation:message: an edit finds it, a redelivery is ignored
  text            TEXT NOT NULL,
  submitted_at    TEXT NOT NULL,
  edited_at       TEXT,
  withdrawn_at    TEXT,                                    -- a deleted reply
  late            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX submissions_round ON submissions(round_id, submitted_at, id);
