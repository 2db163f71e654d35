import { useState } from 'react';
import { TextField, useFormat, useT } from '@bayu/ui';
import { checkNationalId, nationalIdErrorKey } from './national-id';

export interface NationalIdFieldProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** An error the API answered for this field. */
  readonly error?: string;
  readonly required?: boolean;
}

/** An ID-number input checked live against GB 11643, showing the birth date and gender it encodes. */
export function NationalIdField({ label, name, value, onChange, error, required }: NationalIdFieldProps) {
  const t = useT();
  const format = useFormat();
  const [touched, setTouched] = useState(false);
  const check = checkNationalId(value);
  const localError = nationalIdErrorKey(check, touched);
  let hint = t('nationalId.hint');
  if (check.state === 'incomplete') hint = t('nationalId.progress', { n: check.length });
  if (check.state === 'valid') hint = t('nationalId.valid', { birthDate: format.date(check.facts.birthDate), gender: t(`gender.${check.facts.gender}`) });
  return (
    <TextField
      label={label}
      name={name}
      value={value}
      onChange={(next) => {
        onChange(next);
        if (checkNationalId(next).state === 'valid') setTouched(true);
      }}
      onBlur={() => setTouched(true)}
      error={localError ? t(localError) : error}
      hint={hint}
      required={required}
      maxLength={32}
      autoComplete="off"
      inputMode="text"
    />
  );
}
