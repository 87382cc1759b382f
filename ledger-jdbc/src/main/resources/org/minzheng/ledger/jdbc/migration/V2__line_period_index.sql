-- minzheng payout ledger, schema version 2: the lines of some benefit months, read without reading the rest.
-- Never edit after release: add V3__….sql instead.
--
-- Reconciliation reads one benefit month (or a few) at a time (Ledger.forEachLineOf, PaidAmounts), run
-- by run in the order recorded. Through the primary key (run_id, line_no) that read visits every line of
-- every run and drops the other months' lines on the server: a month of a long history costs a pass over
-- the whole table. This index gives each run's lines of one month directly, already in line_no order.
-- Its entries are added in key order within a run (a run's period, its id, rising line numbers), so it
-- costs writes little.
CREATE INDEX payout_line_period ON payout_line (period, run_id, line_no);
