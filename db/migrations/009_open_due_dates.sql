-- The scheduler asks every minute which open actions have due dates of their own, and on the days
-- one's reminder is due it reads only those actions: both through this index, not the whole table.
CREATE INDEX actions_open_due ON actions(committee_id, due_date)
  WHERE due_date IS NOT NULL AND status IN ('open', 'in_progress', 'blocked');
