import { useMemo } from 'react';
import { useLocale } from '@bayu/ui';
import { labelsFor, type Labels } from './labels';

/** Vocabulary names and select options in the current UI language. */
export function useLabels(): Labels {
  const { locale } = useLocale();
  return useMemo(() => labelsFor(locale), [locale]);
}
