import { sig, type Signal } from './signal.js';

/** SQL, YAML keys, INI/TOML, diff, Markdown, GraphQL. */
export function dataSignals(): Signal[] {
  return [
    sig('sql', 4, /^(SELECT|select) (DISTINCT |TOP \d+ )?[\w*"`[(.]/, '`SELECT` statement', { cap: 3 }),
    sig(
      'sql',
      5,
      /^(INSERT INTO|insert into|DELETE FROM|delete from|TRUNCATE TABLE) [\w."`[]+/,
      '`INSERT INTO`/`DELETE FROM`',
      { cap: 3 },
    ),
    sig(
      'sql',
      5,
      /^(CREATE|create|ALTER|alter|DROP|drop) (OR REPLACE )?(TABLE|VIEW|INDEX|UNIQUE INDEX|DATABASE|SCHEMA|PROCEDURE|FUNCTION|TRIGGER|USER|ROLE|table|view|index|database|schema|procedure|function|trigger|user|role) /,
      '`CREATE TABLE`-style DDL',
      { cap: 3 },
    ),
    sig('sql', 3, /^(UPDATE|update) [\w."`[\]]+ (SET|set)\b/, '`UPDATE ... SET`'),
    sig(
      'sql',
      5,
      /^(CREATE|ALTER|DROP) (PARTITION (FUNCTION|SCHEME)|CERTIFICATE|MASTER KEY|SEQUENCE|EXTENSION|POLICY|MATERIALIZED VIEW|TYPE|LOGIN) /,
      'DDL for partitions, keys, sequences and extensions',
      { cap: 2 },
    ),
    sig('sql', 3, /^(UPDATE|update) [\w."`[\]]+$/, '`UPDATE table` with `SET` below'),
    sig(
      'sql',
      3,
      /^(COPY [\w.]+ \(.*\) FROM |ON CONFLICT\b|EXEC(UTE)? [\w.]+|GO$|GRANT [\w, ]+ (ON|TO) )/,
      '`COPY`/`ON CONFLICT`/`EXEC`/`GO`/`GRANT`',
      { cap: 2 },
    ),
    sig('sql', 1, /^-- /, '`--` comment', { cap: 2 }),

    sig(
      'sql',
      2,
      /^(FROM|WHERE|GROUP BY|ORDER BY|HAVING|LIMIT|(INNER |LEFT |RIGHT |FULL |CROSS )?(OUTER )?JOIN|UNION( ALL)?|VALUES|SET|ON) /,
      'SQL clause keyword',
      { cap: 4 },
    ),
    sig(
      'sql',
      2,
      /^[\w"`]+ (INT|INTEGER|BIGINT|SERIAL|VARCHAR\(\d+\)|TEXT|BOOLEAN|DATE|TIMESTAMP|DECIMAL\([\d, ]+\)|UUID|NVARCHAR\(\w+\))\b/i,
      'column definition',
      { cap: 3 },
    ),
    sig('sql', 2, /\b(PRIMARY KEY|FOREIGN KEY|REFERENCES|NOT NULL|AUTO_INCREMENT)\b/, 'SQL constraint', {
      cap: 2,
    }),
    sig('sql', 1, /^(BEGIN|COMMIT|ROLLBACK|GRANT|REVOKE|USE) ?[\w;]/, 'SQL transaction/permission statement'),

    sig(
      'yaml',
      1.5,
      /^(apiVersion|kind|metadata|spec|services|version|volumes|networks|jobs|runs-on|steps|on|name|image|ports|environment|uses|with|env|containers|replicas|selector|template|labels|resources|data|stages|script|variables|depends_on|build|deploy|restart|command|hosts|tasks|vars|become): ?/,
      'well-known YAML key (compose/Kubernetes/CI)',
      { cap: 4 },
    ),
    sig('yaml', 0.5, /^- [\w-]+: /, 'list item holding a mapping', { cap: 2 }),

    sig('ini', 2, /^\[[A-Za-z][\w .:-]*\]$/, '`[section]` header', { cap: 3 }),
    sig('ini', 1.5, /^[A-Za-z][\w.-]* ?= ?[^"'[{\s][^;()]*$/, 'unquoted `key=value`', { cap: 3 }),
    sig('ini', 0.5, /^;/, '`;` comment'),
    sig('toml', 2, /^\[\[?[a-z][\w-]*(\.[\w"-]+)+\]\]?$/, 'dotted `[table.sub]` header', { cap: 2 }),
    sig('toml', 3, /^\[\[[\w.-]+\]\]$/, '`[[array-of-tables]]` header'),
    sig(
      'toml',
      1.5,
      /^[a-z][\w-]* = ("[^"]*"|'[^']*'|\[.*\]|\{.*\}|true|false|\d[\d.]*)$/,
      'typed `key = "value"`',
      { cap: 3 },
    ),

    sig('diff', 6, /^diff --git a\//, '`diff --git` header'),
    sig('diff', 5, /^@@ -\d+(,\d+)? \+\d+(,\d+)? @@/, '`@@ -a,b +c,d @@` hunk header', { cap: 2 }),
    sig('diff', 2, /^(---|\+\+\+) (a|b)\/\S/, '`--- a/` / `+++ b/` file header', { cap: 2 }),
    sig('diff', 1.5, /^index [0-9a-f]{7,}\.\.[0-9a-f]{7,}/, 'git index line'),

    sig('markdown', 2, /^#{1,6} [A-Z]/, 'Markdown heading', { cap: 2 }),
    sig(
      'markdown',
      2.5,
      /\[[^\]]{1,100}\]\((https?:\/\/|\.{0,2}\/|#)[^)\s]*\)/,
      'Markdown link `[text](url)`',
      { cap: 2 },
    ),
    sig('markdown', 2.5, /^!\[[^\]]*\]\([^)\s]+\)/, 'Markdown image'),
    sig('markdown', 2, /\*\*[^*]{1,60}\*\*/, '`**bold**` text', { cap: 2 }),
    sig('markdown', 3, /^\|? ?:?-{3,}:? ?\|/, 'table separator row'),
    sig('markdown', 2, /^(```|~~~)/, 'nested code fence', { cap: 2 }),
    sig('markdown', 0.5, /^[-*] \S/, 'bullet list item', { cap: 2 }),

    sig('graphql', 5, /^(query|mutation|subscription) [A-Z]\w*( ?\(.*\))? ?\{$/, 'named GraphQL operation', {
      cap: 2,
    }),
    sig(
      'graphql',
      4,
      /^(type|input|interface|enum) [A-Z]\w*( implements [\w& ]+)? ?\{$/,
      'GraphQL type definition',
      { cap: 3 },
    ),
    sig('graphql', 3, /^[a-z]\w*(\(.*\))?: \[?[A-Z]\w*!?\]?!$/, 'field with non-null type `name: Type!`', {
      cap: 3,
    }),
    sig(
      'graphql',
      4,
      /^(fragment \w+ on \w+|extend type \w+|schema|scalar \w+)/,
      'fragment/schema/scalar definition',
    ),
    sig('graphql', 2, /^(query|mutation|subscription) ?\{$/, 'anonymous GraphQL operation'),
    // Schema and query lines end without separators; `Up,` or `x: string;` are TypeScript or C-like.
    sig('graphql', -2, /[,;]$/, 'line ends with `,` or `;`', { cap: 3 }),
  ];
}
