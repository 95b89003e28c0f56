export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/** Nests h2 and h3 headings into a two-level table of contents; other levels are left out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = items.at(-1);
      if (parent) parent.children.push({ ...heading, children: [] });
      else items.push({ ...heading, children: [] });
    }
  }
  return items;
}
