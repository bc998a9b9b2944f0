-- Entities, events and quotes are counted by the writer, once per batch (tally.rs), instead of
-- by a trigger per inserted row; their delete triggers stay, for every way rows leave.
DROP TRIGGER tally_entity_insert;
DROP TRIGGER tally_event_insert;
DROP TRIGGER tally_quote_insert;
