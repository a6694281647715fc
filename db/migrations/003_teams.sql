-- Teams: the bot can write first only with a saved conversation reference, so they live here
-- (not in memory), refreshed on every message because serviceUrl can change.
CREATE TABLE conversation_refs (
  conversation_id TEXT PRIMARY KEY,          -- without any ;messageid= thread suffix
  kind            TEXT NOT NULL,             -- personal, groupChat, channel
  aad_object_id   TEXT,                      -- the person, for a personal chat
  service_url     TEXT NOT NULL,
  reference       TEXT NOT NULL,             -- JSON ConversationReference
  updated_at      TEXT NOT NULL,
  unreachable_at  TEXT,                      -- set on 403/404: not retried, reported to the secretariat
  unreachable_reason TEXT
);
CREATE INDEX conversation_refs_person ON conversation_refs(aad_object_id, kind);
