-- minzheng payout ledger, schema version 1. Never edit after release: add V2__….sql instead.
-- Money is integer fen (分); months are the first day of the month.
--
-- Amended before its first release (0.2 development, issue 9 meeting issue 11): payout_line.corrects
-- (what a correction corrects, part of its idempotency key), the WAIVER kind's sign, and
-- payout_stamp.known_on (the knowledge date of a calculation). No released build ever wrote this
-- schema, so it was amended in place rather than upgraded by a V2: a V2 would carry, for ever, an
-- upgrade path from a schema no bureau has. A development database migrated with the earlier text is
-- refused by Flyway's checksum validation; drop its schema and migrate again.

-- The standards stamps lines refer to (library version, standards modules and versions, parameter hash,
-- and the knowledge date of the calculation when it was not the day it ran: Stamp.knownOn, null when
-- none). A stamp is recorded once: the unique index treats a null known_on as one value.
CREATE TABLE payout_stamp (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  library_version text    NOT NULL,
  modules         jsonb   NOT NULL,
  parameter_hash  text    NOT NULL,
  known_on        date
);
CREATE UNIQUE INDEX payout_stamp_unique
  ON payout_stamp (library_version, modules, parameter_hash, (coalesce(known_on, 'infinity'::date)));

-- One row per committed run. A run's row and lines are written in one transaction; seq is the run's
-- number in the ledger (1, 2, 3 …), set as the transaction commits, so it is never null once visible.
CREATE TABLE payout_run (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  seq         bigint      UNIQUE,
  kind        text        NOT NULL, -- RunKind's name
  period      date        NOT NULL CHECK (extract(day FROM period) = 1),
  run_month   date        NOT NULL CHECK (extract(day FROM run_month) = 1),
  lines       bigint      NOT NULL DEFAULT 0,
  amount_fen  bigint      NOT NULL DEFAULT 0,
  recorded_at timestamptz NOT NULL DEFAULT now()
);

-- One row per payout line. idempotency_key is PayoutLine.idempotencyKey(), e.g.
-- 2020-01|DIBAO|HOUSEHOLD:410402-0001|REGULAR or 2020-01|DIBAO|PERSON:4104…|BACK_PAY|2020-09|g0 57000>60000
-- (a correction's key ends with its run month and what it corrects, PayoutLine.corrects):
-- the database refuses a second line with the same key, whatever program writes it. Keys compare
-- byte by byte (COLLATE "C"): they are identifiers, not text to sort for people, and that is faster.
-- run_id is the payout_run row written in the same transaction, stamp_id a payout_stamp row committed
-- before the run's first line that uses it (stamps are never deleted). Neither is declared a foreign
-- key: checking them row by row nearly doubled the server's work per line (9 against 5 microseconds
-- in LedgerJdbcBenchmark's measurements) for facts the ledger's own writes keep.
-- beneficiary and payee are KIND:id (HOUSEHOLD:…, PERSON:…, INSTITUTION:…, CASE:…).
CREATE TABLE payout_line (
  run_id          bigint   NOT NULL,
  line_no         integer  NOT NULL,
  idempotency_key text     COLLATE "C" NOT NULL,
  run_month       date     NOT NULL,
  period          date     NOT NULL,
  scheme          text     NOT NULL,
  beneficiary     text     NOT NULL,
  payee           text     NOT NULL,
  household_id    text     NOT NULL,
  region          text     NOT NULL,
  kind            text     COLLATE "C" NOT NULL, -- PayoutKind's name
  amount_fen      bigint   NOT NULL,
  persons         integer  NOT NULL CHECK (persons >= 1),
  stamp_id        integer  NOT NULL,
  -- PayoutLine.corrects: for a correction or waiver, what it corrects ('g<n> <paid>><owed>', a waiver's
  -- reason after it); '' for regular and one-off lines. Also inside idempotency_key; kept as a column so
  -- the line reads back whole without parsing the key.
  corrects        text     NOT NULL DEFAULT '',
  CONSTRAINT payout_line_pk PRIMARY KEY (run_id, line_no),
  CONSTRAINT payout_line_idempotency_key UNIQUE (idempotency_key),
  -- the sign of each kind's amount (PayoutKind); a kind a later release adds is not refused here
  CONSTRAINT payout_line_amount_sign CHECK (
    (kind NOT IN ('REGULAR', 'ONE_OFF') OR amount_fen >= 0) AND (kind <> 'BACK_PAY' OR amount_fen > 0)
    AND (kind NOT IN ('RECOVERY', 'WAIVER') OR amount_fen < 0)),
  -- only a correction (back pay, recovery, waiver) says what it corrects
  CONSTRAINT payout_line_corrects CHECK (corrects = '' OR kind IN ('BACK_PAY', 'RECOVERY', 'WAIVER'))
);

-- A run reads the keys of the (run month, kind) partitions its lines fall in; lines are read back in
-- the order recorded (run seq, then line_no, through the primary key).
CREATE INDEX payout_line_partition ON payout_line (run_month, kind);
