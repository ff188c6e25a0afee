-- slot.repeat_of references slot(id) ON DELETE SET NULL. Without an index on the referencing column,
-- every deleted slot makes PostgreSQL scan the whole slot table for repeats of it: deleting the bench's
-- 972,500 generated slots had not finished after 12 minutes. Only repeats carry a value.
CREATE INDEX slot_repeat_of_idx ON slot (repeat_of) WHERE repeat_of IS NOT NULL;
