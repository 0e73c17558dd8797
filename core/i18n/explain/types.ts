// Shape of the explanations catalogue (domain `explain`): states and event reasons, each with a title, a text,
// and for problems the likely cause and the remedy.
export interface Explanation {
  /** Short label, e.g. « Redémarre en boucle ». */
  title: string;
  /** What the state or event means. */
  text: string;
  /** The likely cause, when the state is a problem. */
  cause?: string;
  /** What to do about it. */
  remedy?: string;
}

export interface ExplanationCatalogue {
  states: Record<string, Explanation>;
  events: Record<string, Explanation>;
}
