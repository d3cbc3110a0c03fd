/** `gen --help`. */
export const usage = `gen — Cardinal: TypeScript types, zod schemas, Mermaid diagrams and SQL from a Prisma schema

Usage
  gen [generate] [options]   run the generators and write their files
  gen check [options]        exit 1 if the files on disk are stale, missing or extra (formatting is ignored)
  gen validate [--format pretty|json]
                             diagnostics only
  gen watch [options]        generate, then again on every schema or config change (also: gen --watch)
  gen init                   write a commented cardinal.config.ts, and an example schema if there is none

Options
  --schema <path>            schema file or folder (default: config, package.json prisma.schema, prisma/schema.prisma,
                             prisma/schema/, schema.prisma)
  --out <dir>                output folder, one subfolder per generator (default: config, else "generated")
  --only <list>              only these generators: types,zod,mermaid,sql
  --dialect <list>           SQL dialects: postgresql,mysql,sqlite (default: the datasource's)
                             On MongoDB, sql is skipped with a note; asking for it (--only sql, --dialect) exits 2.
  --docs <file>              keep the Mermaid diagram between <!-- cardinal:mermaid:start/end --> markers in this
                             Markdown file (repeatable; default: config generators.mermaid.docs)
  --config <path>            config file (default: cardinal.config.{ts,mts,cts,js,mjs,cjs,json})
  --dry-run                  say what would change, write nothing
  --json                     machine-readable result on stdout
  --quiet                    print only errors
  --force                    allow an output folder outside the project, or one reached through a symbolic link
  --debug                    print the stack trace of an error
  -h, --help                 this text
  -v, --version              the version

Exit codes: 0 success, 1 schema errors or stale output, 2 usage, config or file-system errors, 3 a bug.`;
