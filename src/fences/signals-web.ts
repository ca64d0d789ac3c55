import { sig, type Signal } from './signal.js';

const HTML_TAGS =
  'html|head|body|div|span|p|a|img|ul|ol|li|h[1-6]|script|style|link|meta|title|form|input|button|label|select|option|textarea|table|thead|tbody|tr|td|th|nav|header|footer|main|section|article|aside|br|hr|iframe|canvas|video|audio|source|strong|em|b|i|small|pre|code|blockquote|figure|figcaption|svg|noscript';
const HTML_TAG = new RegExp(`^<(${HTML_TAGS})( [^>]*)?/?>`);
const HTML_TAG_ANY = new RegExp(`<(${HTML_TAGS})[ >]`);

/** `.class {`, `#id a:hover {`, `body {`: a selector must start like one, not like an identifier. */
const CSS_RULE = new RegExp(`^([.#*:][\\w-]*|(${HTML_TAGS})\\b)([ .:>#,+~()=\\[\\]"'\\w-]*) ?\\{$`);

const CSS_PROPS =
  'color|background(-color|-image|-size|-position|-repeat)?|margin(-top|-bottom|-left|-right)?|padding(-top|-bottom|-left|-right)?|display|width|height|max-width|min-width|max-height|min-height|font(-size|-weight|-family|-style)?|line-height|text-align|text-decoration|text-transform|border(-radius|-top|-bottom|-left|-right|-color|-width|-style)?|box-shadow|box-sizing|position|top|left|right|bottom|z-index|flex(-direction|-wrap|-grow|-shrink|-basis)?|justify-content|align-items|align-self|align-content|gap|grid(-template-columns|-template-rows|-gap|-column|-row|-area)?|overflow(-x|-y)?|opacity|transition|transform|animation|cursor|content|outline|list-style|letter-spacing|white-space|object-fit|visibility|filter|--[\\w-]+';
const CSS_DECL = new RegExp(`^(${CSS_PROPS}) ?: ?[^;{}]+;$`);

/** JavaScript family (JS/TS/JSX/TSX), HTML, XML, CSS/SCSS, PHP. */
export function webSignals(): Signal[] {
  return [
    // Rust and Swift also write `let x =`; an untyped `const x =` is script only.
    sig(
      'javascript',
      0.5,
      /^(export )?const ([\w$]+|\{[\w$, ]*\}|\[[\w$, ]*\]) ?= ?[^=]/,
      'untyped `const`',
      {
        cap: 1,
      },
    ),
    sig(
      'javascript',
      2,
      /^(export )?(const|let) ([\w$]+|\{[\w$, ]*\}|\[[\w$, ]*\]) ?= ?[^=]/,
      '`const`/`let` declaration',
      { cap: 3 },
    ),
    // `var` is shared with C# and older code, so it counts for less.
    sig('javascript', 0.5, /^var [\w$]+ ?= ?[^=]/, '`var` declaration', { cap: 3 }),
    sig(
      'javascript',
      2,
      /^(export )?(default )?(async )?function\b\*? ?[\w$]* ?\(/,
      '`function` declaration',
      {
        cap: 3,
      },
    ),
    sig('javascript', 1.5, /\) ?=> ?[{(\w]/, 'arrow function', { cap: 3 }),
    sig('javascript', 1, /^(export )?(const|let) [\w$]+ = new [\w$.]+\(/, '`const x = new X(`', { cap: 2 }),
    sig('javascript', 3, /\bconsole\.(log|error|warn|info)\(/, '`console.log(`', { cap: 2 }),
    sig('javascript', 3, /\brequire\(['"][@\w./-]+['"]\)/, '`require("...")`', { cap: 2 }),
    sig('javascript', 3, /^import .* from ['"][^'"]+['"];?$/, 'ES `import ... from "..."`', { cap: 3 }),
    sig('javascript', 2, /^import ['"][^'"]+['"];?$/, 'side-effect ES import'),
    sig('javascript', 3, /^(module\.exports|exports\.\w+) ?=/, '`module.exports =`'),
    sig('javascript', 3, /^export (default|\{)/, '`export default`/`export {`'),
    sig('javascript', 2, /^for \((let|const) [\w$[\]{}, ]+ (of|in|=) /, '`for (let x of ...)` loop', {
      cap: 2,
    }),
    sig('javascript', 1.5, /[[{(,] ?\.\.\.[\w$]/, 'spread `...items`', { cap: 2 }),
    sig('javascript', 1.5, /[\w$]\(\{$/, 'call opening an object literal `f({`', { cap: 2 }),
    sig('javascript', 1.5, /\b(document|window)\.\w+/, 'DOM global (`document.`)', { cap: 2 }),
    sig('javascript', 1, /\b(await|async) [\w$(]/, '`async`/`await`', { cap: 2 }),
    sig('javascript', 1, /\.then\(|===|!==/, '`.then(` / strict equality', { cap: 2 }),
    sig(
      'javascript',
      3,
      /(^|[\s(!])\$\((['"][^'"]*['"]|this|document|window)\)\.|\$\.(fn|ajax|each|get|post|extend)\b/,
      'jQuery `$(".x").` / `$.fn`',
      {
        cap: 2,
      },
    ),
    sig(
      'javascript',
      2,
      /\btypeof [\w$.]+ ?[!=]==? ?['"](undefined|function|string|number|object)['"]/,
      '`typeof x === "undefined"`',
    ),
    sig('javascript', 1, /`[^`]*\$\{[^}]+\}/, 'template literal with `${...}`', { cap: 2 }),
    // The MongoDB shell is JavaScript.
    sig(
      'javascript',
      3,
      /^db\.\w+\.(find|findOne|insertOne|insertMany|updateOne|updateMany|deleteOne|deleteMany|aggregate|createIndex|countDocuments|drop)\(/,
      'MongoDB shell call `db.users.find(`',
      { cap: 2 },
    ),
    sig('javascript', 1.5, /(\(|, )\{ ?\$?[\w$]+: /, 'object literal argument `f({ key: value })`', {
      cap: 2,
    }),
    // C# and Java method names are PascalCase or follow a type; `var x = obj.camelCase(` is script.
    sig('javascript', 1.5, /^var [\w$]+ = [\w$.]*\.[a-z][\w$]*\(/, '`var x = obj.method(`', { cap: 2 }),

    sig('javascript', 1, /^\}\)?;?$/, 'closing brace line', { cap: 2 }),
    sig(
      'javascript',
      1.5,
      /^(export )?(default )?class [A-Z][\w$]*( extends [\w$.]+)? ?\{$/,
      '`class Name {` declaration',
    ),
    sig('javascript', 1.5, /^(app|router)\.(get|post|put|delete|use|listen)\(/, 'Express route call', {
      cap: 2,
    }),

    // Statically typed declarations are syntax errors in JavaScript: C#, Java or C wrote them.
    sig(
      'javascript',
      -2,
      /^(int|string|bool|boolean|double|float|long|char|decimal|object|byte|short)(\[\])?\?? [a-zA-Z_]\w* ?(=|;|,)|^[A-Z]\w*(<[\w<>, ?]+>)?(\[\])?\?? [a-z_]\w* ?(= |;$)/,
      'statically typed declaration (`int x =`, `Foo foo =`)',
      { cap: 3 },
    ),
    sig(
      'javascript',
      -2,
      /^(public |private |protected |internal )?(static |async |override |virtual |abstract )*(void|Task(<[\w<>, ?]+>)?|[A-Z]\w*<[\w<>, ?]+>) [A-Za-z_]\w*\(/,
      'method with a declared return type (`void run(`)',
      { cap: 3 },
    ),
    // Script methods are camelCase; `obj.Method(` without `new` is C# (or Go).
    sig(
      'javascript',
      -1,
      /(?<!new )\b[a-z]\w*\.[A-Z]\w*\(|\)\.[A-Z]\w*\(/,
      'PascalCase method call (not script style)',
      {
        cap: 3,
      },
    ),
    sig(
      'javascript',
      -2,
      /^foreach ?\(|^using ?\(|^(public|private|protected|internal) (static )?readonly [A-Z]\w*(<[\w<>, ?]+>)? [_a-z]/,
      'C#-only statement (`foreach (`, `using (`, `readonly Type field`)',
      { cap: 2 },
    ),
    sig(
      'typescript',
      3,
      /^(export )?(declare )?interface [A-Z]\w*(<[^>]*>)? (extends [\w<>, .]+ )?\{$/,
      '`interface Name {`',
      { cap: 2 },
    ),
    sig('typescript', 3, /^(export )?type [A-Z]\w*(<[^>]*>)? = /, '`type Name = ...` alias', { cap: 2 }),
    sig(
      'typescript',
      3,
      /[\w$)\]?!] ?: ?((string|number|boolean|any|void|unknown|never|[A-Z]\w*\[\])(\[\])?[\s,;)=>|\]]|(Promise|Record|Array|Map|Set|Partial|Readonly|Observable)<\w)/,
      'type annotation (`: string`)',
      { cap: 3 },
    ),
    sig(
      'typescript',
      3,
      /^(?!def |async def )(export |public |private |protected |static |async |function\*? )*[\w$]+ ?(= ?(async )?)?\( ?[\w$]+\??: [A-Z]\w*(<[^>]*>)?(\[\])? ?[,)=]/,
      'parameter with a declared type `(req: Request`',
      { cap: 2 },
    ),
    sig(
      'typescript',
      3,
      /\) ?: ?[A-Z]\w*(<[\w<>, [\]|]+>)?(\[\])? ?(\{|=>)$/,
      'declared return type `): Type {`',
      { cap: 2 },
    ),
    sig(
      'typescript',
      3,
      /^(export )?(async )?function\*? ?[\w$]+<[^>()]+>\(/,
      'generic function `function f<T>(`',
      {
        cap: 2,
      },
    ),
    sig(
      'typescript',
      3,
      /\bconstructor\((private|public|protected|readonly) (readonly )?[\w$]+\??: /,
      'constructor parameter property `constructor(private x: T)`',
    ),
    sig(
      'typescript',
      3,
      /<(number|boolean|any|unknown)(\[\])?>/,
      'TypeScript-only type argument `<number>`',
      {
        cap: 2,
      },
    ),
    sig(
      'typescript',
      2,
      /^import type |^export type \{| as const\b|\bsatisfies [A-Z]/,
      'TypeScript-only syntax',
    ),
    sig(
      'typescript',
      2,
      /^(private|public|protected|readonly) (readonly )?[\w$]+\??: /,
      'class member with a type annotation',
      { cap: 2 },
    ),
    sig(
      'typescript',
      3,
      /^@(Component|Injectable|NgModule|Module|Controller|Entity|Input|Output)\(/,
      'Angular/Nest decorator',
    ),

    sig(
      'jsx',
      3,
      /(^|[\s({>=:?])<[A-Z][\w.]*( [\w-]+=(\{|")[^>]*)?\/?>/,
      'JSX component element `<Name ...>`',
      { cap: 3 },
    ),
    sig('jsx', 3, /\b(className|onClick|onChange|onSubmit|htmlFor)=/, 'JSX attribute (`className=`)', {
      cap: 3,
    }),
    sig('jsx', 2, /^return \($/, '`return (` before markup'),
    sig('jsx', 1.5, /=\{[^}]*\}/, 'attribute with `{expression}`', { cap: 2 }),
    sig('jsx', 1.5, /\buse(State|Effect|Context|Ref|Memo|Callback|Reducer)\b/, 'React hook'),

    sig('html', 5, /^<!DOCTYPE html>/i, '`<!DOCTYPE html>`'),
    sig('html', 2, HTML_TAG, 'line opens a known HTML element', { cap: 5 }),
    sig('html', 1, HTML_TAG_ANY, 'known HTML element', { cap: 3 }),
    sig(
      'html',
      1.5,
      /<\/(div|p|span|a|li|ul|body|head|html|script|style|button|form|section|h[1-6])>$/,
      'closing HTML tag',
      { cap: 3 },
    ),

    sig('xml', 6, /^<\?xml /, '`<?xml` declaration'),
    sig('xml', 2, /^<[a-z][\w.-]*:?[\w.-]*( [\w:.-]+="[^"]*")*\/?>$/, 'element line with quoted attributes', {
      cap: 4,
    }),
    sig('xml', 1.5, /^<\/[\w:.-]+>$/, 'closing element line', { cap: 3 }),
    sig('xml', 3, /xmlns(:\w+)?="/, 'XML namespace declaration'),
    sig(
      'xml',
      2,
      /^<(project|dependency|dependencies|configuration|groupId|artifactId|version|PackageReference|ItemGroup|PropertyGroup|bean|beans|manifest|resources|string|LinearLayout|RelativeLayout|plugin|plugins|build|properties|parent|web-app|servlet)[ >]/,
      'XML vocabulary (Maven/MSBuild/Android)',
      { cap: 3 },
    ),

    sig('css', 2, CSS_RULE, 'CSS rule `selector {`', { cap: 3 }),
    sig('css', 2.5, CSS_DECL, 'CSS declaration `property: value;`', { cap: 5 }),
    sig('css', 3, /^@(media|import|font-face|keyframes|tailwind|layer|supports) /, 'CSS at-rule', { cap: 2 }),
    sig('scss', 4, /^\$[\w-]+ ?: ?[^;]+;$/, 'SCSS variable `$name: value;`', { cap: 2 }),
    sig('scss', 4, /^@(mixin|include|extend|use|forward|function|each|if) /, 'SCSS directive', { cap: 2 }),
    sig('scss', 3, /^&(:|\.|-|__|::|\[)[\w-]*/, 'nested `&:hover` selector', { cap: 2 }),

    sig('php', 8, /^<\?php/, '`<?php` opening tag'),
    sig('php', 3, /^\$[a-zA-Z_]\w* ?(=|\.=|\[\]) ?.*;$/, '`$var = ...;` statement', { cap: 3 }),
    sig('php', 2, /\$this->\w+/, '`$this->` member access', { cap: 2 }),
    sig('php', 2, /^(use|namespace) [A-Z]\w*\\[\w\\]+;$/, 'backslash namespace', { cap: 2 }),
    sig(
      'php',
      2,
      /^(public |private |protected )?(static )?function \w+\(.*\$\w+/,
      'function with `$param`',
      {
        cap: 2,
      },
    ),
    sig('php', 2, /^echo .*;$/, '`echo ...;`'),
    sig('php', 2, /::(class|create|where|find)\b|Route::/, 'Laravel-style static call'),
  ];
}
