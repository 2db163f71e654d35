/** How a candidate's standing is shown: awards stand out, passed-over candidates stay neutral. */
export function statusTone(status: string): 'neutral' | 'info' | 'success' | 'warning' | 'danger' {
  if (status === 'awarded') return 'success';
  if (status === 'award-nominee' || status === 'finalist') return 'info';
  return 'neutral';
}
