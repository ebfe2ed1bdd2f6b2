-- Codes compared byte by byte. References, types, statuses, service-area keys and the normalised email, phone and
-- postcode are machine-made ASCII codes looked up for equality or by range, never sorted for people to read; the
-- database's language collation gave them nothing but a slower comparison in every index entry written or searched
-- (a third of the work of writing a case goes into its indexes). Order and equality of ASCII codes are the same.
alter table feedback
    alter column reference type varchar(32) collate "C",
    alter column type type varchar(20) collate "C",
    alter column status type varchar(20) collate "C",
    alter column service_area type varchar(60) collate "C",
    alter column contact_email_normalised type varchar(254) collate "C",
    alter column contact_phone_normalised type varchar(20) collate "C",
    alter column postcode_normalised type varchar(8) collate "C";
