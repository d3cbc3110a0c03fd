export { kyselyGenerator, kyselyGenerator as default, kyselyOptionsSchema } from "./kysely-generator.js";
