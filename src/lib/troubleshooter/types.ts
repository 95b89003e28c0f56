import type { Signal } from '../connection/check-data';
import type { Limit } from './limits';
import type { Scenario } from './scenarios';

/**
 * The shape of a troubleshooter as the validator, the depth computation and the pages see
 * it. It mirrors the content file; article references are plain ids here, so the logic
 * can be tested without Astro.
 */

/** One answer to a question: what the reader clicks and the node it leads to. */
export interface Answer {
  label: string;
  next: string;
  /** Connection-check signals that point to this answer. */
  suggestedBy?: Signal[] | undefined;
}

export interface QuestionNode {
  id: string;
  kind: 'question';
  title: string;
  help?: string | undefined;
  /** An article that explains what this question is about. */
  article?: string | undefined;
  answers: Answer[];
}

export interface FixNode {
  id: string;
  kind: 'fix';
  title: string;
  /** The fix article the step sends the reader to. */
  article: string;
  instruction: string;
  question: string;
  solvedLabel: string;
  notSolvedLabel: string;
  /** Where "yes, this fixed it" leads. */
  solved: string;
  /** Where "no, still blocked" leads. */
  next: string;
}

export type OutcomeResult = 'solved' | 'article' | 'support';

export interface OutcomeNode {
  id: string;
  kind: 'outcome';
  result: OutcomeResult;
  title: string;
  text: string;
  article?: string | undefined;
  /** Further articles worth reading from here. */
  see: string[];
}

export type TreeNode = QuestionNode | FixNode | OutcomeNode;

export interface Tree {
  /** The troubleshooter's id (its file name), used in messages. */
  id: string;
  /** The file it was loaded from, named in every error message. */
  file: string;
  title: string;
  description: string;
  start: string;
  nodes: TreeNode[];
  /** Most answers to reach some nodes; the build enforces them. */
  limits?: Limit[] | undefined;
  /** Readers' answers and the node they must reach; the build walks them. */
  scenarios?: Scenario[] | undefined;
}

/** The minimum and maximum number of steps from a node to an outcome. */
export interface Depth {
  min: number;
  max: number;
}

/** A reader's choice at one node: the node's id and the index of the answer they picked. */
export interface TrailStep {
  n: string;
  i: number;
}
