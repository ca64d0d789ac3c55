import { isCommandLine, pipesIntoCmdlet } from './shell-commands.js';
import { sig, type Signal } from './signal.js';

export const UNKNOWN_PROGRAM = 'unknown program with `--flag` arguments';
const UNKNOWN_COMMAND =
  /^[a-z][a-z0-9]*(-[a-z0-9]+)*( [a-z][\w.-]*){0,3} --?[a-zA-Z][\w-]*(=[^\s(){};]+)?( [^\s(){};,]+)*$/;

/** Shell, Dockerfile, Makefile, PowerShell, nginx, Terraform. */
export function opsSignals(): Signal[] {
  return [
    sig('bash', 8, /^#!\s?\/(usr\/)?(bin\/)?(env )?(ba|z|k)?sh\b/, 'shebang names a POSIX shell', {
      first: true,
      cap: 1,
    }),
    sig('bash', 2.5, isCommandLine, 'line starts with a known shell command', { cap: 6 }),
    sig('bash', 1, /^\$ [a-z./]/, 'line starts with a `$ ` prompt', { cap: 3 }),
    sig('bash', 2, /^(if|while|until) \[\[? .* \]\]?;? ?(then|do)?$/, '`if [ ... ]` test'),
    sig('bash', 2, /^(fi|done|esac|then|do)$/, 'shell block keyword (`fi`, `done`, ...)'),
    sig('bash', 1.5, /^for [a-zA-Z_]\w* in [^:]*(; do)?$/, '`for x in ...` loop'),
    sig(
      'bash',
      1.5,
      /^(export )?[A-Z_][A-Z0-9_]*=("[^"]*"|'[^']*'|\$\(|[^\s;=]*)$/,
      'shell variable assignment `NAME=value`',
    ),
    sig('bash', 1, /\s\\$/, 'line continuation with a trailing backslash'),
    sig('bash', 1, /\$\{?[A-Z_][A-Z0-9_]*\}?/, '`$VAR` expansion', { cap: 2 }),
    sig('bash', 1, / (--?[a-z][\w-]*)( |=|$)/, 'command-line flag', { cap: 2 }),
    // A program not in the list, used the way programs are: lower-case words, then `--flags`.
    sig(
      'bash',
      1.5,
      (l) => UNKNOWN_COMMAND.test(l) && !isCommandLine(l) && !pipesIntoCmdlet(l),
      UNKNOWN_PROGRAM,
      { cap: 2 },
    ),

    sig('bash', 1, /^[a-z_][\w]*\(\) ?\{$/, 'shell function definition'),
    sig('bash', 1, / (&&|\|\||\|) [a-z]/, 'commands chained with `&&`/`|`', { cap: 2 }),
    sig('bash', -1.5, /^[\w-]+ ?\{$|^\w+\(['"].*\) ?\{$/, 'block opener `name {` (not shell syntax)', {
      cap: 4,
    }),
    sig('bash', 1.5, /^cat <<-? ?['"]?[A-Z]+['"]?/, 'here-document'),

    sig('powershell', 4, /^[A-Z][a-z]+-[A-Z][A-Za-z]+( |$)/, 'line starts with a Verb-Noun cmdlet', {
      cap: 4,
    }),
    sig(
      'powershell',
      3,
      /\| ?(Select-Object|Where-Object|ForEach-Object|Out-\w+|Format-\w+|Sort-Object)\b/,
      'pipeline into a cmdlet',
    ),
    sig('powershell', 2, /^\$[A-Za-z_]\w* = [^;]*$/, '`$name = value` without a semicolon'),
    sig('powershell', 3, /\$env:[A-Za-z_]/, '`$env:` variable'),
    sig('powershell', 2, / -[A-Z][a-zA-Z]+( |$)/, 'PascalCase `-Parameter`', { cap: 2 }),
    sig('powershell', 3, /^PS [A-Z]:\\.*>/, '`PS C:\\>` prompt'),
    sig('powershell', 2, /^\[[A-Z][\w.]*\]\$/, '`[Type]$var` cast'),
    sig('powershell', 2, /^param ?\(/i, '`param(` block'),

    sig('dockerfile', 5, /^FROM [\w.\-/:${}@]+( (AS|as) [\w-]+)?$/, '`FROM image` instruction', { cap: 2 }),
    sig(
      'dockerfile',
      3,
      /^(RUN|WORKDIR|ENTRYPOINT|EXPOSE|HEALTHCHECK|ONBUILD|STOPSIGNAL|MAINTAINER) \S/,
      'Dockerfile-only instruction',
      { cap: 4 },
    ),
    sig('dockerfile', 2, /^(COPY|ADD) (--[a-z]+=\S+ )?\S+ \S+/, '`COPY src dest` instruction', { cap: 3 }),
    sig('dockerfile', 2, /^(CMD|ENTRYPOINT|VOLUME) \[".*"\]$/, 'exec-form instruction `CMD ["..."]`'),
    sig('dockerfile', 1.5, /^(ENV|ARG|LABEL|USER|SHELL) [\w.-]+/, 'ENV/ARG/LABEL/USER instruction', {
      cap: 3,
    }),

    sig('makefile', 4, /^\.PHONY ?:/, '`.PHONY:` target'),
    sig('makefile', 2, /^[A-Z_][A-Z0-9_]* ?(:=|\?=|\+=) ?/, 'make variable assignment (`:=`/`?=`)', {
      cap: 2,
    }),
    sig('makefile', 1, /\$\([A-Za-z_][\w]*\)/, '`$(VAR)` reference', { cap: 2 }),
    sig('makefile', 1, /^\$@|\$<|\$\^/, 'automatic variable ($@, $<)'),

    sig(
      'nginx',
      5,
      /^(server|http|events|upstream [\w.-]+|location [~=^*\s]*\S+) ?\{$/,
      'nginx block (`server {`, `location / {`)',
      { cap: 3 },
    ),
    sig(
      'nginx',
      3,
      /^(listen|server_name|proxy_pass|proxy_set_header|root|try_files|ssl_certificate(_key)?|worker_processes|worker_connections|rewrite|add_header|gzip|client_max_body_size|error_page|access_log|error_log|sendfile|keepalive_timeout|proxy_http_version|fastcgi_pass) [^;]*;$/,
      'nginx directive ending in `;`',
      { cap: 4 },
    ),

    sig('hcl', 6, /^(resource|data) "[\w-]+" "[\w-]+" \{$/, 'Terraform `resource "type" "name" {`', {
      cap: 3,
    }),
    sig(
      'hcl',
      5,
      /^(provider|variable|output|module) "[\w-]+" \{\}?$/,
      'Terraform `provider`/`variable`/`output` block',
      { cap: 3 },
    ),
    sig('hcl', 4, /^(terraform|locals|required_providers|backend "[\w-]+") \{$/, 'Terraform settings block'),
    sig('hcl', 1, /^[a-z_][\w-]* {2,}= \S/, 'aligned `name   = value` attribute', { cap: 3 }),
    sig('hcl', 1.5, /^[a-z_][\w-]* += (var|local|module|data|aws_\w+)\./, 'reference to `var.`/`local.`', {
      cap: 2,
    }),
  ];
}
