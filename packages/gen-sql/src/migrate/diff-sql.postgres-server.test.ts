import { describeMigrations } from "../test-support/migration-suite.js";

describeMigrations("PostgreSQL server");
