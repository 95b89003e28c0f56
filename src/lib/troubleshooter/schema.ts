import { z } from 'astro/zod';
import type { LineOf } from '../check/source-lines.ts';
import { SIGNALS } from '../connection/check-data.ts';
import { RESERVED_STEP_IDS, SLUG_HINT, SLUG_PATTERN } from '../routes.ts';

/*
 * The shape of a troubleshooter file, and the one place its types come from. It knows no
 * Astro: the content collection passes `reference('articles')` for article links, so a
 * missing article fails the build, and the unit tests pass `z.string()` to parse a file on
 * their own. The graph (ids that resolve, no cycle, every node reachable) is checked in
 * validate.ts once the file has this shape.
 */

/** What an outcome means: `solved`: it works now; `article`: read the page for this error; `support`: contact support. */
export const OUTCOME_RESULTS = ['solved', 'article', 'support'] as const;

/** A node id, wherever one is named: it becomes the step's address, `/troubleshoot/<id>/`. */
const nodeId = z.string().regex(SLUG_PATTERN, `must be ${SLUG_HINT}`);

/** The id a node is given: an address, and not one of the troubleshooter's own pages. */
const ownId = nodeId.refine((id) => !RESERVED_STEP_IDS.has(id), {
  message: `is taken by another page under /troubleshoot/ (reserved: ${[...RESERVED_STEP_IDS].map((id) => `"${id}"`).join(', ')}). Rename the node`,
});

/**
 * The schema of one troubleshooter file. `article` is the schema of a link to an article:
 * `reference('articles')` in the content collection, `z.string()` in tests.
 */
export function troubleshooterSchema<Article extends z.ZodType>(article: Article) {
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
    id: ownId,
    kind: z.literal('question'),
    /** The question, as the step's heading and page title. */
    title: z.string().min(3).max(120),
    /** One or two sentences on how to tell the answer. `code` in backticks is shown as code. */
    help: z.string().optional(),
    /** An article that explains what the question is about, linked under the help. */
    article: article.optional(),
    /** The choices, in the order shown. A question with fewer would end a path without an outcome, or be no choice. */
    answers: z.array(answer).min(2, 'a question needs at least two answers: give it another, or make it an outcome'),
  });

  /** A fix to try, then "did this fix it?". */
  const fixNode = z.strictObject({
    /** Unique within the troubleshooter; the step's address. */
    id: ownId,
    kind: z.literal('fix'),
    /** What to do, as the step's heading ("Turn off the VPN and reload"). */
    title: z.string().min(3).max(120),
    /** The fix article with the full steps. */
    article,
    /** One line saying what to do and how to see whether it worked. */
    instruction: z.string().min(10).max(300),
    /** The follow-up question; without it, the UI text `step.didThisFixIt` ("Did this fix it?"). */
    question: z.string().min(3).optional(),
    /** The "yes" answer; without it, the UI text `step.solvedLabel`. */
    solvedLabel: z.string().min(1).max(120).optional(),
    /** The "no" answer; without it, the UI text `step.notSolvedLabel`. */
    notSolvedLabel: z.string().min(1).max(120).optional(),
    /** The node "yes" leads to, usually a solved outcome. */
    solved: nodeId,
    /** The node "no" leads to: the next most likely cause. */
    next: nodeId,
  });

  /** Where a path ends. */
  const outcomeNode = z
    .strictObject({
      /** Unique within the troubleshooter; the step's address. */
      id: ownId,
      kind: z.literal('outcome'),
      /** What the outcome means for the reader; see OUTCOME_RESULTS. */
      result: z.enum(OUTCOME_RESULTS),
      /** The result, as the step's heading. */
      title: z.string().min(3).max(120),
      /** Two or three sentences: what this means and what to do now. */
      text: z.string().min(10),
      /** The article to read next. Required when `result` is `article`. */
      article: article.optional(),
      /** Further articles worth reading. */
      see: z.array(article).default([]),
    })
    .refine((node) => node.result !== 'article' || node.article !== undefined, {
      message: 'an outcome of result "article" needs an article: add "article: <slug>" or change the result',
      path: ['article'],
    });

  /** A path-length promise the build enforces: see limits.ts. */
  const limit = z
    .strictObject({
      /** What the limit promises, in a sentence ("The VPN case reaches its fix within 3 answers"). */
      name: z.string().min(3),
      /** Node ids it applies to. */
      nodes: z.array(nodeId).min(1).optional(),
      /** Outcome results it applies to: every outcome with one of them. */
      results: z.array(z.enum(OUTCOME_RESULTS)).min(1).optional(),
      /** Only paths through one of these nodes count, e.g. the answer for the common case. */
      through: z.array(nodeId).min(1).optional(),
      /** The most answers (clicks) a reader may need from the start to reach any of them. */
      maxAnswers: z.number().int().min(1),
    })
    .refine((l) => l.nodes !== undefined || l.results !== undefined, { message: 'name "nodes" or "results" (or both) for the limit to apply to' });

  /** A reader's situation: their answers, and the node they must end at. The build walks it (scenarios.ts). */
  const scenario = z.strictObject({
    /** The situation, in a few words ("VPN on"). */
    name: z.string().min(3),
    /** Each answer as the start of its label, in order. Quotes and case do not matter. */
    answers: z.array(z.string().min(1)).min(1),
    /** The id of the node these answers must lead to. */
    expect: nodeId,
  });

  return z.strictObject({
    /** The troubleshooter's name, shown on its start page and map. */
    title: z.string().min(3).max(90),
    /** One sentence for the start page and its meta description. */
    description: z.string().min(30).max(220),
    /** The id of the first question. */
    start: nodeId,
    /** When the tree last changed in a way a translation should follow. */
    updated: z.coerce.date().optional(),
    /**
     * In a translation (`content/<lang>/troubleshooters/`): the original's `updated` date it
     * was translated from. When the original's is later, the report lists it as outdated.
     */
    translatedFrom: z.coerce.date().optional(),
    /** Lower comes first; the lowest is the one at /troubleshoot/. */
    priority: z.number().int().min(0).max(1000).default(100),
    /** Path-length limits the build enforces, e.g. "support within 7 answers". */
    limits: z.array(limit).default([]),
    /** Readers' situations the build walks: answers in, expected node out. */
    scenarios: z.array(scenario).default([]),
    /** Every step, in any order. The build checks that they form a sound tree. */
    nodes: z.array(z.discriminatedUnion('kind', [questionNode, fixNode, outcomeNode])).min(1),
  });
}

/** A troubleshooter file with article links as plain ids: what the engine works on. */
export type TroubleshooterData = z.output<ReturnType<typeof troubleshooterSchema<z.ZodString>>>;

/** A fix step's question and answers, which a file may leave to the UI texts of its language. */
export interface FixLabels {
  question: string;
  solvedLabel: string;
  notSolvedLabel: string;
}

type DataNode = TroubleshooterData['nodes'][number];
export type TreeNode = Exclude<DataNode, { kind: 'fix' }> | (Extract<DataNode, { kind: 'fix' }> & FixLabels);

/**
 * A loaded troubleshooter: its file's data, its id (the file name) and the file, named in every
 * message, with the line of each value when the file was read with its lines.
 */
export type Tree = Omit<TroubleshooterData, 'nodes'> & { nodes: TreeNode[]; id: string; file: string; lineOf?: LineOf };

/** The nodes of a file with every fix step's labels filled in: its own, else `defaults` (the UI texts). */
export function withFixLabels(nodes: readonly DataNode[], defaults: FixLabels): TreeNode[] {
  return nodes.map((node) =>
    node.kind === 'fix'
      ? {
          ...node,
          question: node.question ?? defaults.question,
          solvedLabel: node.solvedLabel ?? defaults.solvedLabel,
          notSolvedLabel: node.notSolvedLabel ?? defaults.notSolvedLabel,
        }
      : node,
  );
}

export type QuestionNode = Extract<TreeNode, { kind: 'question' }>;
export type FixNode = Extract<TreeNode, { kind: 'fix' }>;
export type OutcomeNode = Extract<TreeNode, { kind: 'outcome' }>;
export type Answer = QuestionNode['answers'][number];
export type OutcomeResult = OutcomeNode['result'];
export type Limit = Tree['limits'][number];
export type Scenario = Tree['scenarios'][number];
