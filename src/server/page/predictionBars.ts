// The top classes as labelled bars, in the page's language: one list item per class with its
// name, its percentage and a bar (role="meter", so a screen reader reads name and value). Drawn
// by the classify view and again at the end of "How it sees".

import type { Prediction } from './api.js';
import { labelLanguage, labelOf } from './i18n.js';

/** 0.7243 → "72.4 %": the one rounding the page uses (the browser test checks it). */
export function formatPercent(probability: number): string {
  return `${(probability * 100).toFixed(1)} %`;
}

/** Replaces the list's items with one bar per prediction, best first as given. */
export function drawPredictions(list: HTMLOListElement, predictions: Prediction[]): void {
  list.replaceChildren(...predictions.map(predictionItem));
}

function predictionItem(prediction: Prediction, rank: number): HTMLLIElement {
  const percent = formatPercent(prediction.probability);
  const item = document.createElement('li');
  item.className = rank === 0 ? 'prediction best' : 'prediction';

  const row = document.createElement('div');
  row.className = 'row';
  row.append(...labelAndPercent(prediction));

  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'meter');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  bar.setAttribute('aria-valuenow', (prediction.probability * 100).toFixed(1));
  bar.setAttribute('aria-valuetext', percent);
  bar.setAttribute('aria-label', labelOf(prediction));
  const fill = document.createElement('span');
  fill.style.width = `${Math.max(0, Math.min(100, prediction.probability * 100))}%`;
  bar.append(fill);

  item.append(row, bar);
  return item;
}

/** A prediction's label (in the page's language) and its probability, as two spans. */
export function labelAndPercent(prediction: Prediction): [HTMLSpanElement, HTMLSpanElement] {
  const label = document.createElement('span');
  label.className = 'label';
  label.lang = labelLanguage(prediction);
  label.textContent = labelOf(prediction);
  const value = document.createElement('span');
  value.className = 'percent';
  value.textContent = formatPercent(prediction.probability);
  return [label, value];
}
