-- First start of the compose PostgreSQL: one role and one database per service, as in production
-- (a service never reads another's tables). The passwords are DEV-ONLY and public. C collation: prefix
-- searches (LIKE '王%') use the b-tree indexes only under it (deploy/README.md).
CREATE ROLE registry LOGIN PASSWORD 'registry-dev-password';
CREATE DATABASE bayu_registry OWNER registry ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
REVOKE ALL ON DATABASE bayu_registry FROM PUBLIC;

CREATE ROLE campaign LOGIN PASSWORD 'campaign-dev-password';
CREATE DATABASE bayu_campaign OWNER campaign ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0;
REVOKE ALL ON DATABASE bayu_campaign FROM PUBLIC;
