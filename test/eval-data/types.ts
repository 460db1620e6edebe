// Shapes of the eval dataset: personas, their conversations (turns) and questions with evidence.

/** A turn as written in a persona file: plain text, or [label, text] when a question cites it. */
export type ScriptTurn = string | [label: string, text: string];

export interface ScriptSession {
  /** ISO date-time of the first turn; the next turns follow a few minutes apart. */
  at: string;
  turns: ScriptTurn[];
}

export interface ScriptQuestion {
  question: string;
  answer: string;
  /** Labels of the turns that hold the answer; empty when memory holds no answer. */
  evidence: string[];
  kind: 'single' | 'changed' | 'multi' | 'none';
}

export interface PersonaScript {
  user: string;
  name: string;
  sessions: ScriptSession[];
  questions: ScriptQuestion[];
}

export interface EvalTurn {
  id: string;
  occurredAt: string;
  text: string;
}

export interface EvalQuestion {
  id: string;
  question: string;
  answer: string;
  evidence: string[];
  kind: ScriptQuestion['kind'];
}

export interface EvalUser {
  user: string;
  name: string;
  turns: EvalTurn[];
  questions: EvalQuestion[];
}

export interface EvalDataset {
  version: number;
  users: EvalUser[];
}
