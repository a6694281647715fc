-- A reminder run groups a committee's outstanding actions by owner, keeping those agreed before the
-- meeting and due by today: with the due date and the meeting in the index beside the status, that
-- read never visits the actions themselves (their text), only the index. It replaces the index on
-- (committee_id, status), whose every use it serves.
CREATE INDEX actions_reminding ON actions(committee_id, status, due_date, meeting_id);
DROP INDEX actions_committee_status;
