--liquibase formatted sql

--changeset maang:002-function-set-updated-at splitStatements:false
-- BEFORE UPDATE trigger function: stamps updated_at with now() unless the statement set it
-- itself (the app may pass a time from its injected Clock: that value is kept).
CREATE FUNCTION set_updated_at() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$$;
--rollback DROP FUNCTION set_updated_at();

--changeset maang:002-function-reject-update splitStatements:false
-- BEFORE UPDATE trigger function for append-only tables. SQLSTATE 23001 (restrict_violation)
-- so drivers report an integrity violation, not a generic error.
CREATE FUNCTION reject_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'table % is append-only: UPDATE is not allowed', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;
--rollback DROP FUNCTION reject_update();
