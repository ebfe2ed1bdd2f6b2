-- Replying the way people asked: letters in large print, and why a message went by another method than the preferred one.
alter table outgoing_message add column large_print boolean default false not null;
alter table outgoing_message add column route_note varchar(500);
-- Whether a message is to the person the feedback is from (routed by their preference), rather than to staff.
alter table outgoing_message add column to_person boolean default false not null;
