import {
  asciiAlphanumeric,
  asciiControl,
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace,
} from 'micromark-util-character';
import { codes, constants, types } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type {} from './types.js';

/**
 * Deepest bracket nesting allowed inside alt text. The cap keeps the work per
 * `![` bounded, so a paragraph full of unclosed `![` stays linear.
 */
const maxAltDepth = 8;

/** Same limit CommonMark parsers use for parentheses in a bare destination. */
const maxDestinationParens = constants.linkResourceDestinationBalanceMax;

const imageWithAttributes: Construct = {
  name: 'hashnodeImage',
  tokenize: tokenizeImage,
  add: 'before',
};

const attribute: Construct = { tokenize: tokenizeAttribute, partial: true };

const embed: Construct = { name: 'hashnodeEmbed', tokenize: tokenizeEmbed };
const widget: Construct = { name: 'hashnodeWidget', tokenize: tokenizeWidget };
const closingBracket: Construct = { tokenize: tokenizeClosingBracket, partial: true };

/**
 * Syntax extension for Hashnode Markdown: images with attributes
 * (`![a](u align="center")`), embeds (`%[url]`) and widgets (`%%[name]`).
 */
export function hashnodeSyntax(): Extension {
  return {
    text: { [codes.exclamationMark]: imageWithAttributes },
    flow: { [codes.percentSign]: [widget, embed] },
  };
}

/** Consume a run of spaces and tabs as one token, then continue with `next`. */
function spaces(effects: Effects, next: State, type: 'hashnodeImageWhitespace' | 'whitespace'): State {
  return start;

  function start(code: Code): State | undefined {
    effects.enter(type);
    return inside(code);
  }

  function inside(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return inside;
    }
    effects.exit(type);
    return next(code);
  }
}

function tokenizeImage(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let depth = 0;
  let parens = 0;
  let attributes = 0;
  let titleMarker: Code = null;
  let altOpen = false;

  return start;

  function start(code: Code): State | undefined {
    effects.enter('hashnodeImage');
    effects.enter('hashnodeImageMarker');
    effects.consume(code);
    return labelOpen;
  }

  function labelOpen(code: Code): State | undefined {
    if (code !== codes.leftSquareBracket) return nok(code);
    effects.consume(code);
    effects.exit('hashnodeImageMarker');
    return altBreak;
  }

  // Start of the alt, or right after a line ending inside it.
  function altBreak(code: Code): State | undefined {
    if (code === codes.eof) return nok(code);
    if (code === codes.rightSquareBracket && depth === 0) return labelClose(code);
    if (markdownLineEnding(code)) {
      altEnter();
      effects.enter(types.lineEnding);
      effects.consume(code);
      effects.exit(types.lineEnding);
      return altBreak;
    }
    altEnter();
    // String content resolves escapes and references the way mdast does.
    effects.enter(types.chunkString, { contentType: constants.contentTypeString });
    return altInside(code);
  }

  // The alt token is only opened once there is alt text, so it is never empty.
  function altEnter(): undefined {
    if (altOpen) return;
    altOpen = true;
    effects.enter('hashnodeImageAlt');
  }

  function altInside(code: Code): State | undefined {
    if (code === codes.eof) return nok(code);
    if (markdownLineEnding(code)) {
      effects.exit(types.chunkString);
      return altBreak(code);
    }
    if (code === codes.rightSquareBracket) {
      if (depth === 0) {
        effects.exit(types.chunkString);
        return labelClose(code);
      }
      depth--;
    } else if (code === codes.leftSquareBracket) {
      depth++;
      if (depth > maxAltDepth) return nok(code);
    }
    effects.consume(code);
    return code === codes.backslash ? altEscape : altInside;
  }

  function altEscape(code: Code): State | undefined {
    if (code === codes.leftSquareBracket || code === codes.rightSquareBracket || code === codes.backslash) {
      effects.consume(code);
      return altInside;
    }
    return altInside(code);
  }

  function labelClose(code: Code): State | undefined {
    if (altOpen) effects.exit('hashnodeImageAlt');
    effects.enter('hashnodeImageMarker');
    effects.consume(code);
    return resourceOpen;
  }

  function resourceOpen(code: Code): State | undefined {
    if (code !== codes.leftParenthesis) return nok(code);
    effects.consume(code);
    effects.exit('hashnodeImageMarker');
    return destinationBefore;
  }

  function destinationBefore(code: Code): State | undefined {
    if (markdownSpace(code)) return spaces(effects, destinationBefore, 'hashnodeImageWhitespace')(code);
    if (code === codes.lessThan) {
      effects.enter('hashnodeImageDestination');
      effects.enter('hashnodeImageDestinationMarker');
      effects.consume(code);
      effects.exit('hashnodeImageDestinationMarker');
      return literalStart;
    }
    if (code === codes.eof || code === codes.rightParenthesis || markdownLineEnding(code)) {
      return nok(code);
    }
    // Hashnode writes `![]( align="center")` for images without a URL.
    return effects.attempt(attribute, attributeAfter, rawStart)(code);
  }

  function literalStart(code: Code): State | undefined {
    if (code === codes.greaterThan) return literalClose(code);
    effects.enter(types.chunkString, { contentType: constants.contentTypeString });
    return literalInside(code);
  }

  function literalInside(code: Code): State | undefined {
    if (code === codes.eof || code === codes.lessThan || markdownLineEnding(code)) return nok(code);
    if (code === codes.greaterThan) {
      effects.exit(types.chunkString);
      return literalClose(code);
    }
    effects.consume(code);
    return code === codes.backslash ? literalEscape : literalInside;
  }

  function literalEscape(code: Code): State | undefined {
    if (code === codes.lessThan || code === codes.greaterThan || code === codes.backslash) {
      effects.consume(code);
      return literalInside;
    }
    return literalInside(code);
  }

  function literalClose(code: Code): State | undefined {
    effects.enter('hashnodeImageDestinationMarker');
    effects.consume(code);
    effects.exit('hashnodeImageDestinationMarker');
    effects.exit('hashnodeImageDestination');
    return destinationAfter;
  }

  function rawStart(code: Code): State | undefined {
    effects.enter('hashnodeImageDestination');
    effects.enter(types.chunkString, { contentType: constants.contentTypeString });
    return raw(code);
  }

  function raw(code: Code): State | undefined {
    if (
      code === codes.eof ||
      markdownLineEndingOrSpace(code) ||
      (code === codes.rightParenthesis && parens === 0)
    ) {
      effects.exit(types.chunkString);
      effects.exit('hashnodeImageDestination');
      return destinationAfter(code);
    }
    if (asciiControl(code)) return nok(code);
    if (code === codes.leftParenthesis) {
      parens++;
      if (parens > maxDestinationParens) return nok(code);
    } else if (code === codes.rightParenthesis) {
      parens--;
    }
    effects.consume(code);
    return code === codes.backslash ? rawEscape : raw;
  }

  function rawEscape(code: Code): State | undefined {
    if (code === codes.leftParenthesis || code === codes.rightParenthesis || code === codes.backslash) {
      effects.consume(code);
      return raw;
    }
    return raw(code);
  }

  function destinationAfter(code: Code): State | undefined {
    if (markdownSpace(code)) return spaces(effects, titleBefore, 'hashnodeImageWhitespace')(code);
    return end(code);
  }

  function titleBefore(code: Code): State | undefined {
    if (code === codes.quotationMark || code === codes.apostrophe) {
      titleMarker = code;
      effects.enter('hashnodeImageTitle');
      effects.enter('hashnodeImageTitleMarker');
      effects.consume(code);
      effects.exit('hashnodeImageTitleMarker');
      return titleStart;
    }
    return attributeBefore(code);
  }

  function titleStart(code: Code): State | undefined {
    if (code === titleMarker) return titleClose(code);
    effects.enter(types.chunkString, { contentType: constants.contentTypeString });
    return titleInside(code);
  }

  function titleInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code);
    if (code === titleMarker) {
      effects.exit(types.chunkString);
      return titleClose(code);
    }
    effects.consume(code);
    return code === codes.backslash ? titleEscape : titleInside;
  }

  function titleEscape(code: Code): State | undefined {
    if (code === titleMarker || code === codes.backslash) {
      effects.consume(code);
      return titleInside;
    }
    return titleInside(code);
  }

  function titleClose(code: Code): State | undefined {
    effects.enter('hashnodeImageTitleMarker');
    effects.consume(code);
    effects.exit('hashnodeImageTitleMarker');
    effects.exit('hashnodeImageTitle');
    return titleAfter;
  }

  function titleAfter(code: Code): State | undefined {
    if (markdownSpace(code)) return spaces(effects, attributeBefore, 'hashnodeImageWhitespace')(code);
    return end(code);
  }

  function attributeBefore(code: Code): State | undefined {
    if (code === codes.rightParenthesis) return end(code);
    return effects.attempt(attribute, attributeAfter, nok)(code);
  }

  function attributeAfter(code: Code): State | undefined {
    attributes++;
    if (markdownSpace(code)) return spaces(effects, attributeBefore, 'hashnodeImageWhitespace')(code);
    return end(code);
  }

  function end(code: Code): State | undefined {
    // Without attributes this is a plain image: leave it to CommonMark.
    if (code !== codes.rightParenthesis || attributes === 0) return nok(code);
    effects.enter('hashnodeImageMarker');
    effects.consume(code);
    effects.exit('hashnodeImageMarker');
    effects.exit('hashnodeImage');
    return ok;
  }
}

/** `name="value"` or `name='value'`; the value is taken verbatim. */
function tokenizeAttribute(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let marker: Code = null;

  return start;

  function start(code: Code): State | undefined {
    if (!isNameCharacter(code)) return nok(code);
    effects.enter('hashnodeImageAttribute');
    effects.enter('hashnodeImageAttributeName');
    effects.consume(code);
    return name;
  }

  function name(code: Code): State | undefined {
    if (isNameCharacter(code)) {
      effects.consume(code);
      return name;
    }
    if (code !== codes.equalsTo) return nok(code);
    effects.exit('hashnodeImageAttributeName');
    effects.enter('hashnodeImageAttributeMarker');
    effects.consume(code);
    effects.exit('hashnodeImageAttributeMarker');
    return valueOpen;
  }

  function valueOpen(code: Code): State | undefined {
    if (code !== codes.quotationMark && code !== codes.apostrophe) return nok(code);
    marker = code;
    effects.enter('hashnodeImageAttributeValueMarker');
    effects.consume(code);
    effects.exit('hashnodeImageAttributeValueMarker');
    return valueStart;
  }

  function valueStart(code: Code): State | undefined {
    if (code === marker) return valueClose(code);
    effects.enter('hashnodeImageAttributeValue');
    return valueInside(code);
  }

  function valueInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code);
    if (code === marker) {
      effects.exit('hashnodeImageAttributeValue');
      return valueClose(code);
    }
    effects.consume(code);
    return valueInside;
  }

  function valueClose(code: Code): State | undefined {
    effects.enter('hashnodeImageAttributeValueMarker');
    effects.consume(code);
    effects.exit('hashnodeImageAttributeValueMarker');
    effects.exit('hashnodeImageAttribute');
    return after;
  }

  // `a="b"c` is not an attribute followed by more: the whole thing is malformed.
  function after(code: Code): State | undefined {
    return markdownSpace(code) || code === codes.rightParenthesis ? ok(code) : nok(code);
  }
}

function isNameCharacter(code: Code): boolean {
  return asciiAlphanumeric(code) || code === codes.dash;
}

function tokenizeEmbed(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return tokenizeBlock(effects, ok, nok, 'hashnodeEmbed', 1);
}

function tokenizeWidget(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return tokenizeBlock(effects, ok, nok, 'hashnodeWidget', 2);
}

/**
 * `%[value]` (embed) or `%%[value]` (widget), alone on its line apart from
 * trailing spaces. The value has no whitespace, so the first `]` followed by
 * whitespace or the end of the line closes it; earlier `]`s belong to it.
 */
function tokenizeBlock(
  effects: Effects,
  ok: State,
  nok: State,
  type: 'hashnodeEmbed' | 'hashnodeWidget',
  percents: number,
): State {
  let seen = 0;

  return start;

  function start(code: Code): State | undefined {
    effects.enter(type);
    effects.enter('hashnodeEmbedMarker');
    return sequence(code);
  }

  function sequence(code: Code): State | undefined {
    if (code === codes.percentSign && seen < percents) {
      seen++;
      effects.consume(code);
      return sequence;
    }
    if (seen !== percents || code !== codes.leftSquareBracket) return nok(code);
    effects.consume(code);
    effects.exit('hashnodeEmbedMarker');
    return valueStart;
  }

  function valueStart(code: Code): State | undefined {
    if (code === codes.eof || code === codes.rightSquareBracket || markdownLineEndingOrSpace(code)) {
      return nok(code);
    }
    effects.enter('hashnodeEmbedValue');
    effects.consume(code);
    return valueInside;
  }

  function valueInside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEndingOrSpace(code)) return nok(code);
    if (code === codes.rightSquareBracket) {
      return effects.check(closingBracket, valueEnd, valueContinue)(code);
    }
    effects.consume(code);
    return valueInside;
  }

  function valueContinue(code: Code): State | undefined {
    effects.consume(code);
    return valueInside;
  }

  function valueEnd(code: Code): State | undefined {
    effects.exit('hashnodeEmbedValue');
    effects.enter('hashnodeEmbedMarker');
    effects.consume(code);
    effects.exit('hashnodeEmbedMarker');
    effects.exit(type);
    return after;
  }

  function after(code: Code): State | undefined {
    if (markdownSpace(code)) return spaces(effects, lineEnd, 'whitespace')(code);
    return lineEnd(code);
  }

  function lineEnd(code: Code): State | undefined {
    return code === codes.eof || markdownLineEnding(code) ? ok(code) : nok(code);
  }
}

function tokenizeClosingBracket(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  return start;

  function start(code: Code): State | undefined {
    effects.enter('hashnodeEmbedMarker');
    effects.consume(code);
    effects.exit('hashnodeEmbedMarker');
    return after;
  }

  function after(code: Code): State | undefined {
    return code === codes.eof || markdownLineEndingOrSpace(code) ? ok(code) : nok(code);
  }
}
