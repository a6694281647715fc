-- Reminders: bank holidays (the official list, cached), and outbox rows that must not go out late.

-- GOV.UK's bank-holidays.json, cached so a deployment that reached it once keeps the official
-- list through outages; date-holidays answers offline for years the cache does not cover.
CREATE TABLE bank_holidays (
  division   TEXT NOT NULL,                  -- england-and-wales
  date       TEXT NOT NULL,
  title      TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  PRIMARY KEY (division, date)
);

-- A reminder meant for before a meeting is never sent after it has started.
ALTER TABLE outbox ADD COLUMN expires_at TEXT;
-- The occasion a message belongs to (meeting:12, due:2012-10-31, round:2012-Q3), so moving or
-- cancelling a meeting can find its pending reminders.
ALTER TABLE outbox ADD COLUMN occasion TEXT;
CREATE INDEX outbox_occasion ON outbox(occasion, status);
