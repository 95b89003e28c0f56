/** schema.org data for an article page. Plain objects; the page serialises them. */
export interface ArticleMeta {
  title: string;
  description: string;
  url: string;
  updated: Date;
  kind: string;
  siteName: string;
  sources: readonly { title: string; url: string }[];
  /** The titles of the article's `<Step>`s, in order. */
  steps?: readonly string[] | undefined;
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
  const steps = meta.kind === 'fix' ? (meta.steps ?? []) : [];
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
