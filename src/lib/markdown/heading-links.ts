import GithubSlugger from 'github-slugger';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const LINKED = new Set(['h2', 'h3']);

/**
 * Gives every heading an id and puts a "link to this section" anchor after every h2 and h3.
 * The link sits beside the heading, not inside it, so the heading's own name stays clean
 * for screen readers and for the table of contents.
 *
 * The ids are made here, with the same slugger and order Astro uses, because Astro's own
 * heading-id step runs after the plugins it is given; it keeps an id that is already set.
 *
 * `label` gives the link's text for screen readers in the language of the article's file,
 * with `{title}` for the heading.
 */
export function headingLinks(label: (file: string | undefined) => string = () => 'Section titled “{title}”') {
  // A factory: Sätteri calls it once per document, so each article counts its own ids.
  return () => {
    const slugger = new GithubSlugger();
    return defineHastPlugin({
      name: 'kb-heading-links',
      element: {
        filter: HEADINGS,
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const template = label(ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined);
          const existing = node.properties['id'];
          // An id that starts with a digit ("1010-or-1020") is valid HTML but not a valid CSS
          // selector, so `querySelector('#…')` on it throws; such ids get a prefix.
          const slug = typeof existing === 'string' ? existing : slugger.slug(text);
          const id = /^[0-9]/.test(slug) ? `section-${slug}` : slug;
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (!LINKED.has(node.tagName)) return;
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['anchor-link'], href: `#${id}` },
                children: [
                  { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                  {
                    type: 'element',
                    tagName: 'span',
                    properties: { className: ['sr-only'] },
                    children: [{ type: 'text', value: template.replace('{title}', text.trim()) }],
                  },
                ],
              },
            ],
          });
        },
      },
    });
  };
}
