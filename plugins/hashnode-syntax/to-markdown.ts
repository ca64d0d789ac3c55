import type { Image, Parents } from 'mdast';
import { defaultHandlers } from 'mdast-util-to-markdown';
import type { Handle, Info, Options, State, Unsafe } from 'mdast-util-to-markdown';
import type { HashnodeEmbed, HashnodeImageAttributes, HashnodeWidget } from './types.js';

const attributeName = /^[A-Za-z\d-]+$/;

/**
 * A line that is only `%[x]` or `%%[x]` would read back as an embed or a
 * widget, so its `%` is escaped when it comes from text.
 */
const unsafe: Array<Unsafe> = [
  { character: '%', atBreak: true, after: '%?\\[[^\\t\\n\\r ]+\\][\\t ]*(?:\\r?\\n|$)' },
];

/**
 * Serialize images with attributes as `![alt](url align="center")`, embeds
 * as `%[url]` and widgets as `%%[name]`.
 */
export function hashnodeToMarkdown(): Options {
  return {
    handlers: { image: handleImage, hashnodeEmbed: handleEmbed, hashnodeWidget: handleWidget },
    unsafe,
  };
}

handleImage.peek = peekImage;

function peekImage(): string {
  return '!';
}

function handleImage(node: Image, parent: Parents | undefined, state: State, info: Info): string {
  const attributes = serializeAttributes(node.data?.hashnode?.attributes);
  if (!attributes) return defaultHandlers.image(node, parent, state, info);

  const quote = state.options.quote ?? '"';
  const exit = state.enter('image');
  let subexit = state.enter('label');
  const tracker = state.createTracker(info);
  let value = tracker.move('![');
  value += tracker.move(state.safe(node.alt, { before: value, after: ']', ...tracker.current() }));
  value += tracker.move('](');
  subexit();

  // Same choice as plain images: `<…>` when the URL has whitespace or
  // control characters, or when it is empty but a title follows.
  if ((!node.url && node.title) || /[\0- \u007F]/.test(node.url)) {
    subexit = state.enter('destinationLiteral');
    value += tracker.move('<');
    value += tracker.move(state.safe(node.url, { before: value, after: '>', ...tracker.current() }));
    value += tracker.move('>');
  } else {
    subexit = state.enter('destinationRaw');
    value += tracker.move(state.safe(node.url, { before: value, after: ' ', ...tracker.current() }));
  }
  subexit();

  if (node.title) {
    subexit = state.enter(quote === '"' ? 'titleQuote' : 'titleApostrophe');
    value += tracker.move(' ' + quote);
    value += tracker.move(state.safe(node.title, { before: value, after: quote, ...tracker.current() }));
    value += tracker.move(quote);
    subexit();
  }

  value += tracker.move(attributes + ')');
  exit();
  return value;
}

/**
 * ` name="value"` for each attribute, or an empty string if there are none.
 * Values are written verbatim (there is no escape inside them), so a value
 * with a `"` is quoted with `'`; names that cannot be read back are dropped.
 */
function serializeAttributes(attributes: HashnodeImageAttributes | undefined): string {
  let result = '';
  if (!attributes) return result;
  for (const [name, value] of Object.entries(attributes)) {
    if (!attributeName.test(name)) continue;
    const quote = value.includes('"') && !value.includes("'") ? "'" : '"';
    const text = quote === '"' ? value.replaceAll('"', '&quot;') : value;
    result += ' ' + name + '=' + quote + text + quote;
  }
  return result;
}

const handleEmbed: Handle = function (node: HashnodeEmbed): string {
  return '%[' + node.url + ']';
};

const handleWidget: Handle = function (node: HashnodeWidget): string {
  return '%%[' + node.name + ']';
};
