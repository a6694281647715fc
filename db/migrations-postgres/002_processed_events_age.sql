-- Every Slack request and Teams activity is claimed here once; the claims are kept for two days
-- (Slack retries within the hour) and pruned by the scheduler through this index.
CREATE INDEX processed_events_received ON processed_events(received_at);
