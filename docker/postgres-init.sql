-- One database per subgraph (DATABASE_URL + grassroots_<subgraph>, see kit/orm/orm-options.ts).
-- Runs once, when the PostgreSQL volume is first created.
CREATE DATABASE grassroots_grids;
CREATE DATABASE grassroots_party;
CREATE DATABASE grassroots_property;
CREATE DATABASE grassroots_elderly;
CREATE DATABASE grassroots_mediation;
