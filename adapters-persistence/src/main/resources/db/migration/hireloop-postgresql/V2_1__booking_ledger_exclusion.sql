-- PostgreSQL only (HireloopSchema adds this location when the database is PostgreSQL; H2 serialises the ledger's
-- writes with booking_ledger_locks and checks for overlaps in the adapter instead).
--
-- The guarantee behind "no double booking, ever": no two bookings of one recruiter that hold their range
-- (PENDING or CONFIRMED with a held range) may have overlapping held ranges. Ranges are half-open, so a booking
-- held until 10:00 and one held from 10:00 do not overlap. The database refuses a violating row (SQLState 23P01)
-- whichever node, transaction or tool writes it; the adapter reports that as booking.slot-taken.
--
-- The constraint needs btree_gist (equality on uuid inside a GiST index). It is a trusted extension: a role with
-- CREATE on the database (for example its owner) may install it; otherwise a DBA runs
-- "CREATE EXTENSION btree_gist WITH SCHEMA public;" once beforehand, and this statement does nothing.
-- It is installed in public, never in the Hireloop schema: dropping a schema that contains an extension drops the
-- extension, and with it every constraint in every other schema that uses its operator classes. An extension
-- exists once per database, so when it is already installed (in whichever schema) it is left where it is; the
-- check comes first so that no privilege is needed then (and no "already exists" notice is logged).
-- The advisory lock makes schemas migrating at the same moment (nodes, parallel test runs) take turns here: two
-- concurrent checks could otherwise both find it missing, and the second CREATE EXTENSION would fail.
SELECT pg_advisory_xact_lock(7342551837266108416);
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'btree_gist') THEN
        CREATE EXTENSION btree_gist WITH SCHEMA public;
    END IF;
END
$$;

ALTER TABLE bookings ADD CONSTRAINT bookings_held_range_ex EXCLUDE USING gist (
    recruiter_id WITH =,
    tstzrange(held_start, held_end, '[)') WITH &&
) WHERE (status IN ('PENDING', 'CONFIRMED') AND held_start IS NOT NULL);
