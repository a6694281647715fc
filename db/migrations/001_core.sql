-- The committee's core record: organisations and their people, meetings and their minutes,
-- actions with every status update, and an audit log of every change.
-- Instants are stored as UTC ISO strings (…Z); dates as YYYY-MM-DD in the committee's zone.

CREATE TABLE organisations (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL UNIQUE,           -- folded case/spacing, see domain/names.ts
  slack_channel TEXT,                          -- an organisation's own channel, if it has one
  teams_channel TEXT,
  created_at  TEXT NOT NULL
);

-- "Home office", "HO" and "Home Office" are one owner.
CREATE TABLE organisation_aliases (
  alias_key       TEXT PRIMARY KEY,
  alias           TEXT NOT NULL,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE
);

CREATE TABLE people (
  id              INTEGER PRIMARY KEY,
  name            TEXT,
  organisation_id INTEGER REFERENCES organisations(id),
  role            TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'secretariat', 'chair')),
  slack_user_id   TEXT UNIQUE,
  teams_aad_id    TEXT UNIQUE,
  created_at      TEXT NOT NULL,
  CHECK (slack_user_id IS NOT NULL OR teams_aad_id IS NOT NULL OR name IS NOT NULL)
);

CREATE TABLE meetings (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  date       TEXT NOT NULL,                   -- local date of the meeting
  start_utc  TEXT,                            -- null when only the date is known
  end_utc    TEXT,
  zone       TEXT NOT NULL,
  location   TEXT,
  status     TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
  source     TEXT NOT NULL CHECK (source IN ('minutes', 'manual')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- One live meeting a day: the minutes of 17 April name 13 September, and the minutes of
-- 13 September must land on that same meeting.
CREATE UNIQUE INDEX meetings_one_per_day ON meetings(date) WHERE status <> 'cancelled';

CREATE TABLE agenda_items (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  number     TEXT NOT NULL,
  title      TEXT NOT NULL,
  position   INTEGER NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

CREATE TABLE attendance (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  organisation_id INTEGER REFERENCES organisations(id),
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL CHECK (kind IN ('present', 'apologies')),
  role            TEXT,
  deputising_for  TEXT,
  position        INTEGER NOT NULL
);
CREATE INDEX attendance_meeting ON attendance(meeting_id, kind, position);

CREATE TABLE minutes_imports (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,           -- the same text twice changes nothing
  meeting_id  INTEGER NOT NULL REFERENCES meetings(id),
  file_name   TEXT,
  imported_by TEXT NOT NULL,
  imported_at TEXT NOT NULL
);

-- AUTOINCREMENT so that an action id (A7) is never reused, even after a delete.
CREATE TABLE actions (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  meeting_id  INTEGER REFERENCES meetings(id),
  item        TEXT,
  text        TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'blocked', 'done', 'cancelled')),
  due_date    TEXT,                           -- null: by the next meeting
  source      TEXT NOT NULL CHECK (source IN ('minutes', 'manual')),
  position    INTEGER,                        -- order within its minutes, to match a corrected re-import
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX actions_meeting ON actions(meeting_id, position);
CREATE INDEX actions_status ON actions(status);

CREATE TABLE action_owners (
  action_id       INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  position        INTEGER NOT NULL,
  PRIMARY KEY (action_id, organisation_id)
);
CREATE INDEX action_owners_org ON action_owners(organisation_id);

CREATE TABLE status_updates (
  id             INTEGER PRIMARY KEY,
  action_id      INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
  at_utc         TEXT NOT NULL,
  person_id      INTEGER REFERENCES people(id),
  by_label       TEXT NOT NULL,               -- chat id of the person, or the CLI's --by
  status         TEXT NOT NULL,               -- the action's status after this update
  status_changed INTEGER NOT NULL CHECK (status_changed IN (0, 1)),
  note           TEXT,
  source         TEXT NOT NULL CHECK (source IN ('slack', 'teams', 'cli', 'import')),
  source_ref     TEXT UNIQUE                  -- the chat message or event it came from: a retry is recorded once
);
CREATE INDEX status_updates_action ON status_updates(action_id, at_utc, id);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at_utc    TEXT NOT NULL,
  actor     TEXT NOT NULL,
  change    TEXT NOT NULL,                    -- e.g. action.edit, organisation.merge
  entity    TEXT NOT NULL,
  entity_id TEXT,
  detail    TEXT                              -- JSON: before/after
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
