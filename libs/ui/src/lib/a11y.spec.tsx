import { render } from '@testing-library/react';
import axe from 'axe-core';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppShell } from './app-shell';
import { BarChart } from './bar-chart';
import { Button } from './button';
import { Checkbox } from './checkbox';
import { DataTable, Pagination } from './data-table';
import { DescriptionList, Timeline } from './display';
import { Alert, Badge, ProgressBar } from './feedback';
import { Select, TextArea, TextField } from './field';
import { FileField } from './file-field';
import { I18nProvider } from './i18n';
import { LineChart } from './line-chart';
import { Card, PageHeader, Stat } from './layout';
import { ProblemAlert, fieldErrors, type ProblemLike } from './problem';
import { TargetProgress } from './target-progress';

/** jsdom cannot compute colours, so the contrast rule is off (contrast is checked in the token comments). */
async function violations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const problem: ProblemLike = { title: '提交的信息有误', errors: [{ field: 'name', detail: '请填写姓名' }, { field: 'quota', detail: '名额已用完' }] };

function NominationForm() {
  const [name, setName] = useState('');
  const [story, setStory] = useState('从事焊接工作二十年👍');
  const [district, setDistrict] = useState('');
  const [consent, setConsent] = useState(false);
  const errors = fieldErrors(problem);
  return (
    <form aria-label="推荐表" noValidate>
      <ProblemAlert problem={problem} fields={['name', 'story', 'district']} />
      <TextField label="姓名" name="name" value={name} onChange={setName} error={errors['name']} required autoComplete="name" />
      <TextArea label="主要事迹" name="story" value={story} onChange={setStory} maxLength={10} hint="不超过 10 字" />
      <Select label="区县" name="district" value={district} onChange={setDistrict} options={[{ value: 'yz', label: '渝中区' }]} placeholder="请选择" required />
      <FileField label="证明材料" name="proof" maxBytes={1024} onChange={() => undefined} accept=".pdf" />
      <Checkbox label="本人承诺所填信息真实" name="consent" checked={consent} onChange={setConsent} />
      <Button type="submit">提交</Button>
    </form>
  );
}

describe('accessibility (axe-core)', () => {
  it('a form has no violations', async () => {
    const { container } = render(<NominationForm />);
    expect(await violations(container)).toEqual([]);
  });

  it('the AppShell with a page has no violations', async () => {
    const { container } = render(
      <I18nProvider>
        <AppShell title="巴渝工匠评选" nav={[{ to: '/', label: '工作台', current: true }, { to: '/list', label: '推荐管理' }]} user={{ name: '王芳', roleLabel: '审核员' }} onSignOut={() => undefined}>
          <PageHeader title="工作台" description="本月概况" actions={<Button>导出</Button>} />
          <Stat label="已登记工匠" value="12,345" hint="较上月 +3%" />
          <Card title="待办">
            <Alert tone="warning" title="3 份推荐表待审核" />
            <Badge tone="info">新</Badge>
          </Card>
        </AppShell>
      </I18nProvider>,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('data displays and charts have no violations', async () => {
    const { container } = render(
      <main>
        <DataTable caption="候选人" columns={[{ key: 'n', header: '姓名', render: (r: { n: string }) => r.n }]} rows={[{ n: '张伟' }]} rowKey={(r) => r.n} />
        <Pagination page={1} pageSize={10} total={35} onPage={() => undefined} />
        <DescriptionList items={[{ term: '姓名', detail: '张伟' }]} />
        <Timeline label="审核记录" items={[{ key: '1', title: '单位推荐', actor: '重庆建工', tone: 'success', status: '已提交' }]} />
        <ProgressBar label="导入进度" value={40} />
        <BarChart title="各区县申报数" data={[{ label: '渝中区', value: 12 }]} target={{ value: 10, label: '目标' }} />
        <LineChart title="月度登记" series={[{ name: '2025', points: [{ x: '1月', y: 3 }] }]} />
        <TargetProgress label="占比" value={0.2} target={0.3} />
      </main>,
    );
    expect(await violations(container)).toEqual([]);
  });
});
