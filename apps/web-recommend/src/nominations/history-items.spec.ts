import { describe, expect, it } from 'vitest';
import { interpolate } from '@bayu/ui';
import { historyItems, historyTone, type TransitionLike } from './history-items';

const messages: Record<string, string> = {
  'status.draft': '草稿',
  'status.awaiting-recommender': '待推荐单位审核',
  'status.awaiting-office': '待市高技办审核',
  'history.action.create': '创建推荐表',
  'history.action.edit': '修改推荐表',
  'history.action.recommender-endorse': '推荐单位签署意见',
  'history.created': '创建为{to}',
  'history.moved': '{from} → {to}',
  'history.opinion': '意见：{opinion}',
  'history.changes': '修改了：{fields}',
  'history.separator': '、',
  'history.actor': '{who}（{agency}）',
  'history.agency.district': '区县人力社保局',
  'history.agency.employer': '所在单位',
};
const t = (key: string, params?: Record<string, string | number>) => interpolate(messages[key] ?? key, params);

const step = (over: Partial<TransitionLike>): TransitionLike => ({ action: 'create', from: null, to: 'draft', actor: 'employer.chengkou-power', actorAgency: 'employer', actorName: '国网重庆城口供电公司', opinion: null, changes: null, at: '2027-05-02T02:00:00.000Z', ...over });

describe('historyItems', () => {
  it('shows who, when, from → to and the opinion of each step', () => {
    const [created, endorsed] = historyItems(
      [step({}), step({ action: 'recommender-endorse', from: 'awaiting-recommender', to: 'awaiting-office', actor: 'district.chengkou', actorAgency: 'district', actorName: '城口县人力社保局', opinion: '同意推荐。' })],
      t,
      (f) => f,
    );
    expect(created).toMatchObject({ title: '创建推荐表', status: '草稿', actor: '国网重庆城口供电公司（所在单位）', body: '创建为草稿', time: '2027-05-02T02:00:00.000Z' });
    expect(endorsed).toMatchObject({ title: '推荐单位签署意见', status: '待市高技办审核', actor: '城口县人力社保局（区县人力社保局）', tone: 'info', body: '待推荐单位审核 → 待市高技办审核\n意见：同意推荐。' });
  });

  it('lists what a correction changed, by field label, without a status change', () => {
    const [edit] = historyItems([step({ action: 'edit', from: 'draft', to: 'draft', changes: { name: {}, deedsAndAwards: {} } })], t, (f) => ({ name: '姓名', deedsAndAwards: '主要事迹' })[f] ?? f);
    expect(edit).toMatchObject({ title: '修改推荐表', status: undefined, tone: 'neutral', body: '修改了：姓名、主要事迹' });
  });

  it('shows an unknown action by its code and an unknown agency as given', () => {
    const [other] = historyItems([step({ action: 'archive', from: 'draft', to: 'draft', actorAgency: 'archivist', actorName: null })], t, (f) => f);
    expect(other).toMatchObject({ title: 'archive', actor: 'employer.chengkou-power（archivist）', body: undefined });
  });

  it('gives returns and refusals their tones', () => {
    expect(historyTone({ action: 'recommender-return', to: 'returned' })).toBe('warning');
    expect(historyTone({ action: 'office-reject', to: 'rejected' })).toBe('danger');
    expect(historyTone({ action: 'attach-photo', to: 'draft' })).toBe('neutral');
    expect(historyTone({ action: 'office-approve', to: 'endorsed' })).toBe('success');
  });
});
