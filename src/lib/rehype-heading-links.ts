import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Plain text of a hast node, for the anchor link's accessible name. */
function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const LEVELS = new Set(['h2', 'h3']);

/**
 * Puts a "link to this section" anchor after every h2 and h3 that has an id.
 * The link sits beside the heading, not inside it, so the heading's own name stays clean
 * for screen readers and for the table of contents.
 */
export function rehypeHeadingLinks() {
  return (tree: Root) => {
    const visit = (parent: Root | Element) => {
      const children = parent.children;
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (child?.type !== 'element') continue;
        const id = child.properties['id'];
        if (LEVELS.has(child.tagName) && typeof id === 'string') {
          const wrapper: Element = {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${child.tagName}`] },
            children: [
              child,
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['anchor-link'], href: `#${id}` },
                children: [
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { ariaHidden: 'true' },
                    children: [{ type: 'text', value: '#' }],
                  },
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { className: ['sr-only'] },
                    children: [{ type: 'text', value: `Section titled “${textOf(child).trim()}”` }],
                  },
                ],
              },
            ],
          };
          children[i] = wrapper;
        } else {
          visit(child);
        }
      }
    };
    visit(tree);
  };
}
