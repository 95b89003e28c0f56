import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import Callout from './Callout.astro';
import DoThisNow from './DoThisNow.astro';
import Kbd from './Kbd.astro';
import Platform from './Platform.astro';
import Platforms from './Platforms.astro';
import Step from './ProcedureStep.astro';
import Steps from './Procedure.astro';

const engine = { Callout, DoThisNow, Kbd, Platform, Platforms, Step, Steps };

/*
 * The topic's own components (`content/components/*.astro`, e.g. a picture of the error page
 * the site is about), by file name. They may not take an engine component's name.
 */
const topic = Object.fromEntries(
  Object.entries(import.meta.glob<AstroComponentFactory>('@content/components/*.astro', { eager: true, import: 'default' })).map(([file, component]) => {
    const name =
      file
        .split('/')
        .at(-1)
        ?.replace(/\.astro$/, '') ?? file;
    if (name in engine) throw new Error(`${file}: "${name}" is the name of one of the engine's components (src/components/mdx/). Rename the file.`);
    return [name, component];
  }),
);

/**
 * The components every article can use without importing them, by the names authors write
 * (`<Steps>` and `<Step>` are the Procedure and ProcedureStep files, so they are not mistaken
 * for the troubleshooter's steps), and the topic's own.
 */
export const mdxComponents = { ...engine, ...topic };
