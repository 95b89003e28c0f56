import { readCompactTree, type WizardTree } from '../../lib/troubleshooter/compact';
import {
  SHARED_STORAGE_KEY,
  currentNode,
  isTrail,
  progressText,
  readSaved,
  saveText,
  storageKey,
  summaryText,
  type TrailStep,
} from '../../lib/troubleshooter/wizard-state';
import { readStorage, removeStorage, writeStorage } from '../../lib/safe-storage';
import { CHECK_KEY, checkText, readCheck, type StoredCheck } from '../../lib/connection/check-data';
import { readUi } from '../../lib/i18n/client';
import type { Translate } from '../../lib/i18n/ui';

/** What each history entry remembers: the step, the answers that led to it, and how many entries this page pushed. */
interface Entry {
  kb: 1;
  node: string;
  trail: TrailStep[];
  pushes: number;
}

/** The connection check's result, if the reader ran one in this tab. */
function connectionCheck(): StoredCheck | undefined {
  return readCheck(readStorage(CHECK_KEY, 'session'));
}

/**
 * Enhances a troubleshooter step page in place: answers move between steps without a page
 * load, the address stays each step's own page, and progress is kept for later. Every text
 * it shows comes from its own page or is set with textContent, never parsed as HTML.
 */
class KbWizard extends HTMLElement {
  #tree: WizardTree | undefined;
  /** Where this troubleshooter keeps the reader's progress. */
  #key = '';
  #steps = new Map<string, HTMLElement>();
  #trail: TrailStep[] = [];
  #node = '';
  #pushes = 0;
  /** Answers given after one the reader changed, shown again where the new path meets them. */
  #earlier = new Map<string, number>();
  /** Saved answers the reader has been offered to continue with. */
  #saved: TrailStep[] = [];
  /** The UI texts the page hands the island, in its language (Wizard.astro's `data-ui`). */
  #t: Translate = readUi(this);
  #onClick = (event: MouseEvent) => this.#click(event);
  #onPop = (event: PopStateEvent) => this.#pop(event.state as Entry | null);
  #onChecked = () => {
    this.#suggest();
    this.#update();
  };

  /** Settles when every step is loaded (true) or could not be (false). */
  #ready: Promise<boolean> = Promise.resolve(false);

  connectedCallback() {
    if (this.#tree) return;
    this.addEventListener('click', this.#onClick);
    this.addEventListener('kb-connection-checked', this.#onChecked);
    window.addEventListener('popstate', this.#onPop);
    this.#ready = this.#load();
  }

  /**
   * Fetches every step once. Until it arrives an answer waits for it; if it cannot be had,
   * or it belongs to another version of the troubleshooter than this page (a page from an
   * older deploy, or a file from an older cache), answers stay plain links to their step
   * pages, which work on their own.
   */
  async #load(): Promise<boolean> {
    const { steps: url, tree: treeId, version } = this.dataset;
    const rendered = this.#part('[data-host] [data-node]');
    const current = rendered?.dataset['node'];
    if (!url || !treeId || !version || !rendered || !current) return false;
    let doc: Document;
    let tree: WizardTree | undefined;
    try {
      const response = await fetch(url);
      if (!response.ok) return false;
      // Same-origin markup built with this page; it carries no script that could run.
      doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      tree = readCompactTree(JSON.parse(doc.querySelector('script[data-tree]')?.textContent ?? ''));
    } catch {
      return false;
    }
    const template = doc.querySelector<HTMLTemplateElement>('template[data-steps]');
    if (!tree || tree.version !== version || !template || !this.isConnected || this.#tree || !tree.steps.has(current)) return false;
    this.#tree = tree;
    this.#key = storageKey(treeId);
    // Progress was once kept under one key for every troubleshooter; nothing reads it now.
    removeStorage(SHARED_STORAGE_KEY);
    for (const step of template.content.querySelectorAll<HTMLElement>('[data-node]')) this.#steps.set(step.dataset['node'] ?? '', step);
    this.#steps.set(current, rendered.cloneNode(true) as HTMLElement);
    this.#node = current;

    const saved = this.#readSaved(tree);
    const entry = history.state as Entry | null;
    if (entry?.kb && entry.node === current && isTrail(entry.trail, tree) && currentNode(tree, entry.trail, current) === current) {
      // A reload keeps history.state, so the answers survive it.
      this.#trail = entry.trail;
      this.#pushes = entry.pushes;
    } else if (saved.length > 0) {
      this.#resume(tree, current, saved);
    }
    history.replaceState(this.#entry(), '');
    this.#suggest();
    this.#update();
    this.dataset['ready'] = '';
    return true;
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('kb-connection-checked', this.#onChecked);
    window.removeEventListener('popstate', this.#onPop);
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  #show(selector: string, visible: boolean) {
    const el = this.#part(selector);
    if (el) el.hidden = !visible;
  }

  #entry(): Entry {
    return { kb: 1, node: this.#node, trail: this.#trail, pushes: this.#pushes };
  }

  /** A copy of one of the island's <template>s: markup the script adds lives in Wizard.astro. */
  #clone(name: string): HTMLElement | null {
    const template = this.querySelector<HTMLTemplateElement>(`template[data-${name}]`);
    const element = template?.content.firstElementChild?.cloneNode(true);
    return element instanceof HTMLElement ? element : null;
  }

  /** Saved answers; stale or unreadable ones are dropped with a short note, never an error. */
  #readSaved(tree: WizardTree): TrailStep[] {
    const saved = readSaved(readStorage(this.#key), tree);
    if (saved.status === 'ok') return saved.trail;
    if (saved.status === 'none') return [];
    removeStorage(this.#key);
    const notice = this.#part('[data-notice]');
    if (notice) {
      notice.textContent = this.#t(saved.status === 'stale' ? 'wizard.changedNotice' : 'wizard.corruptNotice');
      notice.hidden = false;
    }
    return [];
  }

  /** Picks up saved answers that lead to this step, or offers them on the start page. */
  #resume(tree: WizardTree, current: string, saved: TrailStep[]) {
    const at = currentNode(tree, saved);
    if (at === current) {
      // Back from a fix article, or a new visit to the step the reader stopped at.
      this.#trail = saved;
    } else if (current === tree.start) {
      const text = this.#part('[data-resume-text]');
      if (text) text.textContent = this.#t('wizard.resumeText', { step: saved.length + 1, title: tree.steps.get(at)?.title ?? '' });
      this.#show('[data-resume]', true);
      this.#saved = saved;
    }
  }

  #click(event: MouseEvent) {
    const target = event.target as Element;
    const answer = target.closest<HTMLAnchorElement>('[data-host] a[data-i]');
    if (answer) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      if (this.#tree) this.#answer(answer);
      else void this.#ready.then((ok) => (ok ? this.#answer(answer) : location.assign(answer.href)));
      return;
    }
    const tree = this.#tree;
    if (!tree) return;
    const button = target.closest<HTMLButtonElement>('button');
    if (!button) return;
    const { dataset } = button;
    if ('back' in dataset) this.#back();
    else if ('restart' in dataset) {
      removeStorage(this.#key);
      this.#earlier.clear();
      this.#go(tree.start, []);
    } else if ('change' in dataset) {
      const k = Number(dataset['change']);
      const step = this.#trail[k];
      if (step) {
        this.#earlier = new Map(this.#trail.slice(k).map((t) => [t.node, t.answer]));
        this.#go(step.node, this.#trail.slice(0, k));
      }
    } else if ('resumeYes' in dataset || 'resumeNo' in dataset) {
      this.#show('[data-resume]', false);
      const saved = this.#saved;
      if ('resumeYes' in dataset && saved.length > 0) this.#go(currentNode(tree, saved), saved);
      else removeStorage(this.#key);
      if ('resumeNo' in dataset) this.#part<HTMLElement>('[data-host] h1')?.focus();
    } else if ('copy' in dataset) this.#copy();
  }

  /** Moves to the step an answer leads to; falls back to its page if that step is unknown. */
  #answer(answer: HTMLAnchorElement) {
    const i = Number(answer.dataset['i']);
    const next = this.#tree?.steps.get(this.#node)?.next[i];
    if (next !== undefined && this.#steps.has(next)) this.#go(next, [...this.#trail, { node: this.#node, answer: i }]);
    else location.assign(answer.href);
  }

  #back() {
    const last = this.#trail.at(-1);
    if (!last) return;
    // Step back through history when this page made the entry, so browser and in-page Back agree.
    if (this.#pushes > 0) history.back();
    else this.#go(last.node, this.#trail.slice(0, -1));
  }

  #pop(entry: Entry | null) {
    const tree = this.#tree;
    if (!tree || !entry?.kb || !this.#steps.has(entry.node)) return;
    this.#pushes = entry.pushes;
    this.#go(entry.node, isTrail(entry.trail, tree) ? entry.trail : [], false);
  }

  /** Shows step `id` reached by `trail`; a new history entry unless it comes from history. */
  #go(id: string, trail: TrailStep[], push = true) {
    const step = this.#steps.get(id);
    const host = this.#part('[data-host]');
    if (!step || !host) return;
    this.#node = id;
    this.#trail = trail;
    const copy = step.cloneNode(true) as HTMLElement;
    copy.dataset['entered'] = '';
    const earlier = this.#earlier.get(id);
    const mark = earlier === undefined ? null : copy.querySelector(`a[data-i="${earlier}"]`);
    const note = mark && this.#clone('earlier-note');
    if (note) mark?.append(note);
    host.replaceChildren(copy);
    this.#suggest();
    document.title = step.dataset['title'] ?? document.title;
    if (push) {
      this.#pushes++;
      history.pushState(this.#entry(), '', step.dataset['href'] ?? '');
    }
    const tree = this.#tree;
    if (tree) {
      // Storage can be blocked; the troubleshooter then works without resuming.
      if (trail.length > 0) writeStorage(this.#key, saveText(tree, trail));
      else removeStorage(this.#key);
    }
    this.#show('[data-notice]', false);
    this.#show('[data-resume]', false);
    this.#update();
    copy.querySelector<HTMLElement>('h1')?.focus();
    const live = this.#part('[data-live]');
    if (live) live.textContent = `${this.#progress()}: ${copy.querySelector('h1')?.textContent?.trim() ?? ''}`;
  }

  /**
   * Marks the answers the connection check points to, with its reason. The reader still
   * chooses; a mark is only a hint.
   */
  #suggest() {
    const check = connectionCheck();
    if (!check) return;
    for (const answer of this.querySelectorAll<HTMLElement>('[data-host] a[data-signals]')) {
      const finding = check.findings.find((f) => f.signal && answer.dataset['signals']?.split(' ').includes(f.signal));
      if (!finding || answer.querySelector('[data-suggested]')) continue;
      const note = this.#clone('suggested-note');
      const reason = note?.querySelector('[data-reason]');
      if (!note || !reason) continue;
      reason.textContent = finding.text;
      answer.append(note);
    }
  }

  #progress(): string {
    const node = this.#tree?.steps.get(this.#node);
    if (!node || !this.#tree) return '';
    const numbered = this.#trail.length > 0 || this.#node === this.#tree.start;
    return progressText(node.depth, this.#t, numbered ? this.#trail.length + 1 : undefined);
  }

  /** Refreshes what depends on the answers: progress, the answer list, Back and the summary. */
  #update() {
    const tree = this.#tree;
    if (!tree) return;
    const progress = this.#part('[data-host] [data-progress]');
    if (progress) progress.textContent = this.#progress();
    this.#show('[data-back]', this.#trail.length > 0);
    // On the first question with nothing answered there is nothing to go back to or restart.
    this.#show('[data-controls]', this.#trail.length > 0 || this.#node !== tree.start);
    this.#show('[data-answers]', this.#trail.length > 0);
    const rows = this.#trail.flatMap((step, k) => {
      const node = tree.steps.get(step.node);
      const row = this.#clone('answer-row');
      if (!node || !row) return [];
      for (const question of row.querySelectorAll('[data-question]')) question.textContent = node.title;
      const chosen = row.querySelector('[data-answer]');
      if (chosen) chosen.textContent = node.answers[step.answer] ?? '';
      row.querySelector<HTMLElement>('[data-change]')?.setAttribute('data-change', String(k));
      return [row];
    });
    this.#part('[data-answers] ol')?.replaceChildren(...rows);
    const summary = this.#part('[data-host] [data-summary]');
    const area = summary?.querySelector('textarea');
    if (summary && area) {
      const check = connectionCheck();
      area.value = summaryText(tree, this.#trail, this.#node, this.#t, check ? checkText(check, this.#t, document.documentElement.lang || 'en') : []);
      summary.hidden = false;
    }
  }

  async #copy() {
    const area = this.#part<HTMLTextAreaElement>('[data-host] textarea');
    const status = this.#part('[data-host] [data-copy-status]');
    if (!area || !status) return;
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = this.#t('wizard.copied');
    } catch {
      area.focus();
      area.select();
      status.textContent = this.#t('wizard.copyFailed');
    }
  }
}

if (!customElements.get('kb-wizard')) customElements.define('kb-wizard', KbWizard);
