-- idmg:foreign-keys-off
-- Several committees in one deployment. Every meeting, action (deadlines are actions with a due
-- date) and round belongs to one committee; agenda items and attendance belong through their
-- meeting. Organisations and people are shared; a person's role is per committee.
-- Foreign keys are off for this file (the runner turns them off around the transaction and runs
-- foreign_key_check before committing): SQLite refuses ADD COLUMN … REFERENCES … DEFAULT with
-- them on, and rounds must be rebuilt for its new unique key while submissions point at it.

CREATE TABLE committees (
  id             TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
  name           TEXT NOT NULL,
  aliases        TEXT NOT NULL DEFAULT '[]',       -- JSON list, as minutes write the title
  slack_channel  TEXT,
  teams_channel  TEXT,
  rounds_enabled INTEGER NOT NULL DEFAULT 0 CHECK (rounds_enabled IN (0, 1)),
  created_at     TEXT NOT NULL
);

INSERT INTO committees (id, name, aliases, rounds_enabled, created_at)
VALUES ('idmg', 'Inter-Departmental Ministerial Group on Human Trafficking', '["IDMG"]', 1,
        strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- A person may sit on several committees, with a role in each.
CREATE TABLE committee_members (
  committee_id TEXT NOT NULL REFERENCES committees(id),
  person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  role         TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'secretariat', 'chair')),
  PRIMARY KEY (committee_id, person_id)
);
CREATE INDEX committee_members_person ON committee_members(person_id);
INSERT INTO committee_members (committee_id, person_id, role) SELECT 'idmg', id, role FROM people;
ALTER TABLE people DROP COLUMN role;

ALTER TABLE meetings ADD COLUMN committee_id TEXT NOT NULL DEFAULT 'idmg' REFERENCES committees(id);
DROP INDEX meetings_one_per_day;
-- One live meeting a day per committee: the IDMG and its Board may meet on the same day.
CREATE UNIQUE INDEX meetings_one_per_day ON meetings(committee_id, date) WHERE status <> 'cancelled';
CREATE INDEX meetings_committee_next ON meetings(committee_id, status, date);

ALTER TABLE actions ADD COLUMN committee_id TEXT NOT NULL DEFAULT 'idmg' REFERENCES committees(id);
CREATE INDEX actions_committee_status ON actions(committee_id, status);

-- Chat imports remember the committee the secretariat chose in the preview.
ALTER TABLE pending_imports ADD COLUMN committee_id TEXT REFERENCES committees(id);

-- Rounds: one per committee and period (rebuilt: the period alone was unique).
CREATE TABLE rounds_new (
  id           INTEGER PRIMARY KEY,
  committee_id TEXT NOT NULL REFERENCES committees(id),
  period       TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  deadline_utc TEXT NOT NULL,
  expected     TEXT,
  opened_at    TEXT NOT NULL,
  opened_by    TEXT NOT NULL,
  closed_at    TEXT,
  UNIQUE (committee_id, period)
);
INSERT INTO rounds_new (id, committee_id, period, status, deadline_utc, expected, opened_at, opened_by, closed_at)
  SELECT id, 'idmg', period, status, deadline_utc, expected, opened_at, opened_by, closed_at FROM rounds;
DROP TABLE rounds;
ALTER TABLE rounds_new RENAME TO rounds;

-- Every delivery key names its committee, so one person on two committees with the same due date
-- or quarter gets both; keys already recorded are rewritten so nothing sent is sent again.
-- (meeting:N keys already name one committee's meeting.)
UPDATE outbox SET dedupe_key = 'reminder:due:idmg:' || substr(dedupe_key, length('reminder:due:') + 1)
  WHERE dedupe_key LIKE 'reminder:due:%';
UPDATE outbox SET dedupe_key = 'round-open:idmg:' || substr(dedupe_key, length('round-open:') + 1)
  WHERE dedupe_key LIKE 'round-open:%';
UPDATE outbox SET dedupe_key = 'round-chase:idmg:' || substr(dedupe_key, length('round-chase:') + 1)
  WHERE dedupe_key LIKE 'round-chase:%';
UPDATE outbox SET dedupe_key = 'round-report:idmg:' || substr(dedupe_key, length('round-report:') + 1)
  WHERE dedupe_key LIKE 'round-report:%';
UPDATE outbox SET occasion = 'due:idmg:' || substr(occasion, length('due:') + 1) WHERE occasion LIKE 'due:%';
UPDATE outbox SET occasion = 'round:idmg:' || substr(occasion, length('round:') + 1) WHERE occasion LIKE 'round:%';
