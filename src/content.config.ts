import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema } from './lib/article-schema';
import { createIdRegistry } from './lib/article-id';
import { contentDir, contentPath } from './lib/content-dir';
import { SIGNALS } from './lib/connection/check-data';

const articleId = createIdRegistry(contentPath('articles'));

const articles = defineCollection({
  loader: glob({
    base: `${contentDir}/articles`,
    pattern: '**/*.mdx',
    generateId: ({ entry }) => articleId(entry),
    // Pages render the compiled article, so the store (which the build bundles) does not
    // also keep its source: at 5,000 articles that is 20 MB of text and about 300 MB of peak
    // build memory.
    retainBody: false,
  }),
  // The fields and their meaning are in src/lib/article-schema.ts. `related` names other
  // articles, so here it becomes a reference the build can check.
  schema: articleSchema.extend({
    /** Other articles to offer at the end, by file name without `.mdx`. Each must exist. */
    related: z.array(reference('articles')).default([]),
  }),
});

/** A node id: it becomes the step's address, `/troubleshoot/<id>/`. */
const nodeId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens, e.g. "vpn-on"');

/** One answer to a question. */
const answer = z.strictObject({
  /** What the reader clicks, in their words ("Yes, a VPN or proxy"). */
  label: z.string().min(1).max(120),
  /** The id of the node this answer leads to. */
  next: nodeId,
  /**
   * Signals of the connection check that point to this answer (see SIGNALS in
   * src/lib/connection/check-data.ts). After a check, the answer is marked with the reason.
   */
  suggestedBy: z.array(z.enum(SIGNALS)).optional(),
});

/** A question with two or more answers. */
const questionNode = z.strictObject({
  /** Unique within the troubleshooter; the step's address. */
  id: nodeId,
  kind: z.literal('question'),
  /** The question, as the step's heading and page title. */
  title: z.string().min(3).max(120),
  /** One or two sentences on how to tell the answer. `code` in backticks is shown as code. */
  help: z.string().optional(),
  /** An article that explains what the question is about, linked under the help. */
  article: reference('articles').optional(),
  /** The choices, in the order shown. */
  answers: z.array(answer).min(2, 'a question needs at least two answers'),
});

/** A fix to try, then "did this fix it?". */
const fixNode = z.strictObject({
  /** Unique within the troubleshooter; the step's address. */
  id: nodeId,
  kind: z.literal('fix'),
  /** What to do, as the step's heading ("Turn off the VPN and reload"). */
  title: z.string().min(3).max(120),
  /** The fix article with the full steps. */
  article: reference('articles'),
  /** One line saying what to do and how to see whether it worked. */
  instruction: z.string().min(10).max(300),
  /** The follow-up question. */
  question: z.string().default('Did this fix it?'),
  /** The "yes" answer. */
  solvedLabel: z.string().default('Yes, it works now'),
  /** The "no" answer. */
  notSolvedLabel: z.string().default('No, still blocked'),
  /** The node "yes" leads to, usually a solved outcome. */
  solved: nodeId,
  /** The node "no" leads to: the next most likely cause. */
  next: nodeId,
});

/** Where a path ends. */
const outcomeNode = z.strictObject({
  /** Unique within the troubleshooter; the step's address. */
  id: nodeId,
  kind: z.literal('outcome'),
  /** `solved`: it works now; `article`: read the page for this error; `support`: contact support. */
  result: z.enum(['solved', 'article', 'support']),
  /** The result, as the step's heading. */
  title: z.string().min(3).max(120),
  /** Two or three sentences: what this means and what to do now. */
  text: z.string().min(10),
  /** The article to read next. Required when `result` is `article`. */
  article: reference('articles').optional(),
  /** Further articles worth reading. */
  see: z.array(reference('articles')).default([]),
});

/** A path-length promise the build enforces: see src/lib/troubleshooter/limits.ts. */
const limit = z
  .strictObject({
    /** What the limit promises, in a sentence ("The VPN case reaches its fix within 3 answers"). */
    name: z.string().min(3),
    /** Node ids it applies to. */
    nodes: z.array(nodeId).min(1).optional(),
    /** Outcome results it applies to: every outcome with one of them. */
    results: z.array(z.enum(['solved', 'article', 'support'])).min(1).optional(),
    /** Only paths through one of these nodes count, e.g. the answer for the common case. */
    through: z.array(nodeId).min(1).optional(),
    /** The most answers (clicks) a reader may need from the start to reach any of them. */
    maxAnswers: z.number().int().min(1),
  })
  .refine((l) => l.nodes !== undefined || l.results !== undefined, { message: 'name "nodes" or "results" (or both) for the limit to apply to' });

/** A reader's situation: their answers, and the node they must end at. The build walks it. */
const scenario = z.strictObject({
  /** The situation, in a few words ("VPN on"). */
  name: z.string().min(3),
  /** Each answer as the start of its label, in order. Quotes and case do not matter. */
  answers: z.array(z.string().min(1)).min(1),
  /** The id of the node these answers must lead to. */
  expect: nodeId,
});

const troubleshooters = defineCollection({
  loader: glob({ base: `${contentDir}/troubleshooters`, pattern: '**/*.{yaml,yml,json}' }),
  schema: z.strictObject({
    /** The troubleshooter's name, shown on its start page and map. */
    title: z.string().min(3).max(90),
    /** One sentence for the start page and its meta description. */
    description: z.string().min(30).max(220),
    /** The id of the first question. */
    start: nodeId,
    /** Lower comes first; the lowest is the one at /troubleshoot/. */
    priority: z.number().int().min(0).max(1000).default(100),
    /** Path-length limits the build enforces, e.g. "support within 7 answers". */
    limits: z.array(limit).default([]),
    /** Readers' situations the build walks: answers in, expected node out. */
    scenarios: z.array(scenario).default([]),
    /** Every step, in any order. The build checks that they form a sound tree. */
    nodes: z.array(z.discriminatedUnion('kind', [questionNode, fixNode, outcomeNode])).min(1),
  }),
});

export const collections = { articles, troubleshooters };
