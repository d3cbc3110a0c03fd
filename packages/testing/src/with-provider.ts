/**
 * The same schema with its datasource provider replaced (or a datasource added), so that one corpus schema can be
 * checked on several databases. Multi-file schemas are not needed by the corpus, so this takes one text.
 */
export function withProvider(schema: string, provider: string): string {
  const datasource = /datasource\s+(\w+)\s*\{[^}]*\}/.exec(schema);
  if (!datasource) return `datasource db {\n  provider = "${provider}"\n}\n\n${schema}`;
  const block = datasource[0].replace(/provider\s*=\s*"[^"]*"/, `provider = "${provider}"`);
  return schema.replace(datasource[0], block);
}
