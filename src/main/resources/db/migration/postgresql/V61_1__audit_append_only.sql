-- The audit trail is append-only: rows can be inserted, never changed or removed, and the chain head only moves on.
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

create function audit_chain_head_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.last_id <> old.last_id + 1 then
        raise exception 'audit_chain_head only moves forward one entry at a time: % refused', tg_op using errcode = '42501';
    end if;
    return new;
end;
$$;

create trigger audit_chain_head_forward_only
    before update or delete on audit_chain_head
    for each row execute function audit_chain_head_forward_only();
