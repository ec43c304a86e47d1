// Scores as stored and shown: three decimals are plenty to read evidence and keep JSON short.
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
