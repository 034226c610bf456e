import type { SurveyMetric } from './survey.entity';

export interface Scale {
  min: number;
  max: number;
}

/** The answer scale of each metric; the responses table checks the same ranges. */
export const SCALES: Readonly<Record<SurveyMetric, Scale>> = {
  csat: { min: 1, max: 5 },
  nps: { min: 0, max: 10 },
  ces: { min: 1, max: 7 },
};

/** Every score of the metric's scale, lowest first. */
export function scoresOf(metric: SurveyMetric): number[] {
  const { min, max } = SCALES[metric];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export function isScoreInScale(metric: SurveyMetric, score: number): boolean {
  const { min, max } = SCALES[metric];
  return Number.isInteger(score) && score >= min && score <= max;
}
