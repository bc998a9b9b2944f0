-- Listings of one actor on either side read its source side and its target side apart, each in
-- date order along one of these (query.rs `sides`), and merge the two pages; they replace the
-- indexes by country and sector, whose queries they serve as well.
CREATE INDEX events_source_date ON events (source_country, date_first, date_last);
CREATE INDEX events_target_date ON events (target_country, date_first, date_last);
DROP INDEX events_source;
DROP INDEX events_target;
