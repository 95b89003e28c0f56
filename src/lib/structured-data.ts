/** schema.org data for an article page. Plain objects; the page serialises them. */
export interface ArticleMeta {
  title: string;
  description: string;
  url: string;
  updated: Date;
  kind: string;
  siteName: string;
  sources: readonly { title: string; url: string }[];
  /** The MDX source, to find the titles of its `<Step>`s. */
  body?: string | undefined;
}

/** Step titles in the order they appear, from `<Step title="…">` in the MDX source. */
export function stepTitles(body: string): string[] {
  const titles: string[] = [];
  for (const match of body.matchAll(/<Step\b[^>]*?\btitle=(?:"([^"]*)"|'([^']*)')/g)) {
    const title = (match[1] ?? match[2] ?? '').trim();
    if (title) titles.push(title);
  }
  return titles;
}

export function articleJsonLd(meta: ArticleMeta): Record<string, unknown>[] {
  const publisher = { '@type': 'Organization', name: meta.siteName };
  const data: Record<string, unknown>[] = [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: meta.title,
      description: meta.description,
      url: meta.url,
      mainEntityOfPage: meta.url,
      dateModified: meta.updated.toISOString(),
      publisher,
      citation: meta.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    },
  ];
  const steps = meta.kind === 'fix' && meta.body ? stepTitles(meta.body) : [];
  if (steps.length > 0) {
    data.push({
      '@context': 'https://schema.org',
      '@type': 'HowTo',
      name: meta.title,
      description: meta.description,
      url: meta.url,
      step: steps.map((name, i) => ({ '@type': 'HowToStep', position: i + 1, name, url: meta.url })),
    });
  }
  return data;
}

export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}
