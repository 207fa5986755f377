-- A signed letter cannot change once SIGN has rendered it: its `documents` row (kind
-- SURAT_TERTANDA, with the SHA-256 that public verification compares against) refuses UPDATE and
-- DELETE, no row becomes SURAT_TERTANDA by an UPDATE, and the stored bytes (document_files) are
-- insert-only. TRUNCATE of either table is refused too. The same on PGlite and PostgreSQL.
CREATE OR REPLACE FUNCTION sigap_refuse_signed_letter_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'signed letters are immutable: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER documents_signed_letter_no_update
  BEFORE UPDATE ON documents
  FOR EACH ROW WHEN (OLD.kind = 'SURAT_TERTANDA' OR NEW.kind = 'SURAT_TERTANDA')
  EXECUTE FUNCTION sigap_refuse_signed_letter_change();
--> statement-breakpoint
CREATE TRIGGER documents_signed_letter_no_delete
  BEFORE DELETE ON documents
  FOR EACH ROW WHEN (OLD.kind = 'SURAT_TERTANDA')
  EXECUTE FUNCTION sigap_refuse_signed_letter_change();
--> statement-breakpoint
CREATE TRIGGER documents_no_truncate
  BEFORE TRUNCATE ON documents
  FOR EACH STATEMENT EXECUTE FUNCTION sigap_refuse_signed_letter_change();
--> statement-breakpoint
CREATE TRIGGER document_files_insert_only
  BEFORE UPDATE OR DELETE ON document_files
  FOR EACH ROW EXECUTE FUNCTION sigap_refuse_signed_letter_change();
--> statement-breakpoint
CREATE TRIGGER document_files_no_truncate
  BEFORE TRUNCATE ON document_files
  FOR EACH STATEMENT EXECUTE FUNCTION sigap_refuse_signed_letter_change();
