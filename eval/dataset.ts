// Loads the eval dataset (test/eval-data/dataset.json) and cuts the slice a run asks for.
import { readFileSync } from 'node:fs';
import type { EvalDataset, EvalUser } from '../test/eval-data/types.ts';

export const DATASET_URL = new URL('../test/eval-data/dataset.json', import.meta.url);

/** The dataset, whole. */
export function loadDataset(): EvalDataset {
  return JSON.parse(readFileSync(DATASET_URL, 'utf8')) as EvalDataset;
}

/** The first `users` users, then the first `slice` questions in dataset order (and only the users they belong to). */
export function sliceDataset(dataset: EvalDataset, options: { slice?: number; users?: number }): EvalUser[] {
  let users = dataset.users.slice(0, options.users ?? dataset.users.length);
  if (options.slice !== undefined) {
    let left = options.slice;
    users = users
      .map((u) => {
        const questions = u.questions.slice(0, Math.max(0, left));
        left -= questions.length;
        return { ...u, questions };
      })
      .filter((u) => u.questions.length > 0);
  }
  return users;
}
