import type { Image } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { HashnodeImageAttributes } from './types.js';

/**
 * Turn Hashnode syntax tokens into mdast: `image` nodes that keep their
 * attributes in `data.hashnode.attributes`, `hashnodeEmbed` and
 * `hashnodeWidget` nodes.
 */
export function hashnodeFromMarkdown(): Extension {
  return {
    enter: {
      hashnodeImage: enterImage,
      // Alt, destination and title are string content: buffer them so
      // escapes and character references come out decoded.
      hashnodeImageAlt: buffer,
      hashnodeImageDestination: buffer,
      hashnodeImageTitle: buffer,
      hashnodeImageAttribute: enterAttribute,
      hashnodeEmbed: enterEmbed,
      hashnodeWidget: enterWidget,
    },
    exit: {
      hashnodeImage: exitNode,
      hashnodeImageAlt: exitAlt,
      hashnodeImageDestination: exitDestination,
      hashnodeImageTitle: exitTitle,
      hashnodeImageAttributeName: exitAttributeName,
      hashnodeImageAttributeValue: exitAttributeValue,
      hashnodeImageAttribute: exitAttribute,
      hashnodeEmbedValue: exitEmbedValue,
      hashnodeEmbed: exitNode,
      hashnodeWidget: exitNode,
    },
  };
}

function buffer(this: CompileContext): undefined {
  this.buffer();
}

function enterImage(this: CompileContext, token: Token): undefined {
  const attributes: HashnodeImageAttributes = {};
  this.enter({ type: 'image', url: '', alt: '', title: null, data: { hashnode: { attributes } } }, token);
}

function exitNode(this: CompileContext, token: Token): undefined {
  this.exit(token);
}

function currentImage(context: CompileContext): Image {
  const node = context.stack[context.stack.length - 1];
  if (node?.type !== 'image') throw new Error('Expected an image on the stack');
  return node;
}

function exitAlt(this: CompileContext): undefined {
  const value = this.resume();
  currentImage(this).alt = value;
}

function exitDestination(this: CompileContext): undefined {
  const value = this.resume();
  currentImage(this).url = value;
}

function exitTitle(this: CompileContext): undefined {
  const value = this.resume();
  currentImage(this).title = value;
}

function enterAttribute(this: CompileContext): undefined {
  this.data.hashnodeAttributeName = undefined;
  this.data.hashnodeAttributeValue = undefined;
}

function exitAttributeName(this: CompileContext, token: Token): undefined {
  this.data.hashnodeAttributeName = this.sliceSerialize(token);
}

function exitAttributeValue(this: CompileContext, token: Token): undefined {
  this.data.hashnodeAttributeValue = this.sliceSerialize(token);
}

function exitAttribute(this: CompileContext): undefined {
  const name = this.data.hashnodeAttributeName;
  const attributes = currentImage(this).data?.hashnode?.attributes;
  // As in HTML, the first of repeated attributes wins.
  if (name !== undefined && attributes && !Object.hasOwn(attributes, name)) {
    attributes[name] = this.data.hashnodeAttributeValue ?? '';
  }
  this.data.hashnodeAttributeName = undefined;
  this.data.hashnodeAttributeValue = undefined;
}

function enterEmbed(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'hashnodeEmbed', url: '' }, token);
}

function enterWidget(this: CompileContext, token: Token): undefined {
  this.enter({ type: 'hashnodeWidget', name: '' }, token);
}

function exitEmbedValue(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1];
  const value = this.sliceSerialize(token);
  if (node?.type === 'hashnodeEmbed') node.url = value;
  else if (node?.type === 'hashnodeWidget') node.name = value;
}
