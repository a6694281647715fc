-- The parse shown in a chat preview, as the secretariat corrected it: Confirm stores this, not a
-- fresh reading of the file. NULL for previews made before corrections existed (read the file).
ALTER TABLE pending_imports ADD COLUMN parse_json TEXT;
