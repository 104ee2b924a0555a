-- FrontDoor on PostgreSQL with two roles (docs/going-live.md, "The audit log"):
--   frontdoor_owner owns the schema and runs the migrations: dotnet FrontDoor.dll migrate, with its connection string;
--   frontdoor_app is the application's own role: it reads and writes data, cannot change the schema, and can only add
--   audit entries and seal each once, never change or remove one.
-- Create the roles and the database first, as a superuser (passwords are set with \password, never kept in a file):
--   CREATE ROLE frontdoor_owner LOGIN;
--   CREATE ROLE frontdoor_app LOGIN;
--   CREATE DATABASE frontdoor OWNER frontdoor_owner;
-- Then run the migrations as frontdoor_owner, and then this file in the frontdoor database as frontdoor_owner:
--   psql -U frontdoor_owner -d frontdoor -f docs/postgres-roles.sql

GRANT USAGE ON SCHEMA public TO frontdoor_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO frontdoor_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO frontdoor_app;

-- Tables and sequences later migrations add get the same.
ALTER DEFAULT PRIVILEGES FOR ROLE frontdoor_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO frontdoor_app;
ALTER DEFAULT PRIVILEGES FOR ROLE frontdoor_owner IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO frontdoor_app;

-- The audit log: added to, and sealed into its chain once (its place and hash), never changed or removed.
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEntries" FROM frontdoor_app;
GRANT UPDATE ("Seq", "Hash") ON "AuditEntries" TO frontdoor_app;
