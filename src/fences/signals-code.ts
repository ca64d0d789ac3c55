import { sig, type Signal } from './signal.js';

/** Python, Ruby, Go, Rust, Java, C#, C, C++. */
export function codeSignals(): Signal[] {
  return [
    sig('python', 8, /^#!.*\bpython[23]?\b/, 'shebang names Python', { first: true, cap: 1 }),
    sig('python', 4, /^(async )?def \w+\(.*\)( -> [^:]+)?:( .*)?$/, '`def name(...):`', { cap: 3 }),
    sig('python', 3, /^class \w+(\(.*\))?:$/, '`class Name:`', { cap: 2 }),
    sig('python', 4, /^from [\w.]+ import (\(|\*|[\w, ]+$)/, '`from x import y`', { cap: 3 }),
    sig('python', 2, /^import [\w.]+( as \w+)?(, [\w.]+)*$/, '`import module` without a semicolon', {
      cap: 3,
    }),
    // `import x as y` and a bare one-word `import os` have no other reading among the languages here.
    sig('python', 2, /^import [\w.]+ as \w+$|^import [a-z_]\w*$/, '`import numpy as np` / `import os`', {
      cap: 2,
    }),
    sig(
      'python',
      2.5,
      /(^|[\s(=,[])(np|pd|plt|sns|tf|torch|cv2|sklearn)\.[a-z_][\w.]*\(/,
      'call on a conventional data-science alias (`np.`, `pd.`, `plt.`)',
      { cap: 2 },
    ),
    sig(
      'python',
      2,
      /(= ?|\(|, ?|return |is |not )(True|False|None)(?![\w;])/,
      '`True`/`False`/`None` as a value',
      {
        cap: 2,
      },
    ),

    sig(
      'python',
      2,
      /^(if|elif|while|for|with|try|except|else|finally)\b.*:$/,
      'block header ending in `:`',
      {
        cap: 3,
      },
    ),
    sig(
      'python',
      3,
      /^elif |^except( \w+)?( as \w+)?:$|\bself\.\w+|__init__|__name__/,
      'Python-only keyword (`elif`, `self.`, `__init__`)',
      { cap: 3 },
    ),
    sig('python', 2, /^print ?\(/, '`print(` call', { cap: 2 }),
    sig('python', 1, /\b(None|True|False)\b|\blambda \w*:| not in |f"[^"]*\{/, 'Python literal/expression', {
      cap: 2,
    }),
    sig('python', 1.5, /^[a-z_]\w* = [\w.]+\(.*\)$/, 'assignment from a call, no semicolon', { cap: 2 }),
    sig('python', 4, /^>>> \S/, '`>>>` interactive prompt', { cap: 2 }),
    sig('python', 2, /^[\w.]+ ?= ?(f|r|b)?("""|''')|^("""|''')/, 'triple-quoted string'),
    sig('python', 0.5, /^[a-z_][a-z0-9_]* = [^;{]*[^;{,]$/, 'snake_case assignment without `;`', { cap: 4 }),
    sig('python', 1, /\w\((.*, )?[a-z_]+=[\w'"[{(-]/, 'keyword argument `f(name=value)`', { cap: 2 }),
    sig('python', -2, /;$|\) ?\{$/, 'statement ends with `;` or `) {`', { cap: 3 }),
    sig('python', 1, /^@[\w.]+(\(.*\))?$/, 'decorator line', { cap: 2 }),

    sig('ruby', 3, /^def [a-z_]\w*[?!]?( |\(|$)(?!.*(:$|\):))/, '`def name` without a colon', { cap: 3 }),
    sig('ruby', 2, /^end$/, 'bare `end` line', { cap: 3 }),
    sig('ruby', 3, /^(require|require_relative|gem) ['"][\w/.-]+['"]$/, '`require "..."`', { cap: 2 }),
    sig(
      'ruby',
      3,
      /\bdo \|[\w, ]+\|$|\.each do\b|^attr_(accessor|reader|writer) :/,
      'block `do |x|` / `attr_accessor`',
      { cap: 2 },
    ),
    sig('ruby', -2, /;$|\) ?\{$/, 'statement ends with `;` or `) {`', { cap: 3 }),
    sig('ruby', 2, /^puts |^class \w+ < [A-Z][\w:]*$|^module [A-Z]\w*$/, '`puts`/`class X < Y`', { cap: 2 }),

    sig('go', 6, /^package [a-z]\w*$/, '`package name` clause'),
    sig('go', 4, /^func (\(\w+ \*?\w+\) )?\w+\(/, '`func name(`', { cap: 3 }),
    sig('go', 2, /(^|^(if|for|switch) |; )[\w, ]+ := /, '`:=` short declaration', { cap: 3 }),
    sig('go', 2, /^(if|for|switch|} else if) [^(].* \{$/, '`if`/`for` without parentheses before `{`', {
      cap: 3,
    }),
    sig('go', 1.5, /[!=]= nil\b|\bnil\)|\*[a-z]\w*\.[A-Z]\w*[,)]/, '`!= nil` / `*pkg.Type` parameter', {
      cap: 2,
    }),
    sig('go', 3, /^if err != nil \{$|\bfmt\.(Print|Sprint|Errorf)/, '`if err != nil` / `fmt.` call', {
      cap: 2,
    }),
    sig(
      'go',
      3,
      /^import \($|^import "[\w./-]+"$|^type \w+ (struct|interface) \{$/,
      'Go import/type declaration',
      { cap: 2 },
    ),

    sig('rust', 4, /^(pub(\(crate\))? )?(async )?fn \w+(<[^>]*>)?\(/, '`fn name(`', { cap: 3 }),
    sig('rust', 3, /^use (std|crate|super|tokio|serde)(::[\w{}, *]+)+;$/, '`use std::...;`', { cap: 2 }),
    sig(
      'rust',
      3,
      /\blet mut \w+|\bprintln!\(|^#\[derive\(|^impl(<[^>]*>)? \w+/,
      '`let mut`/`println!`/`impl`',
      { cap: 3 },
    ),
    sig(
      'rust',
      1.5,
      /-> (Result|Option|Self|Vec)<?|&mut \w+|\b(Some|Ok|Err)\(|::new\(/,
      'Rust types/references',
      { cap: 2 },
    ),

    sig(
      'java',
      4,
      /^(public |private |protected )?(final |abstract )?class \w+( extends \w+)?( implements [\w, <>]+)? ?\{$/,
      '`class Name {` declaration',
      { cap: 2 },
    ),
    sig(
      'java',
      5,
      /public static void main\(String\[\] \w+\)|\bSystem\.out\.print/,
      '`System.out.println` / `main(String[] args)`',
      { cap: 2 },
    ),
    sig(
      'java',
      4,
      /^import (static )?(java|javax|jakarta|org|com|io|lombok)\.[\w.*]+;$/,
      '`import java...;`',
      {
        cap: 3,
      },
    ),
    sig('java', 3, /^package [a-z][\w.]*;$/, '`package a.b;` clause'),
    sig(
      'java',
      2,
      /^@(Override|Autowired|Service|RestController|Entity|Getter|Setter|Data|Bean|Test|SpringBootApplication|GetMapping|PostMapping|PutMapping|DeleteMapping|RequestMapping|Configuration|Value|Component|Repository|Controller|Transactional|Slf4j|Id|Column|Table|PathVariable|RequestBody|Builder|NoArgsConstructor|AllArgsConstructor|FunctionalInterface)\b(?!\(\{)/,
      'Java annotation',
      { cap: 2 },
    ),
    sig(
      'java',
      1.5,
      /^(public|private|protected) (static )?(final )?(void|String|int|boolean|long|List<[\w<>, ]+>|[A-Z]\w*) [a-z]\w*\(/,
      'camelCase method signature',
      { cap: 3 },
    ),
    sig(
      'java',
      2,
      /^(public |private |protected )?(static )?(final )?(synchronized )?(boolean|String|[A-Z]\w*<[\w<>, ?]+>) [a-z]\w*\(.*\) ?(throws [\w, ]+ )?\{$/,
      'camelCase method returning `boolean`/`String`/a generic',
      { cap: 2 },
    ),
    // Boxed types as generic arguments: `List<String>`, `Map<String, Integer>`.
    sig(
      'java',
      3,
      /^[A-Z]\w*<(String|Integer|Long|Boolean|Double)(, ?[A-Z]\w*)?> [a-z]\w* ?=|^boolean [a-z]\w* ?=/,
      'Java-typed local (`List<String> x =`, `boolean b =`)',
      {
        cap: 2,
      },
    ),
    sig(
      'java',
      2,
      /\bSystem\.(currentTimeMillis|exit|getenv)\(|\bthrows [A-Z]\w*Exception\b|^@RequestParam|\.stream\(\)/,
      'Java library idiom',
      { cap: 2 },
    ),
    sig('java', 1.5, /\bString [a-z]\w* ?=|\bnew [A-Z]\w*<>\(/, '`String x =` / diamond `new X<>()`', {
      cap: 2,
    }),

    sig('csharp', 5, /^using (System|Microsoft)(\.\w+)*;$/, '`using System...;`', { cap: 3 }),
    sig('csharp', 3, /^using [A-Z][\w.]*;$/, '`using Namespace;`', { cap: 2 }),
    sig(
      'csharp',
      4,
      /^namespace [A-Z][\w.]*;?$|\bConsole\.(WriteLine|ReadLine|Write)\(/,
      '`namespace X` / `Console.WriteLine`',
      { cap: 2 },
    ),
    sig('csharp', 4, /\{ ?get; ?(private |init; ?)?(set; ?)?\}/, 'auto-property `{ get; set; }`', { cap: 3 }),
    sig(
      'csharp',
      3,
      /^(public|private|protected|internal) (static |override |virtual |async |abstract |readonly )*(void|string|int|bool|Task(<[\w<>, ?]+>)?|IActionResult|[A-Z]\w*(<[\w<>, ?]+>)?) [A-Z]\w*\(/,
      'PascalCase method signature',
      { cap: 3 },
    ),
    sig(
      'csharp',
      3,
      /^(public|private|protected|internal) (static |readonly |const )*(string|int|bool|decimal|double|Guid|DateTime)\??( |\[\] )[A-Za-z_]\w*/,
      'member with lowercase C# type',
      { cap: 3 },
    ),
    sig(
      'csharp',
      2,
      /^\[(HttpGet|HttpPost|HttpPut|HttpDelete|Route|ApiController|Authorize|Fact|Test|Required|Key|JsonProperty|Theory|InlineData|Serializable)\b/,
      'C# attribute `[HttpGet]`',
      { cap: 2 },
    ),
    sig(
      'csharp',
      2,
      /\b(builder\.Services|app\.(Map|Use)\w*|services\.Add\w+)\b|\bvar \w+ = new \w+|\bawait \w+\.\w+Async\(/,
      'ASP.NET / `var x = new` / `...Async(`',
      { cap: 3 },
    ),
    sig(
      'csharp',
      2,
      /^(public |internal )?(sealed |static |partial |abstract )*(class|record|interface|struct) [A-Z]\w*( ?: ?[\w<>, ]+)?$/,
      'type declaration with `:` base list',
      { cap: 2 },
    ),

    sig(
      'csharp',
      2,
      /\.(Select|Where|ToList|ToArray|FirstOrDefault|SingleOrDefault|OrderBy|GroupBy|Include)(Async)?\(/,
      'LINQ call',
      { cap: 2 },
    ),
    sig(
      'csharp',
      2,
      /^using var \w+ = |\bnew [A-Z]\w*<[\w<>, ]+>\(\)[;,]/,
      '`using var` / generic `new List<T>()`',
      { cap: 2 },
    ),
    sig(
      'csharp',
      3,
      /^(public|private|protected|internal|static|override|async|virtual)( [\w<>[\](),?]+)+ [A-Z]\w*(<[\w, ]+>)?\(/,
      'modifiers before a PascalCase method',
      { cap: 3 },
    ),
    sig(
      'csharp',
      3,
      /\$"[^"]*\{|\bnameof\(|^foreach ?\(var |\basync Task\b|^(public |internal )?(sealed )?record [A-Z]/,
      'C#-only syntax (`$"..."`, `nameof`, `foreach (var`, `record`)',
      { cap: 3 },
    ),
    sig(
      'csharp',
      3,
      /^(public |internal |private )?(static |sealed |partial |abstract )*class \w+ ?: ?[A-Z]\w*/,
      '`class Name : Base` inheritance',
    ),
    sig('csharp', 2, /^\[[A-Z]\w*(\(.*\))?(, ?[A-Z]\w*(\(.*\))?)?\]$/, 'attribute line `[Name(...)]`', {
      cap: 2,
    }),
    sig('csharp', 2, /^internal |\bTask<|^using ?\(/, '`internal` / `Task<T>` / `using (`', { cap: 2 }),
    sig(
      'csharp',
      1,
      /\((string|int|bool|decimal|double|Guid|long|object|DateTime) [a-z_]\w*[,)]/,
      'parameter with a C#-style type',
      { cap: 2 },
    ),
    sig(
      'csharp',
      3,
      /^(public |internal )?interface I[A-Z]\w*(<[^>]*>)?( ?: ?[\w<>, ]+)?$/,
      '`interface IName` with the brace on the next line',
    ),
    sig(
      'csharp',
      2,
      /^(async )?(void|bool|int|long|string|object|Task(<[\w<>, ?()]+>)?|[A-Z]\w*(<[\w<>, ?]+>)?(\[\])?) [A-Z]\w*(<[\w, ]+>)?\([^)]*\)(;|$| ?\{$| =>)/,
      'PascalCase method declared without modifiers',
      { cap: 3 },
    ),
    // Value types as generic arguments (`List<int>`) are legal in C#, not in Java.
    sig(
      'csharp',
      3,
      /^[A-Z]\w*<(int|string|bool|double|decimal|long|object|[A-Z]\w*), ?(int|string|bool|double|decimal|long|object)>|^[A-Z]\w*<(int|string|bool|double|decimal|long|object)>(\[\])? [a-z_]\w* ?=/,
      'generic type over a C# keyword type (`List<int>`)',
      { cap: 2 },
    ),
    sig(
      'csharp',
      2,
      /^(string|bool|object|decimal|dynamic)(\[\]|\?)? [a-z_]\w* ?(=|;)/,
      'local declared with a C# keyword type (`string s =`)',
      { cap: 3 },
    ),
    sig(
      'csharp',
      2,
      /\btypeof\([A-Z]\w*(<>)?\)|\?\? ?["\w]|\b(out|ref) ([\w<>]+ )?[a-z_]\w*[,)]/,
      '`typeof(T)` / `??` / `out`/`ref` argument',
      {
        cap: 2,
      },
    ),
    sig(
      'csharp',
      3,
      /^(int|double|bool|long|decimal|float|DateTime|Guid)\? [a-z_]\w* ?[=;]/,
      'nullable value type `int? x`',
      {
        cap: 2,
      },
    ),
    sig('csharp', 3, /\.[A-Z]\w*<[A-Z][\w<>, ]*>\(/, 'generic PascalCase call `.Map<T>(`', { cap: 2 }),
    sig(
      'csharp',
      2,
      /\bnew [A-Z]\w*(<[\w<>, ]+>)?(\(\))?( ?\{ ?[A-Z]\w* = |$)/,
      'object initializer `new T { Name = ... }`',
      {
        cap: 2,
      },
    ),
    sig('csharp', 1.5, /\[\^?\d*\.\.\^?\d*\]/, 'index range `[2..^1]`'),
    // `Foo foo = new Foo(...)` is Java too; alone it stays below the threshold, PascalCase calls decide.
    sig('csharp', 1.5, /^[A-Z]\w*(<[\w<>, ]+>)? [a-z_]\w* = new [A-Z]/, 'typed local `Foo foo = new Foo(`', {
      cap: 1,
    }),
    sig('csharp', 8, /^(var \w+ = )?from \w+ in [\w.]+$/, 'LINQ query `from x in source`'),
    sig('csharp', 1, /(^|[\s(=!])[a-z]\w*\.[A-Z]\w*\(/, 'PascalCase method call `obj.Method(`', { cap: 3 }),
    // Java and JavaScript name methods in camelCase, Go packages are lower-case: `File.ReadAllText(` is .NET.
    sig('csharp', 1, /(^|[^\w.])[A-Z]\w*\.[A-Z]\w*\(/, 'static PascalCase call `Type.Method(`', { cap: 3 }),
    sig('csharp', 1, /\)\.[A-Z]\w*\(/, 'chained PascalCase call `).Method(`', { cap: 3 }),
    sig(
      'csharp',
      2.5,
      /^(private|protected|public|internal) (static )?readonly [A-Z]\w*(<[\w<>, ?]+>)? _\w+;$/,
      '`private readonly IFoo _foo;` field',
      { cap: 2 },
    ),
    sig('csharp', 0.5, /^\{$/, 'opening brace on its own line', { cap: 3 }),
    // `func` declarations and `:=` are Go; exported Go calls look like C#'s PascalCase ones.
    sig('csharp', -3, /^func |[\w, ] := /, 'Go syntax (`func`, `:=`)', { cap: 2 }),

    sig(
      'c',
      4,
      /^#include <(stdio|stdlib|string|unistd|stdint|stdbool|math|pthread|sys\/\w+)\.h>$/,
      'C standard header',
      { cap: 2 },
    ),
    sig('c', 3, /\b(printf|scanf|malloc|free|fprintf|sizeof|strcpy|memset)\(/, 'C library call', { cap: 3 }),
    sig(
      'c',
      2,
      /^(int|void|char|float|double|long|unsigned|struct \w+|static \w+) \*?\w+\(.*\) ?\{?$/,
      'C function definition',
      { cap: 3 },
    ),
    sig('c', 3, /^typedef (struct|enum|union)\b/, '`typedef struct`'),
    sig('c', 1.5, /^(typedef )?struct \w* ?\{$|^#define \w+/, '`struct {` / `#define`', { cap: 2 }),
    sig(
      'c',
      3,
      /^(int|char|void|float|double|long|unsigned|struct \w+) \*+[a-z_]\w* ?(=|;)/,
      'pointer declaration `int *p`',
      {
        cap: 2,
      },
    ),

    sig(
      'cpp',
      5,
      /^#include <(iostream|vector|string|map|unordered_map|algorithm|memory|set|queue|stack|bits\/stdc\+\+\.h)>$/,
      'C++ standard header',
      { cap: 2 },
    ),
    sig('cpp', 4, /\bstd::\w+|^using namespace std;$|\bcout ?<<|\bcin ?>>/, '`std::` / `cout <<`', {
      cap: 3,
    }),
    sig(
      'cpp',
      2,
      /^template ?<|\bnullptr\b|^class \w+ ?(: ?public \w+ ?)?\{$|\bvector<\w+>/,
      'template/class/nullptr',
      { cap: 2 },
    ),
  ];
}
