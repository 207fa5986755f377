-- The case history is append-only: UPDATE, DELETE and TRUNCATE on step_history are refused
-- for every role, on PGlite and PostgreSQL alike. Rows are also hash-chained (see
-- apps/api/src/domain/history.ts), so an edit made after dropping this trigger is detected.
CREATE OR REPLACE FUNCTION sigap_refuse_history_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'step_history is append-only: % refused', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER step_history_append_only
  BEFORE UPDATE OR DELETE ON step_history
  FOR EACH ROW EXECUTE FUNCTION sigap_refuse_history_change();
--> statement-breakpoint
CREATE TRIGGER step_history_no_truncate
  BEFORE TRUNCATE ON step_history
  FOR EACH STATEMENT EXECUTE FUNCTION sigap_refuse_history_change();
