-- Chat: events already handled, and the outbox every message the bot sends goes through.

-- Slack retries an event (X-Slack-Retry-Num) with the same event_id; Teams may redeliver an
-- activity. The first insert wins; a redelivery finds its row and changes nothing.
CREATE TABLE processed_events (
  platform    TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (platform, event_id)
);

-- One delivery path: a message is recorded here before it is sent, claimed with a guarded
-- UPDATE, and marked sent with the platform's message id, so a restart neither loses nor repeats it.
CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  dedupe_key      TEXT NOT NULL UNIQUE,        -- e.g. reminder:12:10:slack:U123
  platform        TEXT NOT NULL CHECK (platform IN ('slack', 'teams')),
  recipient       TEXT NOT NULL,               -- Slack channel or user id; Teams conversation id
  thread_ref      TEXT,                        -- post in this thread (Slack thread_ts)
  kind            TEXT NOT NULL,               -- action_list, reminder, digest, reply, …
  view            TEXT NOT NULL,               -- JSON: the neutral ChatView to render
  action_ids      TEXT NOT NULL DEFAULT '[]',  -- JSON: the actions the message is about (thread replies)
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  lease_until     TEXT,
  conversation    TEXT,                        -- where it landed (a DM's D… channel)
  message_ref     TEXT,                        -- Slack ts / Teams activity id
  error           TEXT,
  created_at      TEXT NOT NULL,
  sent_at         TEXT
);
CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
CREATE INDEX outbox_message ON outbox(platform, conversation, message_ref);

-- Minutes sent in chat wait here between the preview and the secretariat's Confirm or Cancel.
CREATE TABLE pending_imports (
  token        TEXT PRIMARY KEY,
  file_name    TEXT,
  content      BLOB NOT NULL,
  requested_by TEXT NOT NULL,               -- audit actor, e.g. slack:U123
  created_at   TEXT NOT NULL,
  decided_at   TEXT,
  decision     TEXT CHECK (decision IN ('confirmed', 'cancelled'))
);
