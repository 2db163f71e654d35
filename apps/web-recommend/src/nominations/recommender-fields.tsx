import { Card, Select, useLocale, useT } from '@bayu/ui';
import { departmentOptions, districtName, recommenderName } from '../shared/names';
import type { FieldBinder } from './form-fields';
import type { NominationView } from './form-state';

/**
 * Which recommender the form goes through: the employer's own district, or a municipal department. Central
 * units always go through their district. Fixed once the form exists.
 */
export function RecommenderFields({ b, centralUnit, districtCode, existing }: { b: FieldBinder; centralUnit: boolean; districtCode: string | undefined; existing?: NominationView['recommender'] }) {
  const t = useT();
  const { locale } = useLocale();
  if (existing) {
    return (
      <Card title={t('form.section.recommender')}>
        <p>{t('form.recommender.fixed', { name: recommenderName(existing, locale) })}</p>
      </Card>
    );
  }
  const district = districtName(districtCode, locale);
  const options = [
    { value: 'district', label: district ? t('form.recommender.district', { district }) : t('form.recommender.districtUnknown'), disabled: !districtCode },
    ...(centralUnit ? [] : [{ value: 'department', label: t('form.recommender.department') }]),
  ];
  const hint = centralUnit ? t('form.recommender.centralHint') : !districtCode ? t('form.recommender.noDistrict') : t('form.recommender.hint');
  return (
    <Card title={t('form.section.recommender')}>
      <Select
        label={t('form.recommenderKind')}
        name="recommenderKind"
        value={b.state.recommenderKind}
        onChange={(value) => b.set({ recommenderKind: value === 'department' ? 'department' : 'district' })}
        options={options}
        hint={hint}
        error={b.error('recommender.kind')}
        required
      />
      {b.state.recommenderKind === 'department' && (
        <Select
          label={t('form.departmentCode')}
          name="departmentCode"
          value={b.state.departmentCode}
          onChange={(departmentCode) => b.set({ departmentCode })}
          onBlur={() => b.touch('recommender.code')}
          options={departmentOptions(locale)}
          placeholder={t('form.select')}
          error={b.error('recommender.code')}
          required
        />
      )}
    </Card>
  );
}
