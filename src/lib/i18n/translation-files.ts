/*
 * Mistakes in where a translation's files are, in one place for the build and the content
 * check: a file that translates nothing, and a folder that is not one of the site's languages.
 */

export interface FileProblem {
  /** What is wrong, starting with the file. */
  message: string;
  /** What to do. */
  hint: string;
}

/** A translated article or troubleshooter whose original (same file name) is not there. */
export function noOriginal(file: string, what: 'article' | 'troubleshooter', id: string, originalsFolder: string): FileProblem {
  return what === 'article'
    ? {
        message: `${file}: there is no published article "${id}" to translate.`,
        hint: `A translation has the same file name as its original in ${originalsFolder}. Rename it, or remove it if the original was removed.`,
      }
    : {
        message: `${file}: there is no troubleshooter "${id}" in ${originalsFolder} to translate.`,
        hint: 'A translated troubleshooter has the same file name as its original. Rename it, or remove it if the original was removed.',
      };
}

/** A file in `content/<folder>/` when `<folder>` is not a language of the site. */
export function notALanguage(file: string, folder: string, siteFile: string): FileProblem {
  return {
    message: `${file}: "${folder}" is not one of the site's languages.`,
    hint: `Add "${folder}": "<the language's name>" to "languages" in ${siteFile}, or move the folder out of the content folder.`,
  };
}
